import { describe, expect, it } from 'vitest';
import { readAssignmentForm } from '$lib/teacher/assignment-form';

const lesson = ['q1', 'q2', 'q3', 'q4'];

describe('readAssignmentForm', () => {
	it('reads the core path and every question, whatever boxes are ticked', () => {
		expect(readAssignmentForm({ kind: 'core', questions: ['q2'] }, lesson)).toEqual({
			ok: true,
			assignment: { kind: 'core' }
		});
		expect(readAssignmentForm({ kind: 'all', questions: [] }, lesson)).toEqual({
			ok: true,
			assignment: { kind: 'all' }
		});
	});

	it('reads a choice in the lesson’s order, each question once', () => {
		expect(readAssignmentForm({ kind: 'chosen', questions: ['q3', 'q1', 'q3'] }, lesson)).toEqual({
			ok: true,
			assignment: { kind: 'chosen', questionIds: ['q1', 'q3'] }
		});
	});

	it('refuses an empty choice, keeping the kind', () => {
		expect(readAssignmentForm({ kind: 'chosen', questions: [] }, lesson)).toEqual({
			ok: false,
			error: 'teacher.assignment.errors.noneChosen',
			kind: 'chosen',
			chosen: []
		});
	});

	it('refuses a question the lesson no longer has, keeping what was ticked', () => {
		expect(readAssignmentForm({ kind: 'chosen', questions: ['q2', 'gone'] }, lesson)).toEqual({
			ok: false,
			error: 'teacher.assignment.errors.unknownQuestion',
			kind: 'chosen',
			chosen: ['q2']
		});
	});

	it('refuses a missing or unknown kind, keeping what was ticked', () => {
		for (const kind of [null, '', 'some', 42]) {
			expect(readAssignmentForm({ kind, questions: ['q4'] }, lesson)).toEqual({
				ok: false,
				error: 'teacher.assignment.errors.kindMissing',
				kind: null,
				chosen: ['q4']
			});
		}
	});
});
