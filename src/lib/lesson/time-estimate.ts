import type { Question, QuestionType } from '../quiz/schema';

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

// How long a lesson takes a learner of the text's level: reading the text, then for each
// question reading it, doing what its type asks, and reading the feedback. The figures are
// for careful reading of an authentic text in a foreign language, not for native skimming;
// the unit test pins them against the seed lesson (about an hour for a B1 class, all questions).

/** Words a minute, reading carefully, by the text's CEFR level. */
export const WORDS_PER_MINUTE: Record<CefrLevel, number> = {
	A1: 45,
	A2: 60,
	B1: 75,
	B2: 95,
	C1: 120,
	C2: 150
};

/** Seconds of thinking and clicking each type asks for, on top of reading it. */
const ACTION_SECONDS: { [T in QuestionType]: (q: Extract<Question, { type: T }>) => number } = {
	single: () => 15,
	multiple: (q) => 10 + 5 * q.options.length,
	claim: () => 20,
	match: (q) => 10 + 10 * q.items.length,
	mark: () => 30,
	gap: () => 20,
	short: () => 35,
	order: (q) => 15 + 8 * q.items.length
};

/** How much faster feedback is read than the text (it explains; it is not the puzzle). */
const FEEDBACK_SPEEDUP = 1.5;

/** On a phone, typing, scrolling and small targets slow everything down. */
export const PHONE_FACTOR = 1.25;

export interface TimeEstimate {
	/** Reading the text once, in minutes. */
	readingMinutes: number;
	/** The questions, feedback included, in minutes. */
	questionMinutes: number;
	/** Both, rounded up to the next 5 minutes, on a computer and on a phone. */
	totalMinutes: number;
	phoneMinutes: number;
}

const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The French a learner reads to answer a question: prompt, options, items, statement. */
function questionWords(question: Question): number {
	const texts = [question.prompt.fr];
	if ('options' in question) texts.push(...question.options.map((o) => o.text.fr));
	if ('items' in question) texts.push(...question.items.map((i) => i.text.fr));
	if ('choices' in question && question.type === 'match')
		texts.push(...question.choices.map((c) => c.text.fr));
	if (question.type === 'claim') texts.push(question.statement.fr);
	if (question.type === 'gap') texts.push(question.sentence);
	return texts.reduce((sum, t) => sum + words(t), 0);
}

/** Seconds one question takes: reading it, answering, reading the feedback; a marked paragraph is re-read. */
export function questionSeconds(
	question: Question,
	level: CefrLevel,
	paragraphs: readonly string[]
): number {
	const perWord = 60 / WORDS_PER_MINUTE[level];
	const action = (ACTION_SECONDS[question.type] as (q: Question) => number)(question);
	const reread = question.type === 'mark' ? words(paragraphs[question.paragraph - 1] ?? '') : 0;
	// Feedback is read once, after answering, and skimmed faster than the text itself.
	const feedback = words(question.feedback.fr) / FEEDBACK_SPEEDUP;
	return action + perWord * (questionWords(question) + feedback + reread);
}

const upTo5 = (minutes: number) => Math.max(5, Math.ceil(minutes / 5) * 5);

/** The time a lesson (or the chosen part of its quiz) takes at its level. */
export function estimateTime(
	lesson: { level: CefrLevel; paragraphs: readonly string[] },
	questions: readonly Question[]
): TimeEstimate {
	const readingMinutes =
		lesson.paragraphs.reduce((sum, p) => sum + words(p), 0) / WORDS_PER_MINUTE[lesson.level];
	const questionMinutes =
		questions.reduce((sum, q) => sum + questionSeconds(q, lesson.level, lesson.paragraphs), 0) / 60;
	const total = readingMinutes + questionMinutes;
	return {
		readingMinutes: Math.ceil(readingMinutes),
		questionMinutes: Math.ceil(questionMinutes),
		totalMinutes: upTo5(total),
		phoneMinutes: upTo5(total * PHONE_FACTOR)
	};
}
