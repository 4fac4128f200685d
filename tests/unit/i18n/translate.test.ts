import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/locales/en.json';
import fr from '$lib/i18n/locales/fr.json';
import { languages } from '$lib/i18n/languages';
import { flatten, translate } from '$lib/i18n/translate';
import { messagesFor, translatorFor } from '$lib/server/i18n';

describe('translate (the browser side of i18n)', () => {
	const messages = {
		greeting: 'Bonjour {{name}} !',
		spaced: 'Erreur {{ status }}',
		minutes_one: '{{count}} minute',
		minutes_other: '{{count}} minutes'
	};

	it('fills placeholders, with or without spaces inside the braces', () => {
		expect(translate(messages, 'fr', 'greeting', { name: 'Léa' })).toBe('Bonjour Léa !');
		expect(translate(messages, 'fr', 'spaced', { status: 404 })).toBe('Erreur 404');
	});

	it('chooses the plural form by language: French counts 0 as singular, English does not', () => {
		expect(translate(messages, 'fr', 'minutes', { count: 0 })).toBe('0 minute');
		expect(translate(messages, 'en', 'minutes', { count: 0 })).toBe('0 minutes');
		expect(translate(messages, 'fr', 'minutes', { count: 2 })).toBe('2 minutes');
	});

	it('shows the key when a string is missing, as i18next does', () => {
		expect(translate(messages, 'fr', 'nowhere.to.be.found')).toBe('nowhere.to.be.found');
	});

	it('leaves a placeholder visible when its value is not given', () => {
		expect(translate(messages, 'fr', 'greeting')).toBe('Bonjour {{name}} !');
	});

	it('gives exactly what i18next gives on the server, for every key of both languages', async () => {
		const instance = i18next.createInstance();
		await instance.init({
			resources: { fr: { translation: fr }, en: { translation: en } },
			interpolation: { escapeValue: false }
		});
		const values = { status: 404, id: 'a1b2c3d4', name: 'English' };
		for (const lang of languages) {
			const flat = flatten(lang === 'fr' ? fr : en);
			const t = instance.getFixedT(lang);
			const keys = new Set(Object.keys(flat).map((k) => k.replace(/_(one|other)$/, '')));
			for (const key of keys) {
				for (const count of [undefined, 0, 1, 2, 5]) {
					const withCount = count === undefined ? values : { ...values, count };
					expect(translate(flat, lang, key, withCount), `${lang}: ${key}`).toBe(t(key, withCount));
				}
			}
		}
		// Every key of both languages, five times: seconds on a busy machine.
	}, 60_000);
});

describe('server i18n', () => {
	it('translators for two languages used side by side do not affect each other', async () => {
		const results = await Promise.all(
			Array.from({ length: 20 }, async (_, i) => {
				const lang = languages[i % 2]!;
				await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
				return { lang, text: translatorFor(lang)('nav.home') };
			})
		);
		for (const { lang, text } of results) expect(text).toBe(lang === 'fr' ? 'Accueil' : 'Home');
	});

	it('sends the browser the flattened strings of one language only', () => {
		expect(messagesFor('en')['home.lessons.heading']).toBe('Lessons');
		expect(messagesFor('fr')['home.lessons.heading']).toBe('Leçons');
	});
});

describe('teacher strings', () => {
	it('go only to the teacher area: pupils’ pages do not download them', async () => {
		const { teacherMessagesFor } = await import('$lib/server/i18n');
		for (const lang of languages) {
			expect(Object.keys(messagesFor(lang)).some((k) => k.startsWith('teacher.'))).toBe(false);
			const teacher = Object.keys(teacherMessagesFor(lang));
			expect(teacher.length).toBeGreaterThan(20);
			expect(teacher.every((k) => k.startsWith('teacher.'))).toBe(true);
		}
		expect(teacherMessagesFor('fr')['teacher.signin.submit']).toBe('Se connecter');
	});

	it('leave out the words of lesson problems, which the server says in full', async () => {
		const { teacherMessagesFor } = await import('$lib/server/i18n');
		for (const lang of languages) {
			const teacher = Object.keys(teacherMessagesFor(lang));
			expect(teacher.filter((k) => k.startsWith('teacher.lessonProblems.'))).toEqual([]);
		}
	});
});
