import { error, json } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { liveReply } from '$lib/server/teacher/dashboard-live';
import { ownClassroom } from '$lib/server/teacher/guard';
import type { RequestHandler } from './$types';

/**
 * The dashboard's updates every few seconds: 304 when nothing changed since the version the page
 * shows (its ETag, sent back as If-None-Match), else what changed since, or the whole view when
 * the page's version is too old to build on.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const db = await store();
	const progress = await db.listClassProgress(classroom.id);
	// Counted against what the class is given, as the page itself is.
	const assignment = (await db.getAssignment(classroom.id, lesson.id))!;
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
