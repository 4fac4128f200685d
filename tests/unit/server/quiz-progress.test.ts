import { describe, expect, it } from 'vitest';
import type { Lesson } from '$lib/lesson/load';
import { answersSince, currentHash, QuizProgress, roundStart } from '$lib/server/quiz-progress';
import { quizSummary } from '$lib/server/quiz-views';
import type { AnswerRecord } from '$lib/server/store/types';
import { claim, single } from '../quiz/fixtures';

const lesson = { questions: [single, claim] } as Pick<Lesson, 'questions'> as Lesson;
const answer = (questionId: string, correct: boolean, at: string, attempt = 1): AnswerRecord => ({
	key: `${questionId}-${at}`,
	lessonId: 'l',
	questionId,
	questionHash: currentHash(questionId === single.id ? single : claim),
	answer: null,
	correct,
	attempt,
	at
});

describe('QuizProgress: first try and latest answer', () => {
	it('keeps the first answer apart from the latest, in any stored order', () => {
		const quiz = new QuizProgress(lesson, [
			answer(single.id, true, '2026-11-29T10:05:00.000Z', 2),
			answer(single.id, false, '2026-11-29T10:00:00.000Z', 1)
		]);
		expect(quiz.first.get(single.id)?.correct).toBe(false);
		expect(quiz.latest.get(single.id)?.correct).toBe(true);
		expect(quiz.nextAttempt(single.id)).toBe(3);
	});
});

describe('QuizProgress: the questions the learner is asked', () => {
	const answers = [answer(single.id, true, '2026-11-29T10:00:00.000Z')];
	// Asked only the claim (a class given a choice): the answer to the other question is kept.
	const asked = [{ ...claim, evidenceRanges: [] }];
	const quiz = new QuizProgress(lesson, answers, asked);

	it('shows only those: another one asked for in the address is not', () => {
		expect(quiz.currentIndex(single.id)).toBe(0);
		expect(quiz.currentIndex(claim.id)).toBe(0);
		expect(quiz.complete).toBe(false);
		expect(quiz.latest.has(single.id)).toBe(true);
	});

	it('is complete, and the summary counts, over those questions only', () => {
		const done = new QuizProgress(
			lesson,
			[...answers, answer(claim.id, false, '2026-11-29T10:01:00.000Z')],
			asked
		);
		expect(done.complete).toBe(true);
		expect(done.currentIndex(null)).toBe(-1);
		const summary = quizSummary({ ...lesson, lens: [], paragraphs: [] } as Lesson, done);
		expect(summary.score).toEqual({ total: 1, firstTry: 0, final: 0 });
		expect(summary.skills).toEqual([{ skill: claim.skill, right: 0, total: 1 }]);
	});
});

describe('a round of "redo the whole quiz"', () => {
	it('reads the round from the address, and nothing else', () => {
		expect(roundStart('1764410400000')).toBe('2025-11-29T10:00:00.000Z');
		for (const bad of [null, '', 'abc', '12e3', '-5', '1'.repeat(16)]) {
			expect(roundStart(bad), String(bad)).toBeNull();
		}
	});

	it('asks every question again: only the answers since the round count', () => {
		const answers = [
			answer(single.id, true, '2026-11-29T10:00:00.000Z'),
			answer(claim.id, false, '2026-11-29T10:01:00.000Z'),
			answer(single.id, false, '2026-11-29T11:00:00.000Z', 2)
		];
		const round = new QuizProgress(lesson, answersSince(answers, '2026-11-29T10:30:00.000Z'));
		expect(round.status(single.id)).toBe('wrong');
		expect(round.status(claim.id)).toBe('unanswered');
		expect(round.currentIndex(null)).toBe(1);
		expect(answersSince(answers, null)).toHaveLength(3);
	});
});
