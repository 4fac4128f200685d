import en from '../i18n/locales/en.json';
import fr from '../i18n/locales/fr.json';
import type { Lang } from '../i18n/languages';
import { answerFromJson, type Answer } from '../quiz/answer';
import type { Question } from '../quiz/schema';
import { markableWords } from '../quiz/words';

// A learner's stored answer as a teacher reads it in a table or a spreadsheet: option texts,
// not ids. The claim statuses are named as the learner saw them, from the locale files.

const statusNames = { fr: fr.quiz.status, en: en.quiz.status } as const;

/** Between the parts of a multi-part answer; French puts a space before the semicolon. */
const SEPARATOR: Record<Lang, string> = { fr: ' ; ', en: '; ' };

/** Shown for a stored value that is not an answer (a hand-edited or much older store). */
const UNREADABLE: Record<Lang, string> = {
	fr: '(réponse illisible)',
	en: '(unreadable answer)'
};

/** Shown for a match item the learner left without a choice. */
const NONE = '—';

/** An id the question no longer has (answer to an earlier version) is shown as the id itself. */
function textOf(
	list: readonly { id: string; text: { fr: string; en: string } }[],
	id: string | undefined,
	lang: Lang
): string {
	if (id === undefined) return NONE;
	return list.find((entry) => entry.id === id)?.text[lang] ?? `[${id}]`;
}

/** An answer whose type is not the question's (the question's type was changed since). */
function rawText(answer: Answer, lang: Lang): string {
	const join = (parts: readonly string[]) => parts.join(SEPARATOR[lang]);
	switch (answer.type) {
		case 'single':
			return `[${answer.option}]`;
		case 'multiple':
			return join(answer.options.map((id) => `[${id}]`));
		case 'claim':
			return statusNames[lang][answer.status];
		case 'match':
			return join(Object.entries(answer.pairs).map(([item, choice]) => `[${item}] → [${choice}]`));
		case 'mark':
			return join(answer.words.map((index) => `#${index + 1}`));
		case 'gap':
		case 'short':
			return answer.text;
		case 'order':
			return join(answer.items.map((id, i) => `${i + 1}. [${id}]`));
	}
}

/**
 * The learner's answer to `question` in words, in the teacher's language: the option's text,
 * the claim status, "item → choice" pairs, the marked words, the typed text, or the items in
 * the order given. Ids the question no longer has are shown as [id].
 *
 * @param answer the answer as stored (AnswerRecord.answer); anything else is said unreadable
 * @param paragraphs the French text of every paragraph of the lesson, in order (for `mark`)
 */
export function answerText(
	question: Question,
	answer: unknown,
	lang: Lang,
	paragraphs: readonly string[]
): string {
	const read = answerFromJson(answer);
	if (!read) return UNREADABLE[lang];
	const join = (parts: readonly string[]) => parts.join(SEPARATOR[lang]);
	if (read.type === 'single' && question.type === 'single') {
		return textOf(question.options, read.option, lang);
	}
	if (read.type === 'multiple' && question.type === 'multiple') {
		// In the question's order, as the learner saw the options (ids of an older version last).
		const chosen = new Set(read.options);
		const known = question.options.filter((o) => chosen.has(o.id)).map((o) => o.text[lang]);
		const stale = read.options.filter((id) => !question.options.some((o) => o.id === id));
		return join([...known, ...stale.map((id) => `[${id}]`)]);
	}
	if (read.type === 'claim' && question.type === 'claim') return statusNames[lang][read.status];
	if (read.type === 'match' && question.type === 'match') {
		return join(
			question.items.map(
				(item) => `${item.text[lang]} → ${textOf(question.choices, read.pairs[item.id], lang)}`
			)
		);
	}
	if (read.type === 'mark' && question.type === 'mark') {
		const words = markableWords(paragraphs[question.paragraph - 1] ?? '');
		return join([...read.words].sort((a, b) => a - b).map((i) => words[i]?.text ?? `#${i + 1}`));
	}
	if ((read.type === 'gap' || read.type === 'short') && read.type === question.type) {
		return read.text;
	}
	if (read.type === 'order' && question.type === 'order') {
		return join(read.items.map((id, i) => `${i + 1}. ${textOf(question.items, id, lang)}`));
	}
	return rawText(read, lang);
}
