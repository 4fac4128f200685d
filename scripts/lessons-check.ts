// npm run lessons:check [-- questions-dir] — validates every lesson and prints all problems as
// file:line:column: what is wrong — how to fix it. Exit code 1 if there is any. Problems are in
// English, or in French when LANG (or LC_ALL, LC_MESSAGES) starts with "fr".
import { checkLanguage, checkLessons } from './lib/lessons-check';

process.exitCode = checkLessons(
	process.argv[2] ?? process.env.QUESTIONS_DIR ?? 'questions',
	checkLanguage(process.env),
	{ out: (line) => console.log(line), err: (line) => console.error(line) }
);
