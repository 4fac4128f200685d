import { redirect } from '@sveltejs/kit';
import { clearTeacherCookie, TEACHER_COOKIE } from '$lib/server/auth/teacher-session';
import { store } from '$lib/server/db';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/teacher')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(TEACHER_COOKIE);
		// The cookie goes first: on a shared laptop, signing out must work even on a full disk.
		clearTeacherCookie(cookies, url);
		if (token) {
			try {
				await (await store()).deleteTeacherSession(token);
			} catch (error) {
				if (!(error instanceof NotSavedError)) throw error;
				console.error(`Signed out, but the session could not be removed: ${error.message}`);
			}
		}
		redirect(303, '/teacher/signin');
	}
} satisfies Actions;
