import type { GiftMessage } from './parse';

/**
 * The largest GIFT file read (500 KB: a thousand questions fit): below the server's upload limit
 * (adapter-node's BODY_SIZE_LIMIT, 512 KB), so the page can say why a file is refused.
 */
export const MAX_GIFT_BYTES = 500 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; error: GiftMessage };

const lineOf = (text: string, offset: number) =>
	(text.slice(0, offset).match(/\n/g)?.length ?? 0) + 1;

/**
 * The text of an uploaded GIFT file, or why it cannot be read: too large, not text, Moodle XML
 * rather than GIFT, or not UTF-8 (older Moodle versions wrote Windows-1252: said so, with the
 * line of the first letter that gives it away).
 */
export function decodeGift(bytes: Uint8Array): Decoded {
	if (bytes.byteLength > MAX_GIFT_BYTES) {
		return {
			ok: false,
			error: {
				line: 1,
				code: 'tooLarge',
				values: { size: Math.ceil(bytes.byteLength / 1024), max: MAX_GIFT_BYTES / 1024 }
			}
		};
	}
	if (bytes.includes(0)) return { ok: false, error: { line: 1, code: 'notText' } };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lineOf(lossy, lossy.indexOf('\uFFFD'));
		const legacy = new TextDecoder('windows-1252').decode(bytes);
		const word = legacy.split('\n')[line - 1]?.match(/[^\s]*[\u0080-\u024f’«»][^\s]*/)?.[0];
		return {
			ok: false,
			error: word ? { line, code: 'windows1252', values: { word } } : { line, code: 'notUtf8' }
		};
	}
	text = text.replace(/^\uFEFF/, '');
	if (/^\s*<(\?xml|quiz)/i.test(text)) return { ok: false, error: { line: 1, code: 'moodleXml' } };
	return { ok: true, text };
}
