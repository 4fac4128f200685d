import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { attachment } from '$lib/server/teacher/attachment';
import { gradebook, serverTimeZone } from '$lib/server/teacher/gradebook';
import { ownClassroom } from '$lib/server/teacher/guard';
import { gradebookCsv } from '$lib/teacher/gradebook';
import type { RequestHandler } from './$types';

/** One row per pupil of the class in this lesson: scores, skills and time, for a marks book. */
export const GET = (async ({ params, locals }) => {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const db = await store();
	const progress = await db.listClassProgress(classroom.id);
	// Scores against what the class is given, as the dashboard counts them.
	const assignment = (await db.getAssignment(classroom.id, lesson.id))!;
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
