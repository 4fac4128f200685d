import { error } from '@sveltejs/kit';
import { lessons } from '$lib/server/lessons';
import { teacherOf } from '$lib/server/teacher/guard';
import { worksheet } from '$lib/server/teacher/worksheet';
import type { PageServerLoad } from './$types';

export const load = (({ params, locals, url }) => {
	teacherOf(locals);
	const lesson = lessons.get(params.lesson, { drafts: true });
	if (!lesson) error(404, 'Not Found');
	const short = url.searchParams.has('short');
	return {
		/** What pupils get on paper: the text, its vocabulary notes and the questions; no key. */
		sheet: worksheet(lesson, { short }),
		/** The short sheet: the core path, and only the vocabulary its questions need. */
		short
	};
}) satisfies PageServerLoad;
