import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { ownClassroom } from '$lib/server/teacher/guard';
import type { RequestHandler } from './$types';

/** A learner's data as a JSON file, for the teacher of their class (e.g. a family's request). */
export const GET = (async ({ locals, params }) => {
	const classroom = await ownClassroom(locals, params.id);
	const db = await store();
	const learner = await db.getLearner(params.learner);
	if (!learner || learner.classroomId !== classroom.id) error(404, 'Not Found');
	const data = await db.exportLearner(learner.id);
	if (!data) error(404, 'Not Found');
	const ascii = learner.pseudonym.normalize('NFD').replace(/[^\w.-]+/g, '_');
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="qui-dit-quoi-${ascii}.json"; filename*=UTF-8''qui-dit-quoi-${encodeURIComponent(learner.pseudonym)}.json`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
