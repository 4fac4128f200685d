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

/**
 * A moment as a spreadsheet reads it, in the given time zone: `2026-03-02 10:14:07`. Sortable,
 * recognised as a date by LibreOffice and Excel; the zone is named in the column's header.
 *
 * @param timeZone an IANA zone (`Europe/Paris`), the server's own where the class is
 */
export function localDateTime(iso: string, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(new Date(iso))
			.map((part) => [part.type, part.value])
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A date column's header with its time zone, so nobody reads local times as UTC. */
export const dateHeader = (header: string, timeZone: string) => `${header} (${timeZone})`;

/** The options every export of the teacher area shares (see answersCsv). */
export function csvOptions(lang: Lang) {
	return {
		bom: true,
		header: true,
		delimiter: CSV_SEPARATOR[lang],
		record_delimiter: 'windows',
		quoted: true,
		escape_formulas: true
	} as const;
}

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
 * @param timeZone the zone the dates are written in (the server's), named in the header
 */
export function answersCsv(
	rows: readonly AnswerRow[],
	lang: Lang = 'fr',
	timeZone: string = 'UTC'
): string {
	const say = words[lang];
	const records = rows.map((row) => ({
		...row,
		correct: row.correct ? say.yes : say.no,
		attempt: String(row.attempt),
		at: localDateTime(row.at, timeZone),
		questionVersion: say[row.questionVersion]
	}));
	return stringify(records, {
		...csvOptions(lang),
		columns: columns.map((key) => ({
			key,
			header: key === 'at' ? dateHeader(headers[lang][key], timeZone) : headers[lang][key]
		}))
	});
}
