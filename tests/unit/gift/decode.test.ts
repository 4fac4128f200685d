import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGift, MAX_GIFT_BYTES } from '$lib/gift/decode';
import { giftMessageLine } from '$lib/gift/messages';

const bytes = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/gift/${name}`));

describe('decodeGift', () => {
	it('reads UTF-8, with or without a byte order mark', () => {
		const text = '::Q::Qui ?{=Bakou ~Erevan}';
		const encoded = new TextEncoder().encode(`\uFEFF${text}`);
		expect(decodeGift(encoded)).toEqual({ ok: true, text });
	});

	it('says a Windows-1252 file from an old Moodle is not UTF-8, at the line of the first accent', () => {
		const result = decodeGift(bytes('windows-1252.gift'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toEqual({ line: 4, code: 'windows1252', values: { word: 'affirmé' } });
		expect(giftMessageLine(result.error, 'fr')).toBe(
			'ligne 4 : le fichier n’est pas en UTF-8 : il semble en Windows-1252, comme l’écrivaient les anciennes versions de Moodle (« affirmé »). Ouvrez-le dans un éditeur de texte et enregistrez-le en UTF-8.'
		);
	});

	it('refuses a 5 MB file before reading it', () => {
		const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
		const result = decodeGift(big);
		expect(result).toEqual({
			ok: false,
			error: {
				line: 1,
				code: 'tooLarge',
				values: { size: 5120, max: MAX_GIFT_BYTES / 1024 }
			}
		});
	});

	it('tells Moodle XML and binary files from GIFT', () => {
		expect(decodeGift(bytes('moodle.xml'))).toEqual({
			ok: false,
			error: { line: 1, code: 'moodleXml' }
		});
		expect(decodeGift(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({
			ok: false,
			error: { line: 1, code: 'notText' }
		});
	});
});
