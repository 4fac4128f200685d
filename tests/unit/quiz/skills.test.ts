import { describe, expect, it } from 'vitest';
import { quizScore, rereadQuestions, skillSummary, toReread } from '$lib/quiz/skills';
import { claim, gap, mark, multiple, order, single } from './fixtures';

// Skills: single source, multiple hedge, claim evidence, mark hedge, gap reporting-verb,
// order comprehension.
const questions = [order, mark, single, multiple, claim, gap];

describe('skillSummary', () => {
	it('counts right answers per skill, in the schema’s order, only skills with questions', () => {
		const latest = new Map([
			[single.id, { correct: true }],
			[multiple.id, { correct: true }],
			[mark.id, { correct: false }],
			[claim.id, { correct: false }]
		]);
		expect(skillSummary(questions, latest)).toEqual([
			{ skill: 'source', right: 1, total: 1 },
			{ skill: 'reporting-verb', right: 0, total: 1 },
			{ skill: 'hedge', right: 1, total: 2 },
			{ skill: 'evidence', right: 0, total: 1 },
			{ skill: 'comprehension', right: 0, total: 1 }
		]);
	});

	it('is empty without questions', () => {
		expect(skillSummary([], new Map())).toEqual([]);
	});
});

describe('toReread', () => {
	it('lists the evidence of wrong answers only, in quiz order, with the question id', () => {
		const latest = new Map([
			[single.id, { correct: true }],
			[claim.id, { correct: false }],
			[mark.id, { correct: false }]
		]);
		expect(toReread(questions, latest)).toEqual([
			{ questionId: mark.id, skill: 'hedge', anchor: mark.evidence?.[0], evidence: 0 },
			{ questionId: claim.id, skill: 'evidence', anchor: claim.evidence?.[0], evidence: 0 }
		]);
	});

	it('lists nothing when nothing is wrong', () => {
		expect(toReread(questions, new Map())).toEqual([]);
	});
});

describe('quizScore', () => {
	it('counts right at the first try and right in the end, out of every question', () => {
		const first = new Map([
			[single.id, { correct: false }],
			[claim.id, { correct: true }],
			[mark.id, { correct: false }]
		]);
		const latest = new Map([
			[single.id, { correct: true }],
			[claim.id, { correct: true }],
			[mark.id, { correct: false }]
		]);
		expect(quizScore(questions, latest, first)).toEqual({ total: 6, firstTry: 1, final: 2 });
	});
});

describe('rereadQuestions', () => {
	it('gives one line per wrong question, however many passages its evidence has', () => {
		const latest = new Map([
			[single.id, { correct: true }],
			[claim.id, { correct: false }],
			[mark.id, { correct: false }]
		]);
		const evidence: Record<string, number[]> = { [mark.id]: [2, 0, 2], [claim.id]: [1] };
		expect(rereadQuestions(questions, latest, (id) => evidence[id] ?? [])).toEqual([
			{ questionId: mark.id, skill: 'hedge', paragraphs: [1, 3] },
			{ questionId: claim.id, skill: 'evidence', paragraphs: [2] }
		]);
	});
});
