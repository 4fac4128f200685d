import { lessonSummary } from '$lib/lesson/reader';
import { lessons } from '$lib/server/lessons';
import { teacherOf } from '$lib/server/teacher/guard';
import { problemIn } from '$lib/lesson/problem-text';
import { sortProblems } from '$lib/lesson/problems';
import type { PageServerLoad } from './$types';

export const load = (({ locals }) => {
	teacherOf(locals);
	const problems = lessons.problems();
	return {
		lessons: lessons.list({ drafts: true }).map((lesson) => ({
			...lessonSummary(lesson),
			questions: lesson.questions.length,
			/** Pupils do not see a draft; the list says so with a badge. */
			draft: lesson.status === 'draft',
			/** Files broken now: the last valid version is what pupils get meanwhile. */
			broken: problems.has(lesson.id)
		})),
		/**
		 * Lessons whose files do not validate now, each problem with its file, line and column, in
		 * the teacher's language (`lang` says which: rules without translation stay in English).
		 */
		problems: [...problems].map(([id, list]) => ({
			id,
			problems: sortProblems(list).map((problem) => {
				const { file, line, column, message, fix, lang } = problemIn(problem, locals.lang);
				return { file, line, column, message, fix, lang };
			})
		}))
	};
}) satisfies PageServerLoad;
