import { normalizeAnswer } from '../quiz/match';
import type { Question } from '../quiz/schema';
import { numbersToDigits } from '../quiz/variants';
import { resolveAnchor } from './anchor';
import { markTargets } from '../quiz/words';
import { looseFrench, wordTokens } from './french';
import { isToTranslate } from './to-translate';
import type { Path } from './yaml-source';

/** A rule a question breaks, where in the question, and how to fix it. */
export interface QuestionProblem {
	path: Path;
	message: string;
	fix: string;
}

function duplicates(ids: readonly string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * The rules of a question that a schema cannot say: one right option, answers that exist,
 * marked spans inside the question's paragraph… Paths are relative to the question.
 */
export function questionProblems(
	question: Question,
	paragraphs: readonly string[]
): QuestionProblem[] {
	const problems: QuestionProblem[] = [];
	const unique = (ids: string[], list: string, what: string) => {
		for (const id of duplicates(ids)) {
			problems.push({
				path: [list],
				message: `the ${what} id "${id}" is used twice`,
				fix: `give each ${what} its own id`
			});
		}
	};
	switch (question.type) {
		case 'single': {
			unique(
				question.options.map((o) => o.id),
				'options',
				'option'
			);
			const right = question.options.filter((o) => o.correct).length;
			if (right !== 1) {
				problems.push({
					path: ['options'],
					message: `a single-choice question needs exactly one correct option, this one has ${right}`,
					fix:
						right === 0
							? 'add "correct: true" to the right option'
							: 'use "type: multiple", or keep one "correct: true"'
				});
			}
			break;
		}
		case 'multiple':
			unique(
				question.options.map((o) => o.id),
				'options',
				'option'
			);
			if (!question.options.some((o) => o.correct)) {
				problems.push({
					path: ['options'],
					message: 'no option is marked correct',
					fix: 'add "correct: true" to each right option'
				});
			}
			break;
		case 'match': {
			unique(
				question.choices.map((c) => c.id),
				'choices',
				'choice'
			);
			unique(
				question.items.map((i) => i.id),
				'items',
				'item'
			);
			const choices = new Set(question.choices.map((c) => c.id));
			question.items.forEach((item, i) => {
				if (!choices.has(item.answer)) {
					problems.push({
						path: ['items', i, 'answer'],
						message: `"${item.answer}" is not one of the choices`,
						fix: `use one of: ${[...choices].join(', ')}`
					});
				}
			});
			break;
		}
		case 'order':
			unique(
				question.items.map((i) => i.id),
				'items',
				'item'
			);
			break;
		case 'gap':
			if (question.mode === 'choose') {
				const choices = (question.choices ?? []).map(looseFrench);
				if (!question.answers.some((a) => choices.includes(looseFrench(a)))) {
					problems.push({
						path: [question.choices ? 'choices' : 'mode'],
						message: 'a drop-down gap needs "choices" that include an accepted answer',
						fix: 'list the choices, the right answer among them'
					});
				}
			}
			break;
		case 'mark': {
			if (question.paragraph > paragraphs.length) {
				problems.push({
					path: ['paragraph'],
					message: `paragraph ${question.paragraph} does not exist (the lesson has ${paragraphs.length})`,
					fix: `use a number from 1 to ${paragraphs.length}`
				});
				break;
			}
			question.targets.forEach((target, t) => {
				const found = resolveAnchor(paragraphs, {
					...target.anchor,
					paragraph: question.paragraph
				});
				if (!found.ok) {
					problems.push({
						path: ['targets', t, 'anchor', 'quote'],
						message: found.problem,
						fix: found.fix
					});
					return;
				}
				const span = paragraphs[question.paragraph - 1]!.slice(found.range.start, found.range.end);
				const spanWords = wordTokens(span).map((w) => looseFrench(w.text));
				(target.words ?? []).forEach((word, w) => {
					if (!spanWords.includes(looseFrench(word))) {
						problems.push({
							path: ['targets', t, 'words', w],
							message: `"${word}" is not a word of the marked span "${span}"`,
							fix: `use words of the span (${spanWords.join(', ')}); l’ and d’ count as words`
						});
					}
				});
			});
			// The grader resolves targets with markTargets: whatever it refuses, the loader must too,
			// or a learner's answer would fail at grading time.
			const shared = markTargets(question, paragraphs);
			if (!shared.ok && problems.length === 0) {
				problems.push({
					path: shared.target >= 0 ? ['targets', shared.target, 'anchor'] : ['paragraph'],
					message: shared.problem,
					fix: shared.fix
				});
			}
			break;
		}
	}
	return problems;
}

/** The words of a text after answer normalisation, accents forgiven; digits for numbers if asked. */
function answerWords(text: string, numbers: boolean): string[] {
	const normalized = normalizeAnswer(text, 'forgiven');
	return (numbers ? numbersToDigits(normalized) : normalized)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
}

/**
 * Question ids are public (in the page address and the form), so an id that contains an
 * accepted answer, as whole words ("fight-combat" for "combat"), gives the answer away.
 */
function idWarnings(question: Question): QuestionProblem[] {
	if (question.type !== 'gap' && question.type !== 'short') return [];
	const numbers = question.variants?.includes('numbers') ?? false;
	const id = ` ${answerWords(question.id.replace(/-/g, ' '), numbers).join(' ')} `;
	const given = question.answers.find((answer) => {
		const words = answerWords(answer, numbers);
		return words.length > 0 && id.includes(` ${words.join(' ')} `);
	});
	if (given === undefined) return [];
	return [
		{
			path: ['id'],
			message: `the id contains the accepted answer "${given}", and learners can see ids`,
			fix: 'rename the question with words that do not give the answer, e.g. what it asks about'
		}
	];
}

/** How much longer than every wrong option a right one may be before it gives itself away. */
const GIVEAWAY_RATIO = 1.5;
/** …and by at least this many characters: a short right option among shorter ones is fine. */
const GIVEAWAY_MIN_CHARACTERS = 20;

/**
 * The right option of a choice question much longer than the wrong ones: learners soon learn to
 * pick the longest, most careful-sounding answer.
 */
function lengthWarnings(question: Question): QuestionProblem[] {
	if (question.type !== 'single' && question.type !== 'multiple') return [];
	const right = question.options.filter((o) => o.correct);
	const wrong = question.options.filter((o) => !o.correct);
	if (right.length === 0 || wrong.length === 0) return [];
	for (const lang of ['fr', 'en'] as const) {
		const shortestRight = Math.min(...right.map((o) => o.text[lang].length));
		const longestWrong = Math.max(...wrong.map((o) => o.text[lang].length));
		if (
			shortestRight > longestWrong * GIVEAWAY_RATIO &&
			shortestRight - longestWrong >= GIVEAWAY_MIN_CHARACTERS
		) {
			const index = question.options.findIndex(
				(o) => o.correct && o.text[lang].length === shortestRight
			);
			const language = lang === 'fr' ? 'French' : 'English';
			return [
				{
					path: ['options', index, 'text', lang],
					message: `the right option${right.length > 1 ? 's are' : ' is'} much longer than the wrong ones (${shortestRight} characters in ${language}, the longest wrong one ${longestWrong}): learners can pick ${right.length > 1 ? 'them' : 'it'} without reading the text`,
					fix: 'shorten the right option (keep the explanation for the feedback), or make the wrong ones as precise'
				}
			];
		}
	}
	return [];
}

/**
 * Warnings, not errors: what is allowed but makes a question answerable without reading the
 * text. Paths are relative to the question.
 */
export function questionWarnings(question: Question): QuestionProblem[] {
	return [...idWarnings(question), ...lengthWarnings(question), ...suggestionWarnings(question)];
}

/** Paths of the English texts an import left to write, anywhere in `value`. */
function untranslated(value: unknown, path: Path = []): Path[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => untranslated(item, [...path, i]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === 'en' && typeof inner === 'string'
			? isToTranslate(inner)
				? [[...path, key]]
				: []
			: untranslated(inner, [...path, key])
	);
}

/**
 * What a suggested question (an import, the drafting assistant) still lacks before a teacher
 * confirms it: its evidence, and the English an import could not find.
 */
function suggestionWarnings(question: Question): QuestionProblem[] {
	const warnings: QuestionProblem[] = [];
	if (question.review === 'suggested' && question.evidence === undefined) {
		warnings.push({
			path: ['review'],
			message: 'no evidence yet',
			fix: 'quote the words of the text that answer it under "evidence:", then delete "review: suggested"'
		});
	}
	for (const path of untranslated(question)) {
		warnings.push({
			path,
			message: 'English still to write',
			fix: 'replace "[to translate] …" with the English text'
		});
	}
	return warnings;
}
