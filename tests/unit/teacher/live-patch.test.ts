import { describe, expect, it } from 'vitest';
import { applyPatch, diffView, printView } from '$lib/teacher/live-patch';

const print = (view: object) => printView(view, (value) => JSON.stringify(value));
const before = {
	learners: [
		{ id: 'a', answers: 1 },
		{ id: 'b', answers: 0 }
	],
	questions: [{ id: 'q1', answered: 1 }],
	moreTerms: 0
};

describe('dashboard updates as changes', () => {
	it('sends only the rows and values that changed, and rebuilds the same view', () => {
		const after = {
			...before,
			learners: [before.learners[0], { id: 'b', answers: 1 }],
			moreTerms: 2
		};
		const patch = diffView(print(before), after, print(after));
		expect(patch).toEqual({
			learners: { length: 2, rows: { 1: { id: 'b', answers: 1 } } },
			moreTerms: { value: 2 }
		});
		expect(applyPatch(before, patch)).toEqual(after);
	});

	it('is empty when nothing changed', () => {
		expect(diffView(print(before), before, print(before))).toEqual({});
		expect(applyPatch(before, {})).toEqual(before);
	});

	it('follows a list that grows or shrinks (a pupil joins, a question is removed)', () => {
		const grown = { ...before, learners: [...before.learners, { id: 'c', answers: 0 }] };
		const shrunk = { ...before, learners: [before.learners[0]] };
		for (const after of [grown, shrunk]) {
			const patch = diffView(print(before), after, print(after));
			expect(applyPatch(before, patch)).toEqual(after);
		}
		expect(JSON.parse(JSON.stringify(diffView(print(before), shrunk, print(shrunk))))).toEqual({
			learners: { length: 1, rows: {} }
		});
	});

	it('survives the trip through JSON and leaves the shown view untouched', () => {
		const after = { ...before, questions: [{ id: 'q1', answered: 2 }] };
		const patch = JSON.parse(JSON.stringify(diffView(print(before), after, print(after))));
		const copy = structuredClone(before);
		expect(applyPatch(before, patch)).toEqual(after);
		expect(before).toEqual(copy);
	});
});
