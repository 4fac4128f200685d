import type { Lang } from './languages';

/** One language's strings, flattened: `{ 'home.title': '…' }`. */
export type Messages = Record<string, string>;

/** Values for `{{name}}` placeholders; `count` also chooses the plural form. */
export type TranslationValues = Record<string, string | number>;

export type Translate = (key: string, values?: TranslationValues) => string;

const placeholder = /\{\{\s*([\w.]+)\s*\}\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, count: number): string {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
	return rules.select(count);
}

/**
 * Looks a key up in strings that i18next resolved on the server, following i18next's own
 * conventions (`{{name}}` placeholders, `_one`/`_other` plural suffixes), so the browser does
 * not download i18next itself. A unit test checks it gives i18next's output for every key.
 */
export function translate(
	messages: Messages,
	lang: Lang,
	key: string,
	values: TranslationValues = {}
): string {
	const count = values.count;
	const template =
		(typeof count === 'number' ? messages[`${key}_${pluralCategory(lang, count)}`] : undefined) ??
		messages[key];
	if (template === undefined) return key;
	return template.replace(placeholder, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

/** Flattens nested locale JSON into dotted keys. */
export function flatten(tree: object, prefix = ''): Messages {
	const flat: Messages = {};
	for (const [name, value] of Object.entries(tree)) {
		const key = prefix ? `${prefix}.${name}` : name;
		if (typeof value === 'string') flat[key] = value;
		else if (value && typeof value === 'object') Object.assign(flat, flatten(value, key));
	}
	return flat;
}
