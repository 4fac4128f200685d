import { fail, redirect } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { readClassName } from '$lib/teacher/class-name';
import { teacherOf } from '$lib/server/teacher/guard';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

/** An invitation link works for a week, once. */
const INVITE_DAYS = 7;

export const load = (async ({ locals }) => {
	const teacher = teacherOf(locals);
	const classrooms = await (await store()).listClassrooms(teacher.id);
	return {
		active: classrooms.filter((c) => !c.archived),
		archived: classrooms.filter((c) => c.archived)
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ request, locals }) => {
		const teacher = teacherOf(locals);
		const read = readClassName((await request.formData()).get('name'));
		const { name } = read;
		const values = { name };
		if (!read.ok) return fail(400, { create: { values, error: read.error } });
		try {
			const classroom = await (await store()).createClassroom(name, teacher.id);
			redirect(303, `/teacher/classes/${classroom.id}`);
		} catch (error) {
			if (error instanceof NotSavedError) {
				return fail(503, { create: { values, error: 'store.notSaved' } });
			}
			throw error;
		}
	},
	invite: async ({ locals, url }) => {
		const teacher = teacherOf(locals);
		const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString();
		try {
			const token = await (await store()).createTeacherInvite(teacher.id, expiresAt);
			return { invite: { link: `${url.origin}/teacher/invite/${token}`, expiresAt } };
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { inviteError: 'store.notSaved' });
			throw error;
		}
	}
} satisfies Actions;
