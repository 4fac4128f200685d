import { describe, expect, it } from 'vitest';
import { lessonAsAssigned } from '$lib/lesson/assignment';
import { translatorFor } from '$lib/server/i18n';
import { classOverview } from '$lib/server/teacher/class-overview';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { dashboardView } from '$lib/server/teacher/dashboard-view';
import { gradebook } from '$lib/server/teacher/gradebook';
import { claim, gap, match, short, single } from '../quiz/fixtures';
import { elise, lesson, noe, theClass, zoe } from './class-fixtures';

// The teacher's views counted against what the class is given: Zoé answered the first, second
// and fourth questions; élise the first, second, third and fifth; Noé nothing (class-fixtures).

const fr = translatorFor('fr');
const chosen = { kind: 'chosen' as const, questionIds: [gap.id, single.id] };

describe('the dashboard, against a choice of questions', () => {
	const view = dashboardView(lesson, theClass, 'fr', fr, chosen);

	it('shows only the questions given, numbered as the pupils see them', () => {
		expect(view.questions.map((q) => [q.number, q.id])).toEqual([
			[1, single.id],
			[2, gap.id]
		]);
		expect(view.skills.map((s) => [s.skill, s.questions])).toEqual([
			['source', 1],
			['reporting-verb', 1]
		]);
	});

	it('counts each pupil against the questions given; other answers are kept apart', () => {
		const of = (pseudonym: string) => view.learners.find((l) => l.pseudonym === pseudonym)!;
		expect(of('Zoé')).toMatchObject({ answered: 2, questions: 2, rightInEnd: 2 });
		expect(of('élise')).toMatchObject({ answered: 1, questions: 2, rightInEnd: 1 });
		// Zoé's answer to the claim, élise's to the claim, the matching and (twice) the short one.
		expect(view.answersToUnassignedQuestions).toBe(5);
		// Marc's answer to a question since removed from the lesson stays counted as removed.
		expect(view.answersToRemovedQuestions).toBe(1);
	});

	it('a new choice gives a new view, even with the same progress', () => {
		const before = classDashboardView('c1', lesson, theClass, 'fr', fr, { kind: 'all' });
		const after = classDashboardView('c1', lesson, theClass, 'fr', fr, chosen);
		expect(before.questions).toHaveLength(5);
		expect(after.questions).toHaveLength(2);
		expect(classDashboardView('c1', lesson, theClass, 'fr', fr, chosen)).toBe(after);
	});
});

describe('the gradebook, against a choice of questions', () => {
	it('scores each pupil out of the questions given', () => {
		const { rows, skills } = gradebook(lesson, theClass, chosen);
		const zoeRow = rows.find((r) => r.pseudonym === 'Zoé')!;
		expect(zoeRow).toMatchObject({ questions: 2, answered: 2, rightFirstTry: 0, rightInEnd: 2 });
		expect(skills).toEqual([
			{ skill: 'source', questions: 1 },
			{ skill: 'reporting-verb', questions: 1 }
		]);
	});
});

describe('lessonAsAssigned', () => {
	it('is the same object for the same questions, so views cached by lesson stay cached', () => {
		const a = lessonAsAssigned(lesson, chosen);
		expect(lessonAsAssigned(lesson, { kind: 'chosen', questionIds: [single.id, gap.id] })).toBe(a);
		expect(a.lesson.questions.map((q) => q.id)).toEqual([single.id, gap.id]);
		expect([...a.unassigned]).toEqual([claim.id, match.id, short.id]);
	});
});

describe('classOverview', () => {
	it('counts who finished and what each pupil answered, of the questions given', () => {
		const given = { kind: 'chosen' as const, questionIds: [single.id, claim.id] };
		const { lessons, answered } = classOverview([lesson], [given], [zoe, elise, noe]);
		expect(lessons).toEqual([
			{
				id: lesson.id,
				title: lesson.title,
				assignment: { kind: 'chosen', questions: 2 },
				finished: 2
			}
		]);
		expect(Object.fromEntries(answered)).toEqual({ 'l-zoe': 2, 'l-elise': 2, 'l-noe': 0 });

		const all = classOverview([lesson], [{ kind: 'all' }], [zoe, elise, noe]);
		expect(all.lessons[0]!.finished).toBe(0);
		expect(Object.fromEntries(all.answered)).toEqual({ 'l-zoe': 3, 'l-elise': 4, 'l-noe': 0 });
	});
});
