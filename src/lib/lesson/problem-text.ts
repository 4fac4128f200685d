import en from '../i18n/locales/en.json' with { type: 'json' };
import fr from '../i18n/locales/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages';
import { flatten, translate, type TranslationValues } from '../i18n/translate';
import type { Problem } from './problems';

// Lesson problems are read by teachers in the teacher area (in their language) and printed by
// `npm run lessons:check`: each problem keeps its words as keys of the locale files, and a
// rendering in English for the tools that only print text.

/** A value in a phrase: plain text, a number, or another phrase (e.g. "a list"). */
export type PhraseValue = string | number | Phrase;

/** Words of a problem as a locale key under `teacher.lessonProblems.` and its values. */
export interface Phrase {
	key: string;
	values?: Record<string, PhraseValue>;
}

const PREFIX = 'teacher.lessonProblems.';
const messages: Record<Lang, Record<string, string>> = { en: flatten(en), fr: flatten(fr) };

/** A phrase of the locale files (`teacher.lessonProblems.<key>`). */
export function phrase(key: string, values?: Record<string, PhraseValue>): Phrase {
	return values ? { key, values } : { key };
}

/** Whether the locale files of `lang` have the phrase's key (tests check every key used). */
export function hasPhrase(key: string, lang: Lang): boolean {
	const full = PREFIX + key;
	return Object.keys(messages[lang]).some((k) => k === full || k.startsWith(`${full}_`));
}

/** The phrase in `lang`, its nested phrases too. */
export function renderPhrase(said: Phrase, lang: Lang): string {
	const values: TranslationValues = {};
	for (const [name, value] of Object.entries(said.values ?? {})) {
		values[name] = typeof value === 'object' ? renderPhrase(value, lang) : value;
	}
	return translate(messages[lang], lang, PREFIX + said.key, values);
}

/** A problem whose words can be said in every interface language (English in `message`/`fix`). */
export function phrasedProblem(
	where: { file: string; line: number; column: number },
	message: Phrase,
	fix: Phrase
): Problem {
	return {
		...where,
		message: renderPhrase(message, 'en'),
		fix: renderPhrase(fix, 'en'),
		phrases: { message, fix }
	};
}

/** A problem in `lang`; problems from rules without phrases stay in English (`lang` says so). */
export function problemIn(problem: Problem, lang: Lang): Problem & { lang: Lang } {
	if (!problem.phrases) return { ...problem, lang: 'en' };
	return {
		...problem,
		message: renderPhrase(problem.phrases.message, lang),
		fix: renderPhrase(problem.phrases.fix, lang),
		lang
	};
}
