import { fail, redirect } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { NotFoundError, NotSavedError } from '$lib/server/store/types';
import { ownClassroom } from '$lib/server/teacher/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const classroom = await ownClassroom(locals, params.id);
	const progress = await (await store()).listClassProgress(classroom.id);
	return {
		classroom: { id: classroom.id, name: classroom.name, archived: classroom.archived },
		/** Pupils whose data goes with the class. */
		learners: progress.length,
		/** Lessons with a results page, to download the class's results before deleting. */
		lessons: lessons.list().map((l) => ({ id: l.id, title: l.title }))
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params }) => {
		const classroom = await ownClassroom(locals, params.id);
		const form = await request.formData();
		if (form.get('confirm') !== 'yes')
			return fail(400, { error: 'teacher.deleteClass.confirmNeeded' });
		try {
			await (await store()).deleteClassroom(classroom.id);
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { error: 'store.notSaved' });
			if (!(error instanceof NotFoundError)) throw error;
		}
		redirect(303, `/teacher?deleted=${encodeURIComponent(classroom.name)}`);
	}
} satisfies Actions;
