import { error, json } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { eventBatch, toReadingEvent } from '$lib/server/reading-events';
import { NotSavedError } from '$lib/server/store/types';
import type { RequestHandler } from './$types';

/**
 * The reader's progress reports (paragraph reached, glossary look-ups, translations opened).
 * JSON endpoints escape SvelteKit's CSRF check, so the origin is checked here.
 */
export const POST: RequestHandler = async ({ request, params, locals, url }) => {
	if (request.headers.get('origin') !== url.origin) error(403, 'Cross-site request refused');
	if (!locals.learner) error(401, 'Not signed in');
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');

	const parsed = eventBatch.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'Malformed events');
	const db = await store();
	const now = new Date();
	let recorded = 0;
	try {
		for (const event of parsed.data.events) {
			if (await db.recordEvent(locals.learner.id, toReadingEvent(event, lesson.id, now)))
				recorded++;
		}
	} catch (cause) {
		// The client keeps unsaved events and sends them again; keys make the retry safe.
		if (cause instanceof NotSavedError) return json({ saved: false, recorded }, { status: 503 });
		throw cause;
	}
	return json({ saved: true, recorded });
};
