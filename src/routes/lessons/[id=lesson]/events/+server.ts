import { error, json } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { RateLimiter } from '$lib/server/rate-limit';
import { MAX_BATCH, acceptEvents, eventBatch } from '$lib/server/reading-events';
import { NotSavedError } from '$lib/server/store/types';
import type { RequestHandler } from './$types';

// A reader sends a batch every few seconds at most; a script flooding the endpoint is slowed
// down before it costs other pupils anything (each batch is one write of the learner's file).
const batches = new RateLimiter(60, 60_000);
const events = new RateLimiter(10 * MAX_BATCH, 60_000);

/**
 * The reader's progress reports (paragraph reached, glossary look-ups, translations opened).
 * JSON endpoints escape SvelteKit's CSRF check, so the origin is checked here.
 */
export const POST: RequestHandler = async ({ request, params, locals, url }) => {
	if (request.headers.get('origin') !== url.origin) error(403, 'Cross-site request refused');
	if (!locals.learner) error(401, 'Not signed in');
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	const learnerId = locals.learner.id;
	if (!batches.allow(learnerId)) error(429, 'Too many reports, slow down');

	const parsed = eventBatch.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'Malformed events');
	const accepted = acceptEvents(parsed.data.events, lesson, new Date());
	for (let i = 0; i < accepted.length; i++) {
		if (!events.allow(learnerId)) error(429, 'Too many reports, slow down');
	}
	try {
		const recorded = await (await store()).recordEvents(learnerId, accepted);
		return json({ saved: true, recorded, ignored: parsed.data.events.length - accepted.length });
	} catch (cause) {
		// The client keeps unsaved events and sends them again; keys make the retry safe.
		if (cause instanceof NotSavedError) return json({ saved: false, recorded: 0 }, { status: 503 });
		throw cause;
	}
};
