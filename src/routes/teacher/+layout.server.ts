import { teacherMessagesFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	/** The teacher area's strings, on top of the site's. */
	teacherMessages: teacherMessagesFor(locals.lang),
	/** The signed-in teacher, for the area's header; null on the sign-in pages. */
	teacher: locals.teacher ? { name: locals.teacher.name } : null
})) satisfies LayoutServerLoad;
