import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../i18n/languages';

/** One answer of one learner, with what a teacher needs to read it in a spreadsheet. */
export interface AnswerRow {
	pseudonym: string;
	lessonId: string;
	questionId: string;
	/** The question's prompt, in the teacher's language. */
	questionText: string;
	/** The skill the question trains (its id or its name in the teacher's language). */
	skill: string;
	/** The learner's answer in words (answerText), in the teacher's language. */
	answer: string;
	correct: boolean;
	/** 1 for the first try at the question, 2 for the second… */
	attempt: number;
	/** When the answer was given, ISO 8601. */
	at: string;
	/** Whether the answer was to the question as it is now or to an earlier version of it. */
	questionVersion: 'current' | 'earlier';
}

const columns = [
	'pseudonym',
	'lessonId',
	'questionId',
	'questionText',
	'skill',
	'answer',
	'correct',
	'attempt',
	'at',
	'questionVersion'
] as const satisfies readonly (keyof AnswerRow)[];

// The spreadsheet is for the teacher: column names and yes/no in their language.
const headers: Record<Lang, Record<(typeof columns)[number], string>> = {
	fr: {
		pseudonym: 'Pseudonyme',
		lessonId: 'Leçon',
		questionId: 'Question (id)',
		questionText: 'Question',
		skill: 'Compétence',
		answer: 'Réponse',
		correct: 'Juste',
		attempt: 'Essai',
		at: 'Date',
		questionVersion: 'Version de la question'
	},
	en: {
		pseudonym: 'Pseudonym',
		lessonId: 'Lesson',
		questionId: 'Question (id)',
		questionText: 'Question',
		skill: 'Skill',
		answer: 'Answer',
		correct: 'Right',
		attempt: 'Attempt',
		at: 'Date',
		questionVersion: 'Question version'
	}
};

/** The list separator of Excel in each language's usual regional settings. */
export const CSV_SEPARATOR: Record<Lang, string> = { fr: ';', en: ',' };

const words: Record<Lang, { yes: string; no: string; current: string; earlier: string }> = {
	fr: { yes: 'oui', no: 'non', current: 'actuelle', earlier: 'antérieure' },
	en: { yes: 'yes', no: 'no', current: 'current', earlier: 'earlier' }
};

/**
 * The answers as a CSV file that LibreOffice and Excel open as they are: UTF-8 with a byte
 * order mark (else Excel reads accents as Windows-1252), CRLF line endings, a header row, and
 * the separator Excel expects in the teacher's language (French Excel splits on `;`, English on
 * `,`). Every cell is quoted, so a typed answer with a line break or a separator stays one
 * cell; a cell starting with = + - @ tab or carriage return gets a leading apostrophe, so a
 * pseudonym or a typed answer can never run as a formula (OWASP, CSV injection).
 *
 * @param lang the teacher's language, for the header row and the yes/no cells
 */
export function answersCsv(rows: readonly AnswerRow[], lang: Lang = 'fr'): string {
	const say = words[lang];
	const records = rows.map((row) => ({
		...row,
		correct: row.correct ? say.yes : say.no,
		attempt: String(row.attempt),
		questionVersion: say[row.questionVersion]
	}));
	return stringify(records, {
		bom: true,
		header: true,
		columns: columns.map((key) => ({ key, header: headers[lang][key] })),
		delimiter: CSV_SEPARATOR[lang],
		record_delimiter: 'windows',
		quoted: true,
		escape_formulas: true
	});
}
