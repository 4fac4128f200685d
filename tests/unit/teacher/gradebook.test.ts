import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { gradebookCsv, minutesSpent, type GradebookRow } from '$lib/teacher/gradebook';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes)).toISOString();

describe('minutesSpent', () => {
	it('adds up the time between actions', () => {
		expect(minutesSpent([at(0), at(3), at(7), at(12)])).toBe(12);
	});

	it('counts a long pause as ten minutes at most: a break is not work', () => {
		// 5 minutes, then a pause of two hours (10 counted), then 4 minutes.
		expect(minutesSpent([at(0), at(5), at(125), at(129)])).toBe(19);
	});

	it('reads moments in any order, and needs two of them', () => {
		expect(minutesSpent([at(12), at(0), at(7)])).toBe(12);
		expect(minutesSpent([at(3)])).toBe(0);
		expect(minutesSpent([])).toBe(0);
		expect(minutesSpent(['not a date', at(0), at(2)])).toBe(2);
	});
});

const row = (overrides: Partial<GradebookRow> = {}): GradebookRow => ({
	pseudonym: 'Zoé',
	questions: 5,
	answered: 4,
	rightFirstTry: 2,
	rightInEnd: 3,
	skills: [
		{ right: 2, total: 3 },
		{ right: 1, total: 2 }
	],
	minutes: 17,
	firstActivity: '2026-03-02T09:14:07.000Z',
	lastActivity: '2026-03-02T09:31:00.000Z',
	...overrides
});
const skills = [
	{ name: 'Identifier la source', questions: 3 },
	{ name: 'Le conditionnel', questions: 2 }
];
const readBack = (csv: string, delimiter: string) =>
	parse(csv, { bom: true, delimiter, relax_column_count: false, record_delimiter: '\r\n' });

describe('gradebookCsv', () => {
	it('has one row per pupil: both scores, each skill, time spent, dates in the named zone', () => {
		const csv = gradebookCsv([row(), row({ pseudonym: 'Élise' })], skills, 'fr', 'Europe/Paris');
		expect(csv.startsWith('\uFEFF"Pseudonyme";')).toBe(true);
		const [header, zoe, elise] = readBack(csv, ';');
		expect(header).toEqual([
			'Pseudonyme',
			'Score au premier essai (sur 5)',
			'Score final (sur 5)',
			'Questions répondues',
			'Identifier la source (sur 3)',
			'Le conditionnel (sur 2)',
			'Temps passé (min)',
			'Début (Europe/Paris)',
			'Dernière activité (Europe/Paris)'
		]);
		expect(zoe).toEqual([
			'Zoé',
			'2',
			'3',
			'4',
			'2',
			'1',
			'17',
			'2026-03-02 10:14:07',
			'2026-03-02 10:31:00'
		]);
		expect(elise![0]).toBe('Élise');
	});

	it('speaks English with commas for an English-speaking teacher, and leaves the dates empty for a pupil who did nothing yet', () => {
		const csv = gradebookCsv(
			[row({ firstActivity: null, lastActivity: null, minutes: 0 })],
			skills,
			'en',
			'UTC'
		);
		const [header, line] = readBack(csv, ',');
		expect(header!.slice(0, 3)).toEqual([
			'Pseudonym',
			'First-try score (out of 5)',
			'Final score (out of 5)'
		]);
		expect(header!.at(-1)).toBe('Last activity (UTC)');
		expect(line!.slice(-3)).toEqual(['0', '', '']);
	});

	it('never lets a pseudonym run as a formula', () => {
		const [, line] = readBack(gradebookCsv([row({ pseudonym: '=1+1' })], skills, 'fr', 'UTC'), ';');
		expect(line![0]).toBe("'=1+1");
	});

	it('is a header alone for a class without pupils', () => {
		const csv = gradebookCsv([], skills, 'fr', 'UTC');
		expect(readBack(csv, ';')).toHaveLength(1);
		expect(csv).toContain('Score final (sur 5)');
	});
});
