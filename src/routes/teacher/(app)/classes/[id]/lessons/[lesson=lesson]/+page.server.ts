import { error } from '@sveltejs/kit';
import { assignedQuestions } from '$lib/lesson/assignment';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { viewVersion } from '$lib/server/teacher/dashboard-live';
import { ownClassroom } from '$lib/server/teacher/guard';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const db = await store();
	// Reads this class's learner files only: other classes cost nothing here.
	const progress = await db.listClassProgress(classroom.id);
	const assignment = (await db.getAssignment(classroom.id, lesson.id))!;
	const lang = locals.lang;
	const dashboard = classDashboardView(
		classroom.id,
		lesson,
		progress,
		lang,
		(key) => locals.t(key),
		assignment
	);
	return {
		/** The class: its name for the heading, its code for the empty-class message. */
		classroom: { id: classroom.id, name: classroom.name, code: classroom.code },
		/** The lesson's title in the teacher's language. */
		lesson: { id: lesson.id, title: lesson.title[lang] },
		/** What the class is given, which everything below counts against. */
		assignment: {
			kind: assignment.kind,
			questions: assignedQuestions(lesson, assignment).length
		},
		/** Per question given, per learner, per skill and the terms looked up, in the teacher's words. */
		dashboard,
		/** The figures' version, which the live updates start from. */
		version: viewVersion(dashboard),
		/** When the figures were read, shown as "figures as of …". */
		readAt: new Date().toISOString()
	};
}) satisfies PageServerLoad;
