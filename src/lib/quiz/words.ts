import { resolveAnchor } from '../lesson/anchor';
import { looseFrench, wordTokens } from '../lesson/french';
import type { Question } from './schema';

/** A word a learner can mark in a paragraph: its number (0-based) and UTF-16 offsets. */
export interface MarkableWord {
	index: number;
	text: string;
	start: number;
	end: number;
}

/**
 * The words of a paragraph that can be marked, numbered from 0 in reading order. Elided
 * articles are words of their own ("l’" and "opération"), so a learner can mark either.
 */
export function markableWords(paragraph: string): MarkableWord[] {
	return wordTokens(paragraph).map((token, index) => ({ index, ...token }));
}

/**
 * The indices of the words that overlap the character range [start, end). Overlap rather than
 * containment: a quote that cuts a word ("affirm" in "affirme") still designates that word.
 */
export function wordsInRange(words: readonly MarkableWord[], start: number, end: number): number[] {
	return words.filter((word) => word.start < end && word.end > start).map((word) => word.index);
}

/** A mark-in-text question. */
export type MarkQuestion = Extract<Question, { type: 'mark' }>;

/** A target of a mark-in-text question, as word indices of its paragraph. */
export interface MarkTarget {
	/** Every word of the quoted span; marking any of them is not a wrong mark. */
	span: number[];
	/** The words that must be marked for the target to count as found. */
	required: number[];
}

export type MarkTargetsResult =
	| { ok: true; words: MarkableWord[]; targets: MarkTarget[] }
	| { ok: false; target: number; problem: string; fix: string };

/**
 * Resolves the targets of a mark-in-text question to words of its paragraph. A target's
 * `words` are compared with looseFrench (case, apostrophes); a `words` entry of several words
 * ("l’opération") requires each of them; a word that occurs twice in the span is required at
 * each occurrence. The grader and the lesson checker use this same function, so a target that
 * the checker accepts is one the grader can grade.
 *
 * @param paragraphs the French text of every paragraph of the lesson, in order
 */
export function markTargets(
	question: MarkQuestion,
	paragraphs: readonly string[]
): MarkTargetsResult {
	const text = paragraphs[question.paragraph - 1];
	if (text === undefined) {
		return {
			ok: false,
			target: -1,
			problem: `paragraph ${question.paragraph} does not exist (the lesson has ${paragraphs.length})`,
			fix: `use a paragraph number from 1 to ${paragraphs.length}`
		};
	}
	const words = markableWords(text);
	const targets: MarkTarget[] = [];
	for (const [t, target] of question.targets.entries()) {
		const { anchor } = target;
		if (anchor.paragraph !== undefined && anchor.paragraph !== question.paragraph) {
			return {
				ok: false,
				target: t,
				problem: `the target is in paragraph ${anchor.paragraph}, but the question marks words in paragraph ${question.paragraph}`,
				fix: 'remove "paragraph" from the target: targets are always in the question’s paragraph'
			};
		}
		// Only the question's paragraph is searched: the same words elsewhere are not ambiguous.
		const found = resolveAnchor(paragraphs, { ...anchor, paragraph: question.paragraph });
		if (!found.ok) return { ok: false, target: t, problem: found.problem, fix: found.fix };
		const span = wordsInRange(words, found.range.start, found.range.end);
		if (span.length === 0) {
			return {
				ok: false,
				target: t,
				problem: `the quote "${anchor.quote}" contains no word to mark`,
				fix: 'quote at least one word of the text'
			};
		}
		if (target.words === undefined) {
			targets.push({ span, required: span });
			continue;
		}
		const required = new Set<number>();
		for (const wanted of target.words) {
			const parts = wordTokens(wanted).map((token) => looseFrench(token.text));
			const hits = span.filter((i) => parts.includes(looseFrench(words[i]!.text)));
			const missing = parts.filter(
				(part) => !hits.some((i) => looseFrench(words[i]!.text) === part)
			);
			if (parts.length === 0 || missing.length > 0) {
				return {
					ok: false,
					target: t,
					problem: `the word "${wanted}" is not in the quote "${anchor.quote}"`,
					fix: 'list only words of the quote, spelled as in the text'
				};
			}
			for (const i of hits) required.add(i);
		}
		targets.push({ span, required: [...required].sort((a, b) => a - b) });
	}
	return { ok: true, words, targets };
}
