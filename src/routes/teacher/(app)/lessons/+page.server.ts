import { lessonSummary } from '$lib/lesson/reader';
import { lessons } from '$lib/server/lessons';
import { teacherOf } from '$lib/server/teacher/guard';
import { sortProblems } from '$lib/lesson/problems';
import type { PageServerLoad } from './$types';

export const load = (({ locals }) => {
	teacherOf(locals);
	const problems = lessons.problems();
	return {
		lessons: lessons.list().map((lesson) => ({
			...lessonSummary(lesson),
			questions: lesson.questions.length,
			/** Files broken now: the last valid version is what pupils get meanwhile. */
			broken: problems.has(lesson.id)
		})),
		/** Lessons whose files do not validate now, each problem with its file, line and column. */
		problems: [...problems].map(([id, list]) => ({ id, problems: sortProblems(list) }))
	};
}) satisfies PageServerLoad;
