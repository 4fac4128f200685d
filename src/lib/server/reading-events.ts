import { z } from 'zod';
import { LENS_NAMES } from '../lesson/lens-names';
import type { ReadingEvent } from './store/types';

// What the reader's script may send: checked field by field, never trusted as typed, and then
// against the lesson itself (its paragraphs, its glossary) before anything reaches the store.
const key = z.string().regex(/^[\w-]{8,64}$/);
const paragraph = z.int().min(1).max(500);
const incoming = z.discriminatedUnion('type', [
	z.strictObject({ key, type: z.literal('position'), paragraph }),
	z.strictObject({ key, type: z.literal('reached'), paragraph }),
	z.strictObject({
		key,
		type: z.literal('term-looked-up'),
		termId: z.string().regex(/^[a-z0-9-]{1,80}$/),
		how: z.enum(['click', 'tap', 'focus', 'hover'])
	}),
	z.strictObject({ key, type: z.literal('translation-opened'), paragraph })
]);

/** The most events one request may carry: the reader sends a few every couple of seconds. */
export const MAX_BATCH = 100;

export const eventBatch = z.strictObject({ events: z.array(incoming).min(1).max(MAX_BATCH) });

export type IncomingEvent = z.infer<typeof incoming>;

/** What of a lesson the events are checked against. */
export interface LessonShape {
	id: string;
	paragraphs: readonly unknown[];
	glossary: readonly { id: string }[];
}

/**
 * The events that refer to the lesson's real paragraphs and glossary terms, stamped with the
 * lesson and the server's time; the others are left out (a made-up term would otherwise take
 * room in the learner's file). A paragraph seen that is the last one means "read to the end".
 */
export function acceptEvents(
	events: readonly IncomingEvent[],
	lesson: LessonShape,
	at: Date
): ReadingEvent[] {
	const paragraphs = lesson.paragraphs.length;
	const terms = new Set(lesson.glossary.map((term) => term.id));
	const stamp = { lessonId: lesson.id, at: at.toISOString() };
	const accepted: ReadingEvent[] = [];
	for (const event of events) {
		switch (event.type) {
			case 'position':
			case 'translation-opened':
				if (event.paragraph <= paragraphs) accepted.push({ ...event, ...stamp });
				break;
			case 'reached':
				if (event.paragraph <= paragraphs) {
					accepted.push({ ...event, ...stamp, end: event.paragraph === paragraphs });
				}
				break;
			case 'term-looked-up':
				if (terms.has(event.termId)) accepted.push({ ...event, ...stamp });
				break;
		}
	}
	return accepted;
}

/**
 * What the reader page's "opened" image reports when the browser really shows the page (a link
 * merely preloaded on hover loads no image): the lesson opened, and the lens shown if the
 * learner may use it. The page's key makes a reload of the same view count once. Null: the
 * key is not one the page could have sent.
 */
export function openingEvents(
	sent: { key: string | null; lens: string | null },
	lesson: { id: string; openLenses: readonly string[] },
	at: Date
): ReadingEvent[] | null {
	const checked = key.safeParse(sent.key);
	if (!checked.success || checked.data.length > 48) return null;
	const stamp = { lessonId: lesson.id, at: at.toISOString() };
	const events: ReadingEvent[] = [{ key: checked.data, type: 'lesson-opened', ...stamp }];
	const lens = LENS_NAMES.find((name) => name === sent.lens && lesson.openLenses.includes(name));
	if (lens) events.push({ key: `${checked.data}-lens`, type: 'lens-used', lens, ...stamp });
	return events;
}
