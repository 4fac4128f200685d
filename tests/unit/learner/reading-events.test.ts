import { describe, expect, it } from 'vitest';
import { acceptEvents, eventBatch, openingEvents } from '$lib/server/reading-events';

const lesson = {
	id: 'karabakh-revenge',
	paragraphs: Array.from({ length: 8 }, (_, i) => i + 1),
	glossary: [{ id: 'cessez-le-feu' }, { id: 'obusier' }]
};

describe('reading events from the browser', () => {
	it('accepts the kinds the reader sends, stamped with the lesson and the server’s time', () => {
		const batch = eventBatch.parse({
			events: [
				{ key: 'abcdefgh-1', type: 'position', paragraph: 4 },
				{ key: 'abcdefgh-2', type: 'term-looked-up', termId: 'cessez-le-feu', how: 'hover' },
				{ key: 'abcdefgh-3', type: 'translation-opened', paragraph: 1 },
				{ key: 'abcdefgh-4', type: 'reached', paragraph: 6 }
			]
		});
		expect(batch.events).toHaveLength(4);
		const accepted = acceptEvents(batch.events, lesson, new Date(0));
		expect(accepted[0]).toEqual({
			key: 'abcdefgh-1',
			type: 'position',
			paragraph: 4,
			lessonId: 'karabakh-revenge',
			at: '1970-01-01T00:00:00.000Z'
		});
		expect(accepted[3]).toMatchObject({ type: 'reached', paragraph: 6, end: false });
	});

	it('says "read to the end" only when the last paragraph was reached', () => {
		const [last] = acceptEvents(
			[{ key: 'abcdefgh-1', type: 'reached', paragraph: 8 }],
			lesson,
			new Date(0)
		);
		expect(last).toMatchObject({ paragraph: 8, end: true });
	});

	it('leaves out paragraphs and terms the lesson does not have', () => {
		const accepted = acceptEvents(
			[
				{ key: 'abcdefgh-1', type: 'position', paragraph: 9 },
				{ key: 'abcdefgh-2', type: 'reached', paragraph: 500 },
				{ key: 'abcdefgh-3', type: 'translation-opened', paragraph: 12 },
				{ key: 'abcdefgh-4', type: 'term-looked-up', termId: 'made-up', how: 'tap' },
				{ key: 'abcdefgh-5', type: 'term-looked-up', termId: 'obusier', how: 'tap' }
			],
			lesson,
			new Date(0)
		);
		expect(accepted.map((e) => e.key)).toEqual(['abcdefgh-5']);
	});

	it('refuses what the reader never sends: other types, extra fields, bad keys, huge batches', () => {
		const bad = [
			{ events: [] },
			{ events: [{ key: 'abcdefgh', type: 'lesson-opened' }] },
			{ events: [{ key: 'abcdefgh', type: 'position', paragraph: 0 }] },
			{ events: [{ key: 'abcdefgh', type: 'position', paragraph: 2, lessonId: 'other' }] },
			{ events: [{ key: 'abcdefgh', type: 'reached', paragraph: 2, end: true }] },
			{ events: [{ key: 'a b', type: 'position', paragraph: 2 }] },
			{ events: [{ key: 'abcdefgh', type: 'term-looked-up', termId: '../x', how: 'hover' }] },
			{
				events: Array.from({ length: 101 }, (_, i) => ({
					key: `abcdefgh${i}`,
					type: 'position',
					paragraph: 1
				}))
			}
		];
		for (const input of bad)
			expect(eventBatch.safeParse(input).success, JSON.stringify(input).slice(0, 80)).toBe(false);
	});
});

describe('the opening of a lesson, reported by the page when it is shown', () => {
	const at = new Date('2026-03-12T09:00:00Z');
	const lesson = { id: 'karabakh-revenge', openLenses: ['sources'] };

	it('records the lesson opened under the page view key', () => {
		expect(openingEvents({ key: 'a1b2c3d4-view', lens: null }, lesson, at)).toEqual([
			{ key: 'a1b2c3d4-view', type: 'lesson-opened', lessonId: lesson.id, at: at.toISOString() }
		]);
	});

	it('records the lens shown only when the learner may use it', () => {
		const opened = openingEvents({ key: 'a1b2c3d4-view', lens: 'sources' }, lesson, at);
		expect(opened?.map((e) => e.type)).toEqual(['lesson-opened', 'lens-used']);
		expect(opened?.[1]).toMatchObject({ key: 'a1b2c3d4-view-lens', lens: 'sources' });
		for (const lens of ['claims', 'made-up', '']) {
			const events = openingEvents({ key: 'a1b2c3d4-view', lens }, lesson, at);
			expect(
				events?.map((e) => e.type),
				lens
			).toEqual(['lesson-opened']);
		}
	});

	it('refuses a key the page could not have sent', () => {
		for (const key of [null, '', 'short', 'x'.repeat(49), 'has space in it', '../../etc/passwd'])
			expect(openingEvents({ key, lens: null }, lesson, at), String(key)).toBeNull();
	});
});
