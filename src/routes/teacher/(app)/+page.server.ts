import { fail, redirect } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { teacherOf } from '$lib/server/teacher/guard';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

/** An invitation link works for a week, once. */
const INVITE_DAYS = 7;
const CLASS_NAME_MAX = 60;

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
		const form = await request.formData();
		const name = String(form.get('name') ?? '')
			.replace(/\s+/g, ' ')
			.trim();
		const values = { name };
		if (!name) return fail(400, { create: { values, error: 'teacher.home.errors.nameMissing' } });
		if ([...name].length > CLASS_NAME_MAX) {
			return fail(400, { create: { values, error: 'teacher.home.errors.nameLong' } });
		}
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
