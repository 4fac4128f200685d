import { lessonSummary } from '$lib/lesson/reader';
import { lessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load = (() => {
	return {
		/** Every lesson that can be read now, by French title. */
		lessons: lessons.list().map(lessonSummary)
	};
}) satisfies PageServerLoad;
