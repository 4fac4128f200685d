import { getContext, setContext } from 'svelte';
import type { Lang } from './languages';
import type { Translate } from './translate';

/** What every component needs to speak the learner's language. */
export interface I18n {
	/** The interface language of this page. */
	readonly lang: Lang;
	/** Translates a key of the locale files. */
	readonly t: Translate;
}

const key = Symbol('i18n');

/** Called once, by the root layout. Pass an object with getters so it follows navigation. */
export function setI18n(i18n: I18n): void {
	setContext(key, i18n);
}

/** The same context for a component rendered on its own on the server (`render` of svelte/server). */
export function i18nContext(i18n: I18n): Map<symbol, I18n> {
	return new Map([[key, i18n]]);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
