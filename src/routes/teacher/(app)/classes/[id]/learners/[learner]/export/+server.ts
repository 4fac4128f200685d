import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { DamagedFileError } from '$lib/server/store/types';
import { ownClassroom } from '$lib/server/teacher/guard';
import type { RequestHandler } from './$types';

/** A learner's data as a JSON file, for the teacher of their class (e.g. a family's request). */
export const GET = (async ({ locals, params }) => {
	const classroom = await ownClassroom(locals, params.id);
	const db = await store();
	const learner = await db.getLearner(params.learner).catch(async (cause: unknown) => {
		if (!(cause instanceof DamagedFileError)) throw cause;
		// A damaged file is given as it is on disk: what can be rescued is the teacher's call.
		const damaged = await db.listDamagedLearners(classroom.id);
		if (!damaged.some((d) => d.learnerId === params.learner)) error(404, 'Not Found');
		const raw = await db.readLearnerFileRaw(params.learner);
		if (raw === null) error(404, 'Not Found');
		return new Response(raw, {
			headers: {
				'content-type': 'application/octet-stream',
				'content-disposition': `attachment; filename="qui-dit-quoi-damaged-${params.learner}.json"`,
				'cache-control': 'private, no-store'
			}
		});
	});
	if (learner instanceof Response) return learner;
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
