import { z } from 'zod';
import { wordTokens } from '../lesson/french';
import { claimStatuses, type Question } from './schema';

/** A status a learner can give a claim. */
export type ClaimStatus = (typeof claimStatuses)[number];

/** A learner's answer, checked against its question: every id and index in it exists. */
export type Answer =
	| { type: 'single'; option: string }
	| { type: 'multiple'; options: string[] }
	| { type: 'claim'; status: ClaimStatus }
	| { type: 'match'; pairs: Record<string, string> }
	| { type: 'mark'; words: number[] }
	| { type: 'gap'; text: string }
	| { type: 'short'; text: string }
	| { type: 'order'; items: string[] };

/** Why a submitted answer cannot be graded, as i18n keys of the message shown to the learner. */
export const answerErrors = {
	/** Nothing chosen, or an empty text. */
	noChoice: 'quiz.errors.noChoice',
	/** An option, status, choice, item or word the question does not have. */
	unknownOption: 'quiz.errors.unknownOption',
	/** More values than the question has options or words, or a text that is too long. */
	tooMany: 'quiz.errors.tooMany',
	/** Matching: an item without a choice; ordering: an item without a position. */
	incomplete: 'quiz.errors.incomplete',
	/** Ordering: two items at the same position. */
	duplicatePosition: 'quiz.errors.duplicatePosition'
} as const;

export type AnswerError = (typeof answerErrors)[keyof typeof answerErrors];

export type ReadAnswerResult = { ok: true; answer: Answer } | { ok: false; error: AnswerError };

/** Longest typed answer, in UTF-16 code units; a gap or a short answer is a few words. */
export const MAX_TEXT_LENGTH = 200;

type Values = { ok: true; values: string[] } | { ok: false; error: AnswerError };

const fail = (error: AnswerError): { ok: false; error: AnswerError } => ({ ok: false, error });

/**
 * The non-empty values of a form field, refusing more than `max` of them as soon as the limit
 * is passed, so a forged post with thousands of fields never builds a large array. Empty values
 * are skipped: a page may send an empty hidden field so the name is always present.
 */
function fieldValues(form: FormData, name: string, max: number): Values {
	const values: string[] = [];
	for (const [key, value] of form) {
		if (key !== name) continue;
		// A file where the page has a checkbox or a text box is forged.
		if (typeof value !== 'string') return fail(answerErrors.unknownOption);
		if (value === '') continue;
		if (values.length >= max) return fail(answerErrors.tooMany);
		values.push(value);
	}
	return { ok: true, values };
}

/** At most one value of a field, or undefined if none. */
function singleValue(
	form: FormData,
	name: string
): { ok: true; value: string | undefined } | { ok: false; error: AnswerError } {
	const read = fieldValues(form, name, 1);
	return read.ok ? { ok: true, value: read.values[0] } : read;
}

/** Distinct values among `known`, in the order of `known`, or the first error. */
function chosenSet(
	form: FormData,
	name: string,
	known: readonly string[]
): { ok: true; chosen: string[] } | { ok: false; error: AnswerError } {
	const read = fieldValues(form, name, known.length);
	if (!read.ok) return read;
	const given = new Set(read.values);
	for (const value of given) if (!known.includes(value)) return fail(answerErrors.unknownOption);
	if (given.size === 0) return fail(answerErrors.noChoice);
	return { ok: true, chosen: known.filter((id) => given.has(id)) };
}

const WORD_INDEX = /^(?:0|[1-9]\d{0,5})$/;
const POSITION = /^[1-9]\d{0,5}$/;

function readText(form: FormData): { ok: true; text: string } | { ok: false; error: AnswerError } {
	const read = singleValue(form, 'text');
	if (!read.ok) return read;
	const text = (read.value ?? '').trim();
	if (text === '') return fail(answerErrors.noChoice);
	if (text.length > MAX_TEXT_LENGTH) return fail(answerErrors.tooMany);
	return { ok: true, text };
}

/**
 * Reads the learner's answer to `question` from a submitted form, trusting nothing in it: every
 * id must be one of the question's, every word index one of the paragraph's words, and the
 * number of values is bounded by what the question offers. Fields of other questions are
 * ignored.
 *
 * Field names: `option` (single; repeated for multiple), `status` (claim), `match-<itemId>`
 * (match, a choice id per item), `word` (mark, repeated, 0-based word indices of
 * markableWords(paragraphText)), `text` (gap, short), `position-<itemId>` (order, "1".."n").
 *
 * @param paragraphText the French text of the question's paragraph; required for `mark`
 * @throws Error for a `mark` question without `paragraphText` (a bug in the caller)
 */
