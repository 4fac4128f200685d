import type { Answer, ClaimStatus } from './answer';
import { findWrongAnswer, matchesAny } from './match';
import type { Question } from './schema';
import { markTargets } from './words';

/** A text in French and English. */
export interface Bilingual {
	fr: string;
	en: string;
}

export interface SingleDetails {
	type: 'single';
	chosen: string;
	/** The (first) correct option. */
	expected: string;
}
export interface MultipleDetails {
	type: 'multiple';
	/** Correct options not chosen, in the question's order. */
	missed: string[];
	/** Wrong options chosen, in the question's order. */
	wrong: string[];
}
export interface ClaimDetails {
	type: 'claim';
	chosen: ClaimStatus;
	expected: ClaimStatus;
}
export interface MatchDetails {
	type: 'match';
	/** Items matched to the wrong choice, in the question's order. */
	wrongItems: string[];
}
export interface MarkDetails {
	type: 'mark';
	/** Indices (in question.targets) of the targets found. */
	found: number[];
	/** Indices (in question.targets) of the targets missed. */
	missed: number[];
	/** Word indices marked outside every target span. */
	wrongWords: number[];
}
export interface TextDetails {
	type: 'gap' | 'short';
	/** The teacher's anticipated wrong answer that was given, if any. */
	knownWrong: string | null;
}
export interface OrderDetails {
	type: 'order';
	/** Items not at their right position, in the order the learner gave. */
	wrongPositions: string[];
}

export type GradeDetails =
	| SingleDetails
	| MultipleDetails
	| ClaimDetails
	| MatchDetails
	| MarkDetails
	| TextDetails
	| OrderDetails;

/** The grade of an answer: right or not, a score, and what to say besides question.feedback. */
export interface Grade {
	correct: boolean;
	/** From 0 to 1. */
	score: number;
	/** Feedback specific to this answer, in the order to show it, besides question.feedback. */
	feedback: Bilingual[];
	details: GradeDetails;
}

type Of<T extends Question['type']> = Extract<Question, { type: T }>;
type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

function gradeSingle(question: Of<'single'>, answer: AnswerOf<'single'>): Grade {
	const chosen = question.options.find((o) => o.id === answer.option);
	const correct = chosen?.correct === true;
	return {
		correct,
		score: correct ? 1 : 0,
		feedback: chosen?.feedback ? [chosen.feedback] : [],
		details: {
			type: 'single',
			chosen: answer.option,
			expected: question.options.find((o) => o.correct)?.id ?? ''
		}
	};
}

function gradeMultiple(question: Of<'multiple'>, answer: AnswerOf<'multiple'>): Grade {
	const chosen = new Set(answer.options);
	const missed = question.options.filter((o) => o.correct && !chosen.has(o.id)).map((o) => o.id);
	const wrong = question.options.filter((o) => !o.correct && chosen.has(o.id)).map((o) => o.id);
	const correctCount = question.options.filter((o) => o.correct).length;
	const rightChosen = correctCount - missed.length;
	// Ids no longer in the question (an answer to an older version) count as wrong choices.
	const stale = answer.options.filter((id) => !question.options.some((o) => o.id === id)).length;
	const wrongChosen = wrong.length + stale;
	let score: number;
	if (question.scoring === 'partial' && correctCount > 0) {
		score = Math.max(0, (rightChosen - wrongChosen) / correctCount);
	} else {
		score = missed.length === 0 && wrongChosen === 0 ? 1 : 0;
	}
	return {
		correct: score === 1,
		score,
		feedback: question.options.flatMap((o) => (chosen.has(o.id) && o.feedback ? [o.feedback] : [])),
		details: { type: 'multiple', missed, wrong }
	};
}

function gradeClaim(question: Of<'claim'>, answer: AnswerOf<'claim'>): Grade {
	const correct = answer.status === question.status;
	const said = question.statusFeedback?.[answer.status];
	return {
		correct,
		score: correct ? 1 : 0,
		feedback: said ? [said] : [],
		details: { type: 'claim', chosen: answer.status, expected: question.status }
	};
}

