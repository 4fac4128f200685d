import { assignedQuestions } from '$lib/lesson/assignment';
import { classDashboardView } from '$lib/server/teacher/dashboard-cache';
import { viewVersion } from '$lib/server/teacher/dashboard-live';
import { classLesson } from '$lib/server/teacher/class-lesson';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const { classroom, lesson, progress, assignment } = await classLesson(locals, params);
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
