import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/learner-session';
import { store } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a POST (a link could be prefetched or followed by a crawler).
export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) await (await store()).deleteSession(token);
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
} satisfies Actions;
