import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { learnerQuiz } from '$lib/server/quiz-path';
import { lensesOpenTo } from '$lib/server/quiz-progress';
import { RateLimiter } from '$lib/server/rate-limit';
import { openingEvents } from '$lib/server/reading-events';
import { NotSavedError } from '$lib/server/store/types';
import type { RequestHandler } from './$types';

// A transparent 1×1 GIF: what the reader page's "opened" image shows (nothing).
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
// Each opening is one write of the learner's file: a pupil opens a page a few times a minute.
const openings = new RateLimiter(30, 60_000);

/**
 * Records that a signed-in learner opened the lesson (and the lens shown): the reader page
 * loads this image only when it is really shown, with JavaScript or without; preloading the
 * page's data on hover writes nothing. Anyone else, or a refused request, gets the image alone.
 */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	const learner = locals.learner;
	if (learner && openings.allow(learner.id)) {
		const db = await store();
		const mine = (await db.getProgress(learner.id))?.lessons.find((p) => p.lessonId === lesson.id);
		const { progress } = await learnerQuiz(db, learner, lesson, mine?.answers ?? []);
		const open = lensesOpenTo(progress, !!mine);
		const events = openingEvents(
			{ key: url.searchParams.get('key'), lens: url.searchParams.get('lens') },
			{ id: lesson.id, openLenses: open },
			new Date()
		);
		try {
			if (events) await db.recordEvents(learner.id, events);
		} catch (cause) {
			// Reading must not depend on the disk: log it, the page is there anyway.
			if (!(cause instanceof NotSavedError)) throw cause;
			console.error(cause.message);
		}
	}
	return new Response(PIXEL, {
		headers: { 'content-type': 'image/gif', 'cache-control': 'no-store' }
	});
};
