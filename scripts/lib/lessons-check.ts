// The body of `npm run lessons:check`, callable in-process (tests, later the lesson studio).
import { resolve } from 'node:path';
import { buildLesson } from '../../src/lib/lesson/load';
import { problemIn } from '../../src/lib/lesson/problem-text';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/lesson/problems';
import { lessonIds, readLessonFolder } from '../../src/lib/server/lesson-files';

export interface CheckOutput {
	/** A line for standard output: one summary per lesson. */
	out(line: string): void;
	/** A line for standard error: problems and warnings. */
	err(line: string): void;
}

/** The language of the messages: French when the locale says so, English otherwise. */
export function checkLanguage(env: NodeJS.ProcessEnv): 'fr' | 'en' {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Validates every lesson folder of `dir` and prints every problem as
 * file:line:column: what is wrong — how to fix it. Returns the exit code: 1 if any problem.
 */
export function checkLessons(dir: string, lang: 'fr' | 'en', output: CheckOutput): number {
	const questionsDir = resolve(dir);
	const ids = lessonIds(questionsDir);
	if (ids.length === 0) {
		output.err(
			`No lesson folder in ${questionsDir}. Create one, e.g. questions/my-lesson/lesson.yaml`
		);
		return 1;
	}
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	for (const id of ids) {
		const result = buildLesson(readLessonFolder(questionsDir, id));
		warnings.push(...result.warnings);
		if (result.lesson) {
			const { lesson } = result;
			output.out(
				`ok  ${id}: ${lesson.paragraphs.length} paragraphs, ${lesson.glossary.length} glossary terms, ` +
					`${lesson.annotations.length} annotations, ${lesson.questions.length} questions`
			);
		} else {
			output.out(`BAD ${id}: ${result.problems.length} problem(s)`);
			problems.push(...result.problems);
		}
	}
	// Warnings do not stop a lesson: they are said, and the exit code stays 0 if nothing else is wrong.
	for (const warning of sortProblems(warnings)) {
		const phrased = problemIn(warning, lang);
		output.err(formatProblem({ ...phrased, message: `warning: ${phrased.message}` }));
	}
	for (const problem of sortProblems(problems)) output.err(formatProblem(problemIn(problem, lang)));
	if (problems.length === 0) return 0;
	output.err(`\n${problems.length} problem(s). Fix them and run npm run lessons:check again.`);
	return 1;
}
