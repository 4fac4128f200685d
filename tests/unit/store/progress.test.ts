import { describe, expect, it } from 'vitest';
import { deriveProgress } from '$lib/server/store/progress';
import { foldEvent } from '$lib/server/store/reading';
import type { Learner, LessonReading, ReadingEvent } from '$lib/server/store/types';

const learner: Learner = {
	id: '00000000-0000-4000-8000-000000000001',
	pseudonym: 'Léa',
	classroomId: null,
	createdAt: '2026-11-25T08:00:00.000Z',
	uiLanguage: null,
	quizLanguage: null
};
const at = (minute: number) => `2026-11-25T09:${String(minute).padStart(2, '0')}:00.000Z`;
const event = (minute: number, rest: Record<string, unknown>): ReadingEvent =>
	({ key: `k${minute}`, lessonId: 'a', at: at(minute), ...rest }) as ReadingEvent;
/** The reading summary of events folded in the order they arrive. */
const folded = (events: ReadingEvent[]) => {
	const reading: LessonReading[] = [];
	for (const e of events) foldEvent(reading, e);
	return reading;
};

describe('deriveProgress', () => {
	it('resumes at the latest position by time, even when an older event arrives last', () => {
		const progress = deriveProgress({
			learner,
			reading: folded([
				event(1, { type: 'lesson-opened' }),
				event(5, { type: 'position', paragraph: 6 }),
				event(3, { type: 'position', paragraph: 2 }) // resent late after a network cut
			]),
			answers: []
		});
		expect(progress.lessons[0]).toMatchObject({
			lessonId: 'a',
			lastParagraph: 6,
			furthestParagraph: 6,
			firstOpenedAt: at(1)
		});
	});

	it('counts each term and translation once, terms in look-up order, paragraphs ascending', () => {
		const progress = deriveProgress({
			learner,
			reading: folded([
				event(1, { type: 'term-looked-up', termId: 'obusier', how: 'hover' }),
				event(2, { type: 'term-looked-up', termId: 'cessez-le-feu', how: 'tap' }),
				event(3, { type: 'term-looked-up', termId: 'obusier', how: 'click' }),
				event(4, { type: 'translation-opened', paragraph: 7 }),
				event(5, { type: 'translation-opened', paragraph: 2 }),
				event(6, { type: 'translation-opened', paragraph: 7 })
			]),
			answers: []
		});
		expect(progress.lessons[0]!.termsLookedUp).toEqual(['obusier', 'cessez-le-feu']);
		expect(progress.lessons[0]!.termLookUps).toEqual([
			{ termId: 'obusier', count: 2 },
			{ termId: 'cessez-le-feu', count: 1 }
		]);
		expect(progress.lessons[0]!.translationsOpened).toEqual([2, 7]);
	});

	it('lists the most recently opened lesson first', () => {
		const progress = deriveProgress({
			learner,
			reading: folded([
				event(1, { type: 'lesson-opened', lessonId: 'old' }),
				event(9, { type: 'lesson-opened', lessonId: 'recent' })
			]),
			answers: []
		});
		expect(progress.lessons.map((l) => l.lessonId)).toEqual(['recent', 'old']);
	});
});
