import { describe, expect, it } from 'vitest';
import { deriveProgress } from '$lib/server/store/progress';
import { foldEvent, parseLearnerFile, rememberKey } from '$lib/server/store/reading';
import { READING_LIMITS, type LearnerFileV1 } from '$lib/server/store/schema';
import type { Learner, LessonReading, ReadingEvent } from '$lib/server/store/types';

const learner: Learner = {
	id: '00000000-0000-4000-8000-000000000001',
	pseudonym: 'Léa',
	classroomId: null,
	createdAt: '2026-11-25T08:00:00.000Z',
	uiLanguage: null,
	quizLanguage: null
};
const at = (second: number) => new Date(Date.UTC(2026, 10, 25, 9, 0, second)).toISOString();
let n = 0;
const event = (second: number, rest: Record<string, unknown>): ReadingEvent =>
	({ key: `k${n++}`, lessonId: 'a', at: at(second), ...rest }) as ReadingEvent;

describe('the reading summary', () => {
	it('keeps the furthest paragraph and whether the end was reached, not the last scroll', () => {
		const reading: LessonReading[] = [];
		foldEvent(reading, event(1, { type: 'position', paragraph: 3 }));
		foldEvent(reading, event(2, { type: 'reached', paragraph: 8, end: true }));
		foldEvent(reading, event(3, { type: 'position', paragraph: 5 })); // scrolled back up
		expect(reading[0]).toMatchObject({ lastParagraph: 5, furthestParagraph: 8, readToEnd: true });
	});

	it('stays the same size however many events arrive, and within its limits', () => {
		const reading: LessonReading[] = [];
		for (let i = 0; i < 10_000; i++) {
			foldEvent(
				reading,
				event(i % 60, { type: 'term-looked-up', termId: 'obusier', how: 'hover' })
			);
			foldEvent(reading, event(i % 60, { type: 'position', paragraph: 1 + (i % 8) }));
		}
		expect(reading).toHaveLength(1);
		expect(reading[0]!.terms).toEqual([{ termId: 'obusier', count: 10_000, firstAt: at(0) }]);
		expect(JSON.stringify(reading).length).toBeLessThan(1000);

		// Whoever calls the store with made-up names, lessons and terms stop at their limits.
		const flooded: LessonReading[] = [];
		for (let i = 0; i < 5000; i++) {
			foldEvent(flooded, event(0, { type: 'lesson-opened', lessonId: `l${i}` }));
			foldEvent(flooded, event(0, { type: 'term-looked-up', termId: `t${i}`, how: 'tap' }));
		}
		expect(flooded).toHaveLength(READING_LIMITS.lessons);
		expect(flooded.find((r) => r.lessonId === 'a')!.terms).toHaveLength(
			READING_LIMITS.termsPerLesson
		);
	});

	it('remembers only the latest event keys', () => {
		const keys: string[] = [];
		for (let i = 0; i < READING_LIMITS.recentEventKeys + 10; i++) rememberKey(keys, `k${i}`);
		expect(keys).toHaveLength(READING_LIMITS.recentEventKeys);
		expect(keys[0]).toBe('k10');
	});
});

describe('learner files of version 1 (with their log of events)', () => {
	const old: LearnerFileV1 = {
		version: 1,
		learner,
		recoveryHash: 'a'.repeat(64),
		sessionHashes: ['b'.repeat(64)],
		events: [
			event(1, { type: 'lesson-opened' }),
			event(9, { type: 'position', paragraph: 6 }),
			event(5, { type: 'position', paragraph: 2 }),
			event(2, { type: 'term-looked-up', termId: 'obusier', how: 'hover' }),
			event(3, { type: 'term-looked-up', termId: 'obusier', how: 'click' }),
			event(4, { type: 'translation-opened', paragraph: 3 }),
			event(6, { type: 'lens-used', lens: 'sources' })
		],
		answers: [
			{
				key: 'answer-1',
				lessonId: 'a',
				questionId: 'q1',
				questionHash: 'h',
				answer: { type: 'single', option: 'x' },
				correct: true,
				attempt: 1,
				at: at(7)
			}
		]
	};

	it('are read as version 2, with the same progress and nothing else lost', () => {
		const migrated = parseLearnerFile(structuredClone(old));
		expect(migrated.version).toBe(2);
		expect(migrated).toMatchObject({
			learner,
			recoveryHash: old.recoveryHash,
			sessionHashes: old.sessionHashes,
			answers: old.answers,
			recentEventKeys: old.events.map((e) => e.key)
		});
		const [progress] = deriveProgress(migrated).lessons;
		expect(progress).toMatchObject({
			lessonId: 'a',
			firstOpenedAt: at(1),
			lastOpenedAt: at(1),
			lastParagraph: 6,
			furthestParagraph: 6,
			termsLookedUp: ['obusier'],
			termLookUps: [{ termId: 'obusier', count: 2 }],
			translationsOpened: [3],
			lensesUsed: ['sources'],
			answers: old.answers
		});
		// What a version 2 file holds reads back as it is.
		expect(parseLearnerFile(structuredClone(migrated))).toEqual(migrated);
	});

	it('that are damaged are refused with the problem named', () => {
		expect(() => parseLearnerFile({ ...old, events: [{ type: 'position' }] })).toThrow(
			/events\[0\]/
		);
		expect(() => parseLearnerFile({ version: 3 })).toThrow(/version/);
	});
});