function gradeMatch(question: Of<'match'>, answer: AnswerOf<'match'>): Grade {
	const wrongItems = question.items
		.filter((item) => answer.pairs[item.id] !== item.answer)
		.map((item) => item.id);
	const score = (question.items.length - wrongItems.length) / question.items.length;
	return {
		correct: wrongItems.length === 0,
		score,
		feedback: [],
		details: { type: 'match', wrongItems }
	};
}

/**
 * Mark in text. A target is found when all its required words are marked; a marked word outside
 * every target span is a wrong mark. Score = max(0, (targets found − wrong marks) / targets):
 * each wrong mark cancels one found target, as a wrong option does in partial multiple choice,
 * so marking every word of the paragraph scores 0.
 */
function gradeMark(
	question: Of<'mark'>,
	answer: AnswerOf<'mark'>,
	paragraphs: readonly string[]
): Grade {
	const resolved = markTargets(question, paragraphs);
	if (!resolved.ok) {
		// The lesson checker refuses such a question; reaching here is a bug, not a learner error.
		throw new Error(
			`question "${question.id}", target ${resolved.target + 1}: ${resolved.problem}`
		);
	}
	const marked = new Set(answer.words);
	const found: number[] = [];
	const missed: number[] = [];
	resolved.targets.forEach((target, t) =>
		(target.required.every((i) => marked.has(i)) ? found : missed).push(t)
	);
	const inSomeSpan = new Set(resolved.targets.flatMap((target) => target.span));
	const wrongWords = [...marked].filter((i) => !inSomeSpan.has(i)).sort((a, b) => a - b);
	const feedback = missed.map((t) => question.targets[t]!.feedback);
	if (wrongWords.length > 0) feedback.push(question.wrongMarkFeedback);
	const score = Math.max(0, (found.length - wrongWords.length) / resolved.targets.length);
	return {
		correct: missed.length === 0 && wrongWords.length === 0,
		score,
		feedback,
		details: { type: 'mark', found, missed, wrongWords }
	};
}

function gradeText(question: Of<'gap'> | Of<'short'>, text: string): Grade {
	const { answers, accents, variants = [], wrongAnswers } = question;
	const correct = matchesAny(text, answers, accents, variants);
	const wrong = correct ? undefined : findWrongAnswer(text, wrongAnswers, accents, variants);
	return {
		correct,
		score: correct ? 1 : 0,
		feedback: wrong ? [wrong.feedback] : [],
		details: { type: question.type, knownWrong: wrong?.answer ?? null }
	};
}

function gradeOrder(question: Of<'order'>, answer: AnswerOf<'order'>): Grade {
	const expected = question.items.map((item) => item.id);
	const wrongPositions = answer.items.filter((id, i) => id !== expected[i]);
	const right = expected.filter((id, i) => answer.items[i] === id).length;
	return {
		correct: right === expected.length && answer.items.length === expected.length,
		score: right / expected.length,
		feedback: [],
		details: { type: 'order', wrongPositions }
	};
}

/**
 * Grades an answer on the server. Answers should come from readAnswer (or the store); ids
 * the question no longer has simply count as wrong.
 *
 * @param paragraphs the French text of every paragraph of the lesson, in order (for `mark`)
 * @throws Error if the answer is for another type of question, or a mark target does not resolve
 */
export function grade(question: Question, answer: Answer, paragraphs: readonly string[]): Grade {
	const mismatch = () =>
		new Error(`cannot grade a ${answer.type} answer to ${question.type} question "${question.id}"`);
	switch (question.type) {
		case 'single':
			if (answer.type !== 'single') throw mismatch();
			return gradeSingle(question, answer);
		case 'multiple':
			if (answer.type !== 'multiple') throw mismatch();
			return gradeMultiple(question, answer);
		case 'claim':
			if (answer.type !== 'claim') throw mismatch();
			return gradeClaim(question, answer);
		case 'match':
			if (answer.type !== 'match') throw mismatch();
			return gradeMatch(question, answer);
		case 'mark':
			if (answer.type !== 'mark') throw mismatch();
			return gradeMark(question, answer, paragraphs);
		case 'gap':
			if (answer.type !== 'gap') throw mismatch();
			return gradeText(question, answer.text);
		case 'short':
			if (answer.type !== 'short') throw mismatch();
			return gradeText(question, answer.text);
		case 'order':
			if (answer.type !== 'order') throw mismatch();
			return gradeOrder(question, answer);
	}
}
