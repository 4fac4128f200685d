import { describe, expect, it } from 'vitest';
import { isLang } from '$lib/i18n/languages';
import { pickLanguage } from '$lib/i18n/negotiate';

describe('pickLanguage', () => {
	it('follows the cookie first', () => {
		expect(pickLanguage('en', 'fr-FR,fr;q=0.9')).toBe('en');
		expect(pickLanguage('fr', 'en-GB')).toBe('fr');
	});

	it('ignores a cookie naming a language the app does not have', () => {
		expect(pickLanguage('de', 'en-US')).toBe('en');
		expect(pickLanguage('', null)).toBe('fr');
	});

	it('respects q-values, whatever their order in the header', () => {
		expect(pickLanguage(undefined, 'fr;q=0.4, en;q=0.8')).toBe('en');
		expect(pickLanguage(undefined, 'en;q=0.5, fr;q=0.9')).toBe('fr');
		expect(pickLanguage(undefined, 'de-DE, de;q=0.9, en;q=0.7, fr;q=0.6')).toBe('en');
	});

	it('matches regional variants to their language', () => {
		expect(pickLanguage(undefined, 'en-GB')).toBe('en');
		expect(pickLanguage(undefined, 'fr-CA,en;q=0.5')).toBe('fr');
	});

	it('falls back to French for no header, an unknown language, q=0 or garbage', () => {
		expect(pickLanguage(undefined, null)).toBe('fr');
		expect(pickLanguage(undefined, 'de-DE,es;q=0.5')).toBe('fr');
		expect(pickLanguage(undefined, 'en;q=0')).toBe('fr');
		expect(pickLanguage(undefined, ';;;===,,')).toBe('fr');
	});

	it('isLang narrows only supported codes', () => {
		expect(isLang('fr')).toBe(true);
		expect(isLang('EN')).toBe(false);
		expect(isLang(null)).toBe(false);
	});
});
