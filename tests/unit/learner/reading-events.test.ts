import { describe, expect, it } from 'vitest';
import { eventBatch, toReadingEvent } from '$lib/server/reading-events';

describe('reading events from the browser', () => {
	it('accepts the three kinds the reader sends', () => {
		const batch = eventBatch.parse({
			events: [
				{ key: 'abcdefgh-1', type: 'position', paragraph: 4 },
				{ key: 'abcdefgh-2', type: 'term-looked-up', termId: 'cessez-le-feu', how: 'hover' },
				{ key: 'abcdefgh-3', type: 'translation-opened', paragraph: 1 }
			]
		});
		expect(batch.events).toHaveLength(3);
		expect(toReadingEvent(batch.events[0]!, 'karabakh-revenge', new Date(0))).toEqual({
			key: 'abcdefgh-1',
			type: 'position',
			paragraph: 4,
			lessonId: 'karabakh-revenge',
			at: '1970-01-01T00:00:00.000Z'
		});
	});

	it('refuses what the reader never sends: other types, extra fields, bad keys, huge batches', () => {
		const bad = [
			{ events: [] },
			{ events: [{ key: 'abcdefgh', type: 'lesson-opened' }] },
			{ events: [{ key: 'abcdefgh', type: 'position', paragraph: 0 }] },
			{ events: [{ key: 'abcdefgh', type: 'position', paragraph: 2, lessonId: 'other' }] },
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
