import { error } from '@sveltejs/kit';
import { readerView } from '$lib/lesson/reader';
import { lessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	return {
		/** The text, its translation and its glossary; nothing of the quiz. */
		lesson: readerView(lesson)
	};
}) satisfies PageServerLoad;
