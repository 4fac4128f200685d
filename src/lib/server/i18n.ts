import i18next, { type TFunction } from 'i18next';
import en from '$lib/i18n/locales/en.json';
import fr from '$lib/i18n/locales/fr.json';
import { defaultLanguage, languages, type Lang } from '$lib/i18n/languages';
import { flatten, type Messages } from '$lib/i18n/translate';

// One instance, never switched per request: each request gets a translator fixed to its language.
const i18n = i18next.createInstance();
await i18n.init({
	resources: { fr: { translation: fr }, en: { translation: en } },
	supportedLngs: [...languages],
	fallbackLng: defaultLanguage,
	initAsync: false,
	// Svelte escapes what it renders; escaping here too would show `&amp;`.
	interpolation: { escapeValue: false }
});

/** A translator bound to one language, safe to use concurrently with others. */
export function translatorFor(lang: Lang): TFunction {
	return i18n.getFixedT(lang);
}

// The teacher area's strings go only to teacher pages: pupils' pages stay light. Some strings are
// worded on the server only: plain-text answers to refused requests (`http.*`) and lesson
// problems (src/lib/lesson/problem-text.ts); no page needs them.
const TEACHER = 'teacher.';
const SERVER_ONLY = ['http.', 'teacher.lessonProblems.'];
const split = (lang: Lang, teacher: boolean): Messages =>
	Object.fromEntries(
		Object.entries(flatten(i18n.getResourceBundle(lang, 'translation'))).filter(
			([key]) =>
				key.startsWith(TEACHER) === teacher && !SERVER_ONLY.some((prefix) => key.startsWith(prefix))
		)
	);
const messagesByLang = new Map<Lang, Messages>(languages.map((lang) => [lang, split(lang, false)]));
const teacherMessagesByLang = new Map<Lang, Messages>(
	languages.map((lang) => [lang, split(lang, true)])
);

/** The strings the browser needs to render a page in `lang` (sent with the layout data). */
export function messagesFor(lang: Lang): Messages {
	return messagesByLang.get(lang) ?? {};
}

/** The teacher area's strings (`teacher.*`), sent by the teacher layout only. */
export function teacherMessagesFor(lang: Lang): Messages {
	return teacherMessagesByLang.get(lang) ?? {};
}
