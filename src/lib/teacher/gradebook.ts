import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../i18n/languages';
import { csvOptions, dateHeader, localDateTime } from './csv';

// The gradebook: one row per pupil for one lesson, to paste into a school's marks software.

/** A pause longer than this between two actions is a break, not time spent on the lesson. */
export const IDLE_MINUTES = 10;

/**
 * Minutes spent on a lesson, from the moments the learner did something in it (opened it, read,
 * answered): the sum of the gaps between consecutive moments, each gap counted up to
 * IDLE_MINUTES only (a pupil who left and came back the next day did not work all night).
 * Rounded to the nearest minute; 0 for fewer than two moments.
 */
export function minutesSpent(moments: readonly string[]): number {
	const times = moments.map((iso) => Date.parse(iso)).filter(Number.isFinite);
	times.sort((a, b) => a - b);
	let total = 0;
	for (let i = 1; i < times.length; i++) {
		total += Math.min(times[i]! - times[i - 1]!, IDLE_MINUTES * 60_000);
	}
	return Math.round(total / 60_000);
}

export interface GradebookRow {
	pseudonym: string;
	/** Questions of the quiz, answered or not. */
	questions: number;
	answered: number;
	/** Questions right at the first try. */
	rightFirstTry: number;
	/** Questions whose latest answer is right. */
	rightInEnd: number;
	/** Right in the end, per skill, in the order of `skills` given to gradebookCsv. */
	skills: { right: number; total: number }[];
	minutes: number;
	/** First and last moment of activity in the lesson, ISO 8601; null if none. */
	firstActivity: string | null;
	lastActivity: string | null;
}

const words = {
	fr: {
		pseudonym: 'Pseudonyme',
		firstTry: (n: number) => `Score au premier essai (sur ${n})`,
		final: (n: number) => `Score final (sur ${n})`,
		answered: 'Questions répondues',
		skill: (name: string, n: number) => `${name} (sur ${n})`,
		minutes: 'Temps passé (min)',
		first: 'Début',
		last: 'Dernière activité'
	},
	en: {
		pseudonym: 'Pseudonym',
		firstTry: (n: number) => `First-try score (out of ${n})`,
		final: (n: number) => `Final score (out of ${n})`,
		answered: 'Questions answered',
		skill: (name: string, n: number) => `${name} (out of ${n})`,
		minutes: 'Time spent (min)',
		first: 'Started',
		last: 'Last activity'
	}
} as const;

/**
 * The gradebook as a CSV file, written as answersCsv writes the answers (UTF-8 with BOM, CRLF,
 * the teacher's separator, every cell quoted, formulas neutralised): scores as plain numbers,
 * with what they are out of in the header; dates in `timeZone`, named in the header.
 *
 * @param skills the quiz's skills, in column order: their names in the teacher's language and
 *   how many questions each has
 */
export function gradebookCsv(
	rows: readonly GradebookRow[],
	skills: readonly { name: string; questions: number }[],
	lang: Lang,
	timeZone: string
): string {
	const say = words[lang];
	const questions = rows[0]?.questions ?? skills.reduce((sum, s) => sum + s.questions, 0);
	const header = [
		say.pseudonym,
		say.firstTry(questions),
		say.final(questions),
		say.answered,
		...skills.map((s) => say.skill(s.name, s.questions)),
		say.minutes,
		dateHeader(say.first, timeZone),
		dateHeader(say.last, timeZone)
	];
	const date = (iso: string | null) => (iso ? localDateTime(iso, timeZone) : '');
	const records = rows.map((row) => [
		row.pseudonym,
		String(row.rightFirstTry),
		String(row.rightInEnd),
		String(row.answered),
		...row.skills.map((s) => String(s.right)),
		String(row.minutes),
		date(row.firstActivity),
		date(row.lastActivity)
	]);
	// Header and rows written alike: the header's cells are quoted and neutralised too.
	return stringify([header, ...records], { ...csvOptions(lang), header: false });
}
