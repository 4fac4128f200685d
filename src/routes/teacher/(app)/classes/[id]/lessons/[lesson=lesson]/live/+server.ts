import { json } from '@sveltejs/kit';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { liveReply } from '$lib/server/teacher/dashboard-live';
import { classLesson } from '$lib/server/teacher/class-lesson';
import type { RequestHandler } from './$types';

/**
 * The dashboard's updates every few seconds: 304 when nothing changed since the version the page
 * shows (its ETag, sent back as If-None-Match), else what changed since, or the whole view when
 * the page's version is too old to build on.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const { classroom, lesson, progress, assignment } = await classLesson(locals, params);
	const view = classDashboardView(
		classroom.id,
		lesson,
		progress,
		locals.lang,
		(key) => locals.t(key),
		assignment
	);
	const shown = request.headers.get('if-none-match')?.match(/^(?:W\/)?"([\w-]+)"$/)?.[1] ?? null;
	const reply = liveReply(`${lesson.id}:${classroom.id}:${locals.lang}`, view, shown);
	const headers = { etag: `"${reply.version}"`, 'cache-control': 'private, no-cache' };
	if (reply.unchanged) return new Response(null, { status: 304, headers });
	return json(reply.body, { headers });
};
