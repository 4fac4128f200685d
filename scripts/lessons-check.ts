// npm run lessons:check [-- questions-dir] — validates every lesson and prints all problems as
// file:line:column: what is wrong — how to fix it. Exit code 1 if there is any. Problems are in
// English, or in French when LANG (or LC_ALL, LC_MESSAGES) starts with "fr".
import { resolve } from 'node:path';
import { buildLesson } from '../src/lib/lesson/load';
import { problemIn } from '../src/lib/lesson/problem-text';
import { formatProblem, sortProblems, type Problem } from '../src/lib/lesson/problems';
import { lessonIds, readLessonFolder } from '../src/lib/server/lesson-files';

const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
const lang = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
const questionsDir = resolve(process.argv[2] ?? process.env.QUESTIONS_DIR ?? 'questions');
const ids = lessonIds(questionsDir);
if (ids.length === 0) {
	console.error(
		`No lesson folder in ${questionsDir}. Create one, e.g. questions/my-lesson/lesson.yaml`
	);
	process.exit(1);
}

const problems: Problem[] = [];
for (const id of ids) {
	const result = buildLesson(readLessonFolder(questionsDir, id));
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
for (const problem of sortProblems(problems))
	console.error(formatProblem(problemIn(problem, lang)));
if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s). Fix them and run npm run lessons:check again.`);
	process.exit(1);
}
