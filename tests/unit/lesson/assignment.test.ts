import { describe, expect, it } from 'vitest';
import { assignedQuestions, quizPath } from '$lib/lesson/assignment';

// Five questions, the core path three of them (as a lesson's `core:` list gives it).
const lesson = {
	questions: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id })),
	corePath: ['q1', 'q3', 'q4']
};
const ids = (questions: readonly { id: string }[]) => questions.map((q) => q.id);

describe('assignedQuestions', () => {
	it('gives the core path, every question, or the chosen ones', () => {
		expect(ids(assignedQuestions(lesson, { kind: 'core' }))).toEqual(['q1', 'q3', 'q4']);
		expect(ids(assignedQuestions(lesson, { kind: 'all' }))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
		expect(ids(assignedQuestions(lesson, { kind: 'chosen', questionIds: ['q5', 'q2'] }))).toEqual([
			'q2',
			'q5'
		]);
	});

	it('keeps the lesson’s order and leaves out ids the lesson no longer has', () => {
		const chosen = { kind: 'chosen' as const, questionIds: ['q4', 'gone', 'q1', 'q4'] };
		expect(ids(assignedQuestions(lesson, chosen))).toEqual(['q1', 'q4']);
	});

	it('falls back to the core path when none of the chosen questions is left', () => {
		const chosen = { kind: 'chosen' as const, questionIds: ['gone', 'also-gone'] };
		expect(ids(assignedQuestions(lesson, chosen))).toEqual(['q1', 'q3', 'q4']);
	});

	it('a lesson without a core list gives every question as its core path', () => {
		const whole = { questions: lesson.questions, corePath: ids(lesson.questions) };
		expect(ids(assignedQuestions(whole, { kind: 'core' }))).toEqual(ids(lesson.questions));
	});
});

describe('suggested questions', () => {
	// An imported or drafted question waits for a teacher to confirm it (review: suggested).
	const withSuggestions = {
		questions: [{ id: 'q1' }, { id: 'q2', review: 'suggested' }, { id: 'q3' }],
		corePath: ['q1', 'q2']
	};

	it('are never asked, whatever the class is given', () => {
		for (const assignment of [
			{ kind: 'core' as const },
			{ kind: 'all' as const },
			{ kind: 'chosen' as const, questionIds: ['q2', 'q3'] }
		]) {
			expect(ids(assignedQuestions(withSuggestions, assignment))).not.toContain('q2');
		}
		expect(ids(assignedQuestions(withSuggestions, { kind: 'all' }))).toEqual(['q1', 'q3']);
	});

	it('are not offered to a self-learner either', () => {
		const path = quizPath(withSuggestions, null, []);
		expect(ids(path.questions)).toEqual(['q1']);
		expect(ids(path.further)).toEqual(['q3']);
		expect(ids(quizPath(withSuggestions, null, ['q3']).questions)).toEqual(['q1', 'q3']);
	});
});

describe('quizPath', () => {
	it('a pupil gets what the class is given and no offer to go further', () => {
		const chosen = { kind: 'chosen' as const, questionIds: ['q2', 'q5'] };
		// Answers to questions no longer given (or asked for in the address) change nothing.
		expect(quizPath(lesson, chosen, ['q1', 'q3'], 'q1')).toEqual({
			questions: [{ id: 'q2' }, { id: 'q5' }],
			further: []
		});
		expect(quizPath(lesson, { kind: 'core' }, ['q2'], 'q5')).toEqual({
			questions: [{ id: 'q1' }, { id: 'q3' }, { id: 'q4' }],
			further: []
		});
	});

	it('a self-learner starts on the core path, with the rest offered', () => {
		expect(quizPath(lesson, null, ['q1', 'q3'])).toEqual({
			questions: [{ id: 'q1' }, { id: 'q3' }, { id: 'q4' }],
			further: [{ id: 'q2' }, { id: 'q5' }]
		});
	});

	it('a self-learner who opens or answered a question beyond the core gets every question', () => {
		const every = { questions: lesson.questions, further: [] };
		expect(quizPath(lesson, null, [], 'q2')).toEqual(every);
		expect(quizPath(lesson, null, ['q1', 'q5'])).toEqual(every);
		expect(quizPath(lesson, null, [], 'q3').questions).toHaveLength(3);
	});

	it('nothing to offer when the core path is every question', () => {
		const whole = { questions: lesson.questions, corePath: ids(lesson.questions) };
		expect(quizPath(whole, null, [])).toEqual({ questions: lesson.questions, further: [] });
	});
});
