import en from '../i18n/locales/en.json' with { type: 'json' };
import fr from '../i18n/locales/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages';
import { flatten, translate } from '../i18n/translate';
import type { GiftMessage } from './parse';

// What the import says about a file (errors, skipped questions, notes) keeps its words as keys
// of the locale files: the teacher area shows them in the teacher's language, the command line
// in English.

const messages: Record<Lang, Record<string, string>> = { en: flatten(en), fr: flatten(fr) };

/** The locale key of a message's words. */
export const messageKey = (code: string) => `teacher.gift.messages.${code}`;

/** A message in `lang`, without its line. */
export function giftMessageText(message: GiftMessage, lang: Lang): string {
	const values: Record<string, string | number> = { ...message.values };
	if (typeof values.kind === 'string') {
		values.kind = translate(messages[lang], lang, `teacher.gift.kinds.${values.kind}`);
	}
	return translate(messages[lang], lang, messageKey(message.code), values);
}

/** A message with its line, as the command line prints it: `line 12: …`. */
export function giftMessageLine(message: GiftMessage, lang: Lang = 'en'): string {
	return translate(messages[lang], lang, 'teacher.gift.lineMessage', {
		line: message.line,
		message: giftMessageText(message, lang)
	});
}