export function readAnswer(
	question: Question,
	form: FormData,
	paragraphText?: string
): ReadAnswerResult {
	switch (question.type) {
		case 'single': {
			const read = singleValue(form, 'option');
			if (!read.ok) return read;
			if (read.value === undefined) return fail(answerErrors.noChoice);
			const option = read.value;
			if (!question.options.some((o) => o.id === option)) return fail(answerErrors.unknownOption);
			return { ok: true, answer: { type: 'single', option } };
		}
		case 'multiple': {
			const read = chosenSet(
				form,
				'option',
				question.options.map((o) => o.id)
			);
			if (!read.ok) return read;
			return { ok: true, answer: { type: 'multiple', options: read.chosen } };
		}
		case 'claim': {
			const read = singleValue(form, 'status');
			if (!read.ok) return read;
			if (read.value === undefined) return fail(answerErrors.noChoice);
			const status = claimStatuses.find((s) => s === read.value);
			if (status === undefined) return fail(answerErrors.unknownOption);
			return { ok: true, answer: { type: 'claim', status } };
		}
		case 'match': {
			const choices = new Set(question.choices.map((c) => c.id));
			const pairs: Record<string, string> = {};
			let missing = 0;
			for (const item of question.items) {
				const read = singleValue(form, `match-${item.id}`);
				if (!read.ok) return read;
				if (read.value === undefined) missing++;
				else if (!choices.has(read.value)) return fail(answerErrors.unknownOption);
				else pairs[item.id] = read.value;
			}
			if (missing === question.items.length) return fail(answerErrors.noChoice);
			if (missing > 0) return fail(answerErrors.incomplete);
			return { ok: true, answer: { type: 'match', pairs } };
		}
		case 'mark': {
			if (paragraphText === undefined) {
				throw new Error(`readAnswer: question "${question.id}" needs the paragraph text`);
			}
			const count = wordTokens(paragraphText).length;
			const read = fieldValues(form, 'word', count);
			if (!read.ok) return read;
			const words = new Set<number>();
			for (const value of read.values) {
				const index = WORD_INDEX.test(value) ? Number(value) : -1;
				if (index < 0 || index >= count) return fail(answerErrors.unknownOption);
				words.add(index);
			}
			if (words.size === 0) return fail(answerErrors.noChoice);
			return { ok: true, answer: { type: 'mark', words: [...words].sort((a, b) => a - b) } };
		}
		case 'gap': {
			const read = readText(form);
			if (!read.ok) return read;
			// A drop-down sends one of its choices; anything else did not come from the page.
			const { choices } = question;
			if (question.mode === 'choose' && choices && !choices.some((c) => c.trim() === read.text)) {
				return fail(answerErrors.unknownOption);
			}
			return { ok: true, answer: { type: 'gap', text: read.text } };
		}
		case 'short': {
			const read = readText(form);
			if (!read.ok) return read;
			return { ok: true, answer: { type: 'short', text: read.text } };
		}
		case 'order': {
			const n = question.items.length;
			const byPosition: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
			let missing = 0;
			let duplicate = false;
			for (const item of question.items) {
				const read = singleValue(form, `position-${item.id}`);
				if (!read.ok) return read;
				// Positions may be typed in a number box when JavaScript is off: forgive spaces.
				const value = read.value?.trim() ?? '';
				if (value === '') {
					missing++;
					continue;
				}
				const position = POSITION.test(value) ? Number(value) : 0;
				if (position < 1 || position > n) return fail(answerErrors.unknownOption);
				if (byPosition[position - 1] !== undefined) duplicate = true;
				else byPosition[position - 1] = item.id;
			}
			if (missing === n) return fail(answerErrors.noChoice);
			if (duplicate) return fail(answerErrors.duplicatePosition);
			if (missing > 0) return fail(answerErrors.incomplete);
			return {
				ok: true,
				answer: { type: 'order', items: byPosition.filter((id) => id !== undefined) }
			};
		}
	}
}

const storedAnswer = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('single'), option: z.string() }),
	z.strictObject({ type: z.literal('multiple'), options: z.array(z.string()) }),
	z.strictObject({ type: z.literal('claim'), status: z.enum(claimStatuses) }),
	z.strictObject({ type: z.literal('match'), pairs: z.record(z.string(), z.string()) }),
	z.strictObject({ type: z.literal('mark'), words: z.array(z.int().min(0)) }),
	z.strictObject({ type: z.literal('gap'), text: z.string() }),
	z.strictObject({ type: z.literal('short'), text: z.string() }),
	z.strictObject({ type: z.literal('order'), items: z.array(z.string()) })
]);

/** An answer as plain JSON for the store: a fresh object with no shared arrays. */
export function answerToJson(answer: Answer): unknown {
	return JSON.parse(JSON.stringify(answer)) as unknown;
}

/**
 * An answer read back from the store, or undefined if the stored value is not an answer (a
 * hand-edited or older store). Only the shape is checked: ids may be of an older version of
 * the question, which the grader counts as wrong rather than failing on.
 */
export function answerFromJson(value: unknown): Answer | undefined {
	const parsed = storedAnswer.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}
