// npm run gift:import -- <file.gift> --lesson <id> [--dry-run] — adds Moodle GIFT questions to
// questions/<id>/quiz.yaml as suggestions to review, after printing what is imported and what is
// skipped (line and reason). Nothing is written on an error in the file.
import { checkLanguage } from './lib/lessons-check';
import { giftImport } from './lib/gift';

process.exitCode = await giftImport(
	process.argv.slice(2),
	{ questionsDir: process.env.QUESTIONS_DIR ?? 'questions', lang: checkLanguage(process.env) },
	{ out: (line) => console.log(line), err: (line) => console.error(line) }
);
