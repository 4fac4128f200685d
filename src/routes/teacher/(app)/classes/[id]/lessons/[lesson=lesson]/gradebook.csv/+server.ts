import { store } from '$lib/server/db';
import { attachment } from '$lib/server/teacher/attachment';
import { gradebook, serverTimeZone } from '$lib/server/teacher/gradebook';
import { gradebookCsv } from '$lib/teacher/gradebook';
import { classLesson } from '$lib/server/teacher/class-lesson';
import type { RequestHandler } from './$types';

/** One row per pupil of the class in this lesson: scores, skills and time, for a marks book. */
export const GET = (async ({ params, locals }) => {
	const { classroom, lesson, progress, assignment } = await classLesson(locals, params);
	const { rows, skills } = gradebook(lesson, progress, assignment);
	const named = skills.map((s) => ({
		name: locals.t(`quiz.skill.${s.skill}`),
		questions: s.questions
	}));
	const csv = gradebookCsv(rows, named, locals.lang, serverTimeZone());
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment(
				`${classroom.name}-${lesson.id}-${locals.t('teacher.gradebook.file')}`,
				'csv'
			),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
