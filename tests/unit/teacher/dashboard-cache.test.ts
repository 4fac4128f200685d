import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '$lib/server/store/types';
import { translatorFor } from '$lib/server/i18n';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { dashboardView } from '$lib/server/teacher/dashboard-view';
import { short, single } from '../quiz/fixtures';
import { questions, theClass, withMore, wrong, zoe } from './class-fixtures';
import { learner, lessonWith } from './fixtures';

// The view kept between the dashboard's 10-second updates. Each test has its own lesson object,
// so views kept by one test never answer another.

const fr = translatorFor('fr');
const en = translatorFor('en');

/** The class as the store gives it on every read: new objects, same content. */
const reread = (progress: readonly LearnerProgress[]): LearnerProgress[] =>
	structuredClone([...progress]);

describe('classDashboardView', () => {
	it('gives the same view again while nobody in the class did anything', () => {
		const lesson = lessonWith(questions);
		const first = classDashboardView('c1', lesson, theClass, 'fr', fr);
		expect(first).toEqual(dashboardView(lesson, theClass, 'fr', fr));
		expect(classDashboardView('c1', lesson, reread(theClass), 'fr', fr)).toBe(first);
	});

	it('gives a fresh view as soon as a learner answers', () => {
		const lesson = lessonWith(questions);
		const before = classDashboardView('c1', lesson, theClass, 'fr', fr);
		const zoeAgain = withMore(zoe, wrong(short, { type: 'short', text: 'Bakou' }));
		const progress = theClass.map((p) => (p === zoe ? zoeAgain : p));
		const after = classDashboardView('c1', lesson, progress, 'fr', fr);
		expect(after).not.toBe(before);
		expect(after.learners.find((l) => l.pseudonym === 'Zoé')!.answered).toBe(3 + 1);
		expect(after.questions[4]!.current.answered).toBe(before.questions[4]!.current.answered + 1);
		// And that new view is the one kept.
		expect(classDashboardView('c1', lesson, reread(progress), 'fr', fr)).toBe(after);
	});

	it('gives a fresh view when a learner reads on, looks a word up or joins the class', () => {
		const lesson = lessonWith(questions);
		const before = classDashboardView('c1', lesson, theClass, 'fr', fr);
		const moved = (change: Partial<LearnerProgress['lessons'][number]>) =>
			theClass.map((p) =>
				p === zoe ? { ...zoe, lessons: [{ ...zoe.lessons[0]!, ...change }] } : p
			);

		const readOn = classDashboardView('c1', lesson, moved({ lastParagraph: 4 }), 'fr', fr);
		expect(readOn).not.toBe(before);
		expect(readOn.learners.find((l) => l.pseudonym === 'Zoé')!.lastParagraph).toBe(4);

		const lookedUp = moved({ lastParagraph: 4, termsLookedUp: ['bakou', 'pretendre', 'armee'] });
		const withTerm = classDashboardView('c1', lesson, lookedUp, 'fr', fr);
		expect(withTerm).not.toBe(readOn);
		expect(withTerm.terms.map((t) => t.termId)).toContain('armee');

		const newcomer = learner('l-yann', 'Yann', null);
		const joined = classDashboardView('c1', lesson, [...lookedUp, newcomer], 'fr', fr);
		expect(joined).not.toBe(withTerm);
		expect(joined.learners.map((l) => l.pseudonym)).toContain('Yann');
	});

	it('keeps a view per class and per language', () => {
		const lesson = lessonWith(questions);
		const french = classDashboardView('c1', lesson, theClass, 'fr', fr);
		const english = classDashboardView('c1', lesson, theClass, 'en', en);
		expect(english).not.toBe(french);
		expect(english.questions[0]!.prompt).toBe('Question qui-parle?');
		const otherClass = classDashboardView('c2', lesson, [zoe], 'fr', fr);
		expect(otherClass.learners.map((l) => l.pseudonym)).toEqual(['Zoé']);
		// Neither displaced the first class's French view.
		expect(classDashboardView('c1', lesson, theClass, 'fr', fr)).toBe(french);
		expect(classDashboardView('c2', lesson, [zoe], 'fr', fr)).toBe(otherClass);
	});

	it('never gives the view of a lesson since edited', () => {
		const lesson = lessonWith(questions);
		const before = classDashboardView('c1', lesson, theClass, 'fr', fr);
		const reworded = { ...single, prompt: { fr: 'Qui parle ici ?', en: 'Who speaks here?' } };
		const edited = lessonWith([reworded, ...questions.slice(1)]);
		const after = classDashboardView('c1', edited, theClass, 'fr', fr);
		expect(after).not.toBe(before);
		expect(after.questions[0]!.prompt).toBe('Qui parle ici ?');
		// Every earlier answer to the reworded question now counts as to an earlier version.
		expect(after.questions[0]!.current.answered).toBe(0);
		expect(after.questions[0]!.earlier).toMatchObject({ answered: 3, versions: 2 });
	});

	it('keeps the views of 8 classes per lesson: a ninth class pushes the first one out', () => {
		const lesson = lessonWith(questions);
		const classes = Array.from({ length: 9 }, (_, i) => `c${i + 1}`);
		const kept = new Map(
			classes.map((id) => [id, classDashboardView(id, lesson, [zoe], 'fr', fr)])
		);
		const c1 = classDashboardView('c1', lesson, [zoe], 'fr', fr);
		expect(c1).not.toBe(kept.get('c1'));
		expect(c1).toEqual(kept.get('c1'));
		// Computing c1 again pushed c2 out in turn; c9, the latest, is still kept.
		expect(classDashboardView('c9', lesson, [zoe], 'fr', fr)).toBe(kept.get('c9'));
	});
});
