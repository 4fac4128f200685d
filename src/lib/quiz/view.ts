import { claimStatuses, type Question, type QuestionType, type Skill } from './schema';
import type { ClaimStatus } from './answer';
import { shuffleFor } from './shuffle';
import { markableWords } from './words';

// What a page may show of a question before it is answered. Every view is built field by
// field from the question — never spread from it — so a field added to the schema later
// (a key, a feedback) cannot reach the page by accident.

/** A text in French and English. */
export interface BilingualText {
	fr: string;
	en: string;
}

/** An option, choice or item as shown: its id and text, nothing about whether it is right. */
export interface ChoiceView {
	id: string;
	text: BilingualText;
}

interface BaseView<T extends QuestionType> {
	id: string;
	type: T;
	skill: Skill;
	prompt: BilingualText;
}

export interface SingleView extends BaseView<'single'> {
	/** Shuffled per learner. */
	options: ChoiceView[];
}
export interface MultipleView extends BaseView<'multiple'> {
	/** Shuffled per learner. */
	options: ChoiceView[];
	scoring: 'all-or-nothing' | 'partial';
}
export interface ClaimView extends BaseView<'claim'> {
	statement: BilingualText;
	/** Always in the order of claimStatuses, so the key cannot be guessed from the order. */
	statuses: ClaimStatus[];
}
export interface MatchView extends BaseView<'match'> {
	/** Shuffled per learner. */
	choices: ChoiceView[];
	/** Shuffled per learner, independently of the choices. */
	items: ChoiceView[];
}
/** A word of the paragraph as a checkbox, with the characters between it and the word before. */
export interface MarkWordView {
	index: number;
	text: string;
	/** The exact characters between the previous word (or the start) and this one. */
	gapBefore: string;
}
export interface MarkView extends BaseView<'mark'> {
	/** 1-based, as in the quiz file. */
	paragraph: number;
	words: MarkWordView[];
	/** The characters after the last word; gapBefore + text of each word + tail = the paragraph. */
	tail: string;
}
export interface GapView extends BaseView<'gap'> {
	before: string;
	after: string;
	mode: 'choose' | 'type';
	/** For mode `choose`: the drop-down, shuffled per learner. */
	choices?: string[];
}
export type ShortView = BaseView<'short'>;
export interface OrderView extends BaseView<'order'> {
	/** Shuffled per learner, never in the right order. */
	items: ChoiceView[];
}

/** What a page may show of an unanswered question: no key, no feedback, no evidence. */
export type QuestionView =
	SingleView | MultipleView | ClaimView | MatchView | MarkView | GapView | ShortView | OrderView;

const bilingual = (text: BilingualText): BilingualText => ({ fr: text.fr, en: text.en });
const choice = (c: { id: string; text: BilingualText }): ChoiceView => ({
	id: c.id,
	text: bilingual(c.text)
});
const sameId = (a: { id: string }, b: { id: string }) => a.id === b.id;

/**
 * The view of a question before it is answered, safe to put in a page: the key (correct flags,
 * answers, status, targets, right order), feedback and evidence are left out, and every list
 * whose file order could give the answer away is shuffled by `seed` (e.g. the learner's id).
 *
 * @param options.paragraphs the French text of every paragraph of the lesson (for `mark`)
 * @throws Error for a mark question whose paragraph does not exist (the lesson checker refuses it)
 */
export function questionView(
	question: Question,
	options: { seed: string; paragraphs: readonly string[] }
): QuestionView {
	// Per question and per list, so two lists of one question are not shuffled alike.
	const seedOf = (list: string) => `${options.seed}\u0000${question.id}\u0000${list}`;
	const base = { id: question.id, skill: question.skill, prompt: bilingual(question.prompt) };
	switch (question.type) {
		case 'single':
			return {
				...base,
				type: 'single',
				options: shuffleFor(seedOf('options'), question.options, sameId).map(choice)
			};
		case 'multiple':
			return {
				...base,
				type: 'multiple',
				options: shuffleFor(seedOf('options'), question.options, sameId).map(choice),
				scoring: question.scoring
			};
		case 'claim':
			return {
				...base,
				type: 'claim',
				statement: bilingual(question.statement),
				statuses: [...claimStatuses]
			};
		case 'match':
			return {
				...base,
				type: 'match',
				choices: shuffleFor(seedOf('choices'), question.choices, sameId).map(choice),
				items: shuffleFor(seedOf('items'), question.items, sameId).map(choice)
			};
		case 'mark': {
			const text = options.paragraphs[question.paragraph - 1];
			if (text === undefined) {
				throw new Error(
					`question "${question.id}": paragraph ${question.paragraph} does not exist`
				);
			}
			let previousEnd = 0;
			const words = markableWords(text).map((word) => {
				const view = {
					index: word.index,
					text: word.text,
					gapBefore: text.slice(previousEnd, word.start)
				};
				previousEnd = word.end;
				return view;
			});
			return {
				...base,
				type: 'mark',
				paragraph: question.paragraph,
				words,
				tail: text.slice(previousEnd)
			};
		}
		case 'gap': {
			const gap = question.sentence.indexOf('___');
			const view: GapView = {
				...base,
				type: 'gap',
				before: question.sentence.slice(0, gap),
				after: question.sentence.slice(gap + 3),
				mode: question.mode
			};
			if (question.mode === 'choose') {
				view.choices = shuffleFor(seedOf('choices'), question.choices ?? []);
			}
			return view;
		}
		case 'short':
			return { ...base, type: 'short' };
		case 'order':
			return {
				...base,
				type: 'order',
				items: shuffleFor(seedOf('items'), question.items, sameId).map(choice)
			};
	}
}
