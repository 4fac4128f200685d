import { assignedQuestions } from '$lib/lesson/assignment';
import { lessonSummary, pathTime } from '$lib/lesson/reader';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { classAssignment } from '$lib/server/quiz-path';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const learner = locals.learner;
	const db = learner?.classroomId ? await store() : null;
	return {
		/**
		 * Every lesson that can be read now, by French title; for a pupil, `assigned` is what their
		 * class is given of it (null for anyone else, who sees the core path and the whole quiz).
		 */
		lessons: await Promise.all(
			lessons.list().map(async (lesson) => {
				const assignment = db && learner ? await classAssignment(db, learner, lesson.id) : null;
				return {
					...lessonSummary(lesson),
					assigned: assignment && pathTime(lesson, assignedQuestions(lesson, assignment))
				};
			})
		)
	};
}) satisfies PageServerLoad;
