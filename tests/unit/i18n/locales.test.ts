import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/locales/en.json';
import fr from '$lib/i18n/locales/fr.json';
import { flatten } from '$lib/i18n/translate';

const locales = { fr: flatten(fr), en: flatten(en) };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|js)$/.test(name) ? [path] : [];
	});
}

/** Every literal key passed to `t('…')` or `i18n.t('…')`, and every `'x.y' as const` error code. */
function keysUsedInCode(): Map<string, string> {
	const used = new Map<string, string>();
	const patterns = [/\bt\(\s*'([\w.]+)'/g, /'([a-z]\w*(?:\.\w+)+)' as const/g];
	for (const file of sourceFiles('src')) {
		const text = readFileSync(file, 'utf8');
		for (const pattern of patterns) {
			for (const match of text.matchAll(pattern)) used.set(match[1]!, file);
		}
	}
	return used;
}

describe('locale files', () => {
	it('French and English have exactly the same keys', () => {
		const frKeys = Object.keys(locales.fr).sort();
		const enKeys = Object.keys(locales.en).sort();
		expect(
			frKeys.filter((key) => !enKeys.includes(key)),
			'keys missing in en.json'
		).toEqual([]);
		expect(
			enKeys.filter((key) => !frKeys.includes(key)),
			'keys missing in fr.json'
		).toEqual([]);
	});

	it('no string is left empty', () => {
		for (const [lang, messages] of Object.entries(locales)) {
			for (const [key, value] of Object.entries(messages)) {
				expect(value.trim(), `${lang}: ${key}`).not.toBe('');
			}
		}
	});

	it('every key the code uses exists in both languages', () => {
		const used = keysUsedInCode();
		expect(used.size).toBeGreaterThan(10);
		const missing: string[] = [];
		for (const [key, file] of used) {
			for (const [lang, messages] of Object.entries(locales)) {
				const exists =
					key in messages || Object.keys(messages).some((k) => k.replace(pluralSuffix, '') === key);
				if (!exists) missing.push(`${file}: "${key}" is missing in ${lang}.json`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('uses only the i18next features the browser formatter implements', () => {
		for (const [lang, messages] of Object.entries(locales)) {
			for (const [key, value] of Object.entries(messages)) {
				expect(value, `${lang}: ${key} uses nesting`).not.toContain('$t(');
				expect(value, `${lang}: ${key} uses a formatter`).not.toMatch(/\{\{[^}]*,[^}]*\}\}/);
			}
		}
	});
});
