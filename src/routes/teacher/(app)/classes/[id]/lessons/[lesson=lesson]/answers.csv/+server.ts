import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { attachment } from '$lib/server/teacher/attachment';
import { serverTimeZone } from '$lib/server/teacher/gradebook';
import { ownClassroom } from '$lib/server/teacher/guard';
import { answerRows } from '$lib/server/teacher/learner-answers';
import { answersCsv } from '$lib/teacher/csv';
import type { RequestHandler } from './$types';

/** Every answer of the class in this lesson, one row each, as a file LibreOffice and Excel open. */
export const GET = (async ({ params, locals }) => {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const progress = await (await store()).listClassProgress(classroom.id);
	const rows = answerRows(lesson, progress, locals.lang, (key) => locals.t(key));
	return new Response(answersCsv(rows, locals.lang, serverTimeZone()), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment(`${classroom.name}-${lesson.id}`, 'csv'),
			// Pupils' answers: never kept by a shared school proxy or the browser's cache.
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
