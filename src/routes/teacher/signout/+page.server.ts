import { redirect } from '@sveltejs/kit';
import { clearTeacherCookie, TEACHER_COOKIE } from '$lib/server/auth/teacher-session';
import { store } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/teacher')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(TEACHER_COOKIE);
		if (token) await (await store()).deleteTeacherSession(token);
		clearTeacherCookie(cookies, url);
		redirect(303, '/teacher/signin');
	}
} satisfies Actions;
