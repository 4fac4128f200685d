import type { Lang } from '../i18n/languages';
import type { GiftImport } from './import';
import { giftMessageText } from './messages';
import type { GiftMessage } from './parse';

/** A message as the import page shows it: its line and its words in the teacher's language. */
export interface MessageView {
	line: number;
	text: string;
}

/** What the import page shows of an import: each question's line, id, type and prompt. */
export interface ImportView {
	imported: {
		line: number;
		id: string;
		type: string;
		prompt: string;
		notes: string[];
	}[];
	skipped: MessageView[];
}

export const messageViews = (messages: readonly GiftMessage[], lang: Lang): MessageView[] =>
	messages.map((m) => ({ line: m.line, text: giftMessageText(m, lang) }));

export function importView(
	result: Pick<GiftImport, 'questions' | 'skipped'>,
	lang: Lang
): ImportView {
	return {
		imported: result.questions.map(({ line, question, notes }) => ({
			line,
			id: question.id,
			type: question.type,
			prompt: question.prompt.fr,
			notes: notes.map((n) => giftMessageText(n, lang))
		})),
		skipped: messageViews(result.skipped, lang)
	};
}
