// npm run lessons:check [-- questions-dir] — validates every lesson and prints all problems as
// file:line:column: what is wrong — how to fix it. Exit code 1 if there is any.
import { resolve } from 'node:path';
import { buildLesson } from '../src/lib/lesson/load';
import { formatProblem, sortProblems, type Problem } from '../src/lib/lesson/problems';
import { lessonWarnings } from '../src/lib/lesson/warnings';
import { lessonIds, readLessonFolder } from '../src/lib/server/lesson-files';

const questionsDir = resolve(process.argv[2] ?? process.env.QUESTIONS_DIR ?? 'questions');
const ids = lessonIds(questionsDir);
if (ids.length === 0) {
	console.error(
		`No lesson folder in ${questionsDir}. Create one, e.g. questions/my-lesson/lesson.yaml`
	);
	process.exit(1);
}

const problems: Problem[] = [];
const warnings: Problem[] = [];
for (const id of ids) {
	const folder = readLessonFolder(questionsDir, id);
	const result = buildLesson(folder);
	warnings.push(...lessonWarnings(folder));
	if (result.lesson) {
		const { lesson } = result;
		console.log(
			`ok  ${id}: ${lesson.paragraphs.length} paragraphs, ${lesson.glossary.length} glossary terms, ` +
				`${lesson.annotations.length} annotations, ${lesson.questions.length} questions`
		);
	} else {
		console.log(`BAD ${id}: ${result.problems.length} problem(s)`);
		problems.push(...result.problems);
	}
}
// Warnings do not fail the check: the lesson works, but a question may not test reading.
for (const warning of sortProblems(warnings)) console.warn(`warning: ${formatProblem(warning)}`);
for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s). Fix them and run npm run lessons:check again.`);
	process.exit(1);
}
