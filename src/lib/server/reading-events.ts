import { z } from 'zod';
import type { ReadingEvent } from './store/types';

// What the reader's script may send: checked field by field, never trusted as typed.
const key = z.string().regex(/^[\w-]{8,64}$/);
const incoming = z.discriminatedUnion('type', [
	z.strictObject({ key, type: z.literal('position'), paragraph: z.int().min(1).max(500) }),
	z.strictObject({
		key,
		type: z.literal('term-looked-up'),
		termId: z.string().regex(/^[a-z0-9-]{1,80}$/),
		how: z.enum(['click', 'tap', 'focus', 'hover'])
	}),
	z.strictObject({ key, type: z.literal('translation-opened'), paragraph: z.int().min(1).max(500) })
]);

export const eventBatch = z.strictObject({ events: z.array(incoming).min(1).max(100) });

export type IncomingEvent = z.infer<typeof incoming>;

/** Stamps a validated event with its lesson and the server's time. */
export function toReadingEvent(event: IncomingEvent, lessonId: string, at: Date): ReadingEvent {
	return { ...event, lessonId, at: at.toISOString() };
}
