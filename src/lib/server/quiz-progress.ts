import { openLenses, type Lens } from '../lesson/lenses';
import type { Lesson } from '../lesson/load';
import { questionHash } from '../quiz/hash';
import type { Question } from '../quiz/schema';
import type { AnswerRecord } from './store/types';

export type QuestionStatus = 'unanswered' | 'right' | 'wrong';

const hashes = new WeakMap<object, string>();

/** The hash of a question as it is now, computed once per loaded lesson version. */
export function currentHash(question: Question): string {
	let hash = hashes.get(question);
	if (!hash) hashes.set(question, (hash = questionHash(question)));
	return hash;
}

/**
 * A learner's quiz in a lesson, from their stored answers. Answers given to an earlier version
 * of an edited question do not count for the question as it is now.
 */
export class QuizProgress {
	/** Latest answer per question id, for the current version of each question. */
	readonly latest = new Map<string, AnswerRecord>();
	/** First answer per question id, for the current version of each question. */
	readonly first = new Map<string, AnswerRecord>();
	private readonly attempts = new Map<string, number>();

	/**
	 * @param questions the questions this learner is asked (quizPath in $lib/lesson/assignment),
	 *   in the lesson's order; answers to the others are kept but ask nothing
	 */
	constructor(
		readonly lesson: Lesson,
		answers: readonly AnswerRecord[],
		readonly questions: readonly Lesson['questions'][number][] = lesson.questions
	) {
		const byId = new Map(lesson.questions.map((q) => [q.id, q]));
		for (const answer of answers) {
			const question = byId.get(answer.questionId);
			if (!question || answer.questionHash !== currentHash(question)) continue;
			this.attempts.set(answer.questionId, (this.attempts.get(answer.questionId) ?? 0) + 1);
			const previous = this.latest.get(answer.questionId);
			if (!previous || previous.at <= answer.at) this.latest.set(answer.questionId, answer);
			const earliest = this.first.get(answer.questionId);
			if (!earliest || answer.at < earliest.at) this.first.set(answer.questionId, answer);
		}
	}

	status(questionId: string): QuestionStatus {
		const answer = this.latest.get(questionId);
		return answer ? (answer.correct ? 'right' : 'wrong') : 'unanswered';
	}

	/** Number of the next attempt at a question (1 for a first answer). */
	nextAttempt(questionId: string): number {
		return (this.attempts.get(questionId) ?? 0) + 1;
	}

	/**
	 * Which of the learner's questions to show: the one asked for if it is one of them, else the
	 * first not answered yet; -1 when every one has an answer (time for the summary).
	 */
	currentIndex(requested: string | null): number {
		const asked = this.questions.findIndex((q) => q.id === requested);
		if (asked !== -1) return asked;
		return this.questions.findIndex((q) => !this.latest.has(q.id));
	}

	/** Every one of the learner's questions has an answer (as it is now). */
	get complete(): boolean {
		return this.questions.every((q) => this.latest.has(q.id));
	}
}

/**
 * When a "redo the whole quiz" round started, from the `round` query parameter (milliseconds
 * since 1970, as the restart action writes it), or null for anything else.
 */
export function roundStart(param: string | null): string | null {
	if (!param || !/^\d{1,15}$/.test(param)) return null;
	const date = new Date(Number(param));
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The answers that count in a round started at `since` (all of them without a round). */
export const answersSince = (answers: readonly AnswerRecord[], since: string | null) =>
	since ? answers.filter((a) => a.at >= since) : answers;

/**
 * The lenses a learner may use: those the lesson opens from the start, and every lens once
 * each question the learner is asked is answered (a lens answers questions too). `started`: the
 * learner has progress in the lesson (a visitor has none).
 */
export function lensesOpenTo(quiz: QuizProgress, started: boolean): Lens[] {
	return openLenses(quiz.lesson, started && quiz.complete);
}
