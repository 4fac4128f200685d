import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Every page of the teacher area needs a teacher session (actions are refused in hooks).
export const load = (({ locals, url }) => {
	if (!locals.teacher) {
		redirect(303, `/teacher/signin?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return {};
}) satisfies LayoutServerLoad;
