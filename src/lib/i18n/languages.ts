/** Interface languages, in the order the switcher shows them. French first: it is the default. */
export const languages = ['fr', 'en'] as const;

export type Lang = (typeof languages)[number];

export const defaultLanguage: Lang = 'fr';

/** Each language's name in that language (WCAG 3.1.2: marked with its own `lang`). */
export const languageNames: Record<Lang, string> = {
	fr: 'Français',
	en: 'English'
};

/** Name of the cookie that keeps the chosen interface language. */
export const LANGUAGE_COOKIE = 'lang';

/** Narrows any string (cookie, form field, query) to a supported language. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
