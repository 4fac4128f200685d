import { error } from '@sveltejs/kit';
import { lessons } from '$lib/server/lessons';
import { answerKey } from '$lib/server/teacher/answer-key';
import { teacherOf } from '$lib/server/teacher/guard';
import type { PageServerLoad } from './$types';

export const load = (({ params, locals }) => {
	teacherOf(locals);
	const lesson = lessons.get(params.lesson, { drafts: true });
	if (!lesson) error(404, 'Not Found');
	return {
		/** Title and source, as on the worksheet. */
		lesson: { id: lesson.id, title: lesson.title, level: lesson.level, source: lesson.source },
		/** Every question's answer, feedback and evidence, numbered and lettered as on the sheet. */
		questions: answerKey(lesson)
	};
}) satisfies PageServerLoad;
