// npm run gift:export -- <id> [--fr-only] [--out file.gift] — writes the lesson's quiz in Moodle's
// GIFT format, French and English in multilang spans (French only with --fr-only).
import { checkLanguage } from './lib/lessons-check';
import { giftExport } from './lib/gift';

process.exitCode = giftExport(
	process.argv.slice(2),
	{ questionsDir: process.env.QUESTIONS_DIR ?? 'questions', lang: checkLanguage(process.env) },
	{ out: (line) => process.stdout.write(`${line}\n`), err: (line) => console.error(line) }
);
