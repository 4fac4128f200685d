import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '$lib/server/i18n';
import {
	answerReader,
	answerRows,
	answersOf,
	questionText
} from '$lib/server/teacher/learner-answers';
import { answersCsv, localDateTime } from '$lib/teacher/csv';
import { claim, gap, match, short, single } from '../quiz/fixtures';
import { elise, lesson, marc, marcLatest, noe, theClass, zoe } from './class-fixtures';

const fr = translatorFor('fr');
const en = translatorFor('en');

describe('questionText', () => {
	it('gives the prompt alone when it says it all', () => {
		expect(questionText(single, 'fr')).toEqual({ prompt: 'Question qui-parle ?', detail: null });
		expect(questionText(match, 'en')).toEqual({ prompt: 'Question qui-dit-quoi?', detail: null });
	});

	it('adds a claim’s statement, in the teacher’s language', () => {
		expect(questionText(claim, 'fr')).toEqual({
			prompt: 'Question statut-morts ?',
			detail: { text: 'L’opération a fait trois morts.', lang: 'fr' }
		});
		expect(questionText(claim, 'en').detail).toEqual({
			text: 'The operation killed three.',
			lang: 'en'
		});
	});

	it('adds a gap’s sentence, always in French', () => {
		expect(questionText(gap, 'en')).toEqual({
			prompt: 'Question trou-verbe?',
			detail: { text: 'Le porte-parole ___ que la ligne est sûre.', lang: 'fr' }
		});
	});
});

describe('answersOf', () => {
	it('reads a learner’s answers in words, in quiz order then try by try', () => {
		const answers = answersOf(lesson, zoe, answerReader(lesson, 'fr'));
		expect(
			answers.map(({ question, text, correct, attempt, earlier }) => [
				question,
				text,
				correct,
				attempt,
				earlier
			])
		).toEqual([
			[0, 'Le journaliste', false, 1, false],
			[0, 'Bakou', true, 2, false],
			[1, 'Présenté comme un fait par le journaliste', false, 1, false],
			[3, 'affirme', false, 1, false],
			[3, 'prétend', true, 2, false]
		]);
	});

	it('flags answers to an earlier version, puts them by time, and leaves out removed questions and other lessons', () => {
		const answers = answersOf(lesson, marc, answerReader(lesson, 'en'));
		expect(answers).toEqual([
			{
				question: 0,
				text: '[ancienne-option]',
				correct: false,
				attempt: 1,
				at: '2026-03-01T10:00:00.000Z',
				earlier: true
			},
			{
				question: 0,
				text: 'Baku',
				correct: true,
				attempt: 2,
				at: '2026-03-01T10:01:00.000Z',
				earlier: true
			},
			{ question: 0, text: 'Baku', correct: true, attempt: 1, at: marcLatest.at, earlier: false }
		]);
	});

	it('is empty for a learner who never opened the lesson', () => {
		expect(answersOf(lesson, noe, answerReader(lesson, 'fr'))).toEqual([]);
	});

	it('reads the same answer the same way each time it comes up', () => {
		const reader = answerReader(lesson, 'fr');
		expect(reader.indexOf.get(gap.id)).toBe(3);
		expect(reader.indexOf.has('question-supprimee')).toBe(false);
		const answer = { type: 'match', pairs: { morts: 'bakou', ligne: 'personne' } };
		const text = 'trois morts → Bakou ; la ligne est sûre → Personne ; camions détruits → —';
		expect(reader.text(2, answer)).toBe(text);
		expect(reader.text(2, structuredClone(answer))).toBe(text);
	});
});

describe('answerRows (the CSV export)', () => {
	const rows = answerRows(lesson, theClass, 'fr', fr);

	it('has one row per answer to a question of the quiz, by pseudonym then in quiz order', () => {
		// élise 5, Marc 3 (not his answer to a removed question), Noé none, Zoé 5.
		expect(rows).toHaveLength(13);
		expect(rows.map((r) => [r.pseudonym, r.questionId, r.attempt])).toEqual([
			['élise', single.id, 1],
			['élise', claim.id, 1],
			['élise', match.id, 1],
			['élise', short.id, 1],
			['élise', short.id, 2],
			['Marc', single.id, 1],
			['Marc', single.id, 2],
			['Marc', single.id, 1],
			['Zoé', single.id, 1],
			['Zoé', single.id, 2],
			['Zoé', claim.id, 1],
			['Zoé', gap.id, 1],
			['Zoé', gap.id, 2]
		]);
		expect(rows.every((r) => r.lessonId === 'karabakh-test')).toBe(true);
	});

	it('words the question, the skill and the answer in the teacher’s language', () => {
		const [, eliseClaim, eliseMatch] = rows;
		expect(eliseClaim).toEqual({
			pseudonym: 'élise',
			lessonId: 'karabakh-test',
			questionId: claim.id,
			questionText: 'Question statut-morts ? — L’opération a fait trois morts.',
			skill: 'Les preuves',
			answer: 'Affirmé par un camp, non vérifié',
			correct: true,
			attempt: 1,
			at: elise.lessons[0]!.answers[1]!.at,
			questionVersion: 'current'
		});
		expect(eliseMatch!.answer).toBe(
			'trois morts → Bakou ; la ligne est sûre → Artsakh ; camions détruits → Personne'
		);
		const english = answerRows(lesson, theClass, 'en', en);
		expect(english[1]).toMatchObject({
			questionText: 'Question statut-morts? — The operation killed three.',
			skill: 'Evidence',
			answer: 'Claimed by one side, not verified'
		});
		// A gap's sentence stays French, as the learners read it.
		expect(english.find((r) => r.questionId === gap.id)).toMatchObject({
			questionText: 'Question trou-verbe? — Le porte-parole ___ que la ligne est sûre.',
			skill: 'Reporting verbs',
			answer: 'affirme'
		});
	});

	it('marks answers to an earlier version of the question', () => {
		const marcs = rows.filter((r) => r.pseudonym === 'Marc');
		expect(marcs.map((r) => [r.answer, r.correct, r.questionVersion])).toEqual([
			['[ancienne-option]', false, 'earlier'],
			['Bakou', true, 'earlier'],
			['Bakou', true, 'current']
		]);
		expect(rows.filter((r) => r.questionVersion === 'earlier')).toHaveLength(2);
	});

	it('does not depend on the order the store gives the learners in', () => {
		expect(answerRows(lesson, [noe, marc, zoe, elise], 'fr', fr)).toEqual(rows);
	});

	it('is empty for a class with no answers, and the CSV then has its header only', () => {
		expect(answerRows(lesson, [noe], 'fr', fr)).toEqual([]);
		expect(
			answersCsv(answerRows(lesson, [], 'fr', fr))
				.trim()
				.split('\r\n')
		).toHaveLength(1);
	});

	it('opens as a spreadsheet with a line per answer, in the teacher’s words', () => {
		const csv = answersCsv(rows, 'fr');
		// The separator is the one Excel expects in the teacher's language: csv.test.ts checks it.
		const delimiter = /Pseudonyme"?(.)/.exec(csv)![1];
		const table: string[][] = parse(csv, { bom: true, delimiter });
		expect(table).toHaveLength(1 + 13);
		expect(table[0]).toContain('Version de la question');
		expect(table.slice(1).map((line) => line.at(-1))).toEqual([
			...Array<string>(5).fill('actuelle'),
			'antérieure',
			'antérieure',
			...Array<string>(6).fill('actuelle')
		]);
		expect(table[12]).toEqual([
			'Zoé',
			'karabakh-test',
			gap.id,
			'Question trou-verbe ? — Le porte-parole ___ que la ligne est sûre.',
			'Les verbes qui rapportent',
			'affirme',
			'non',
			'1',
			localDateTime(zoe.lessons[0]!.answers[3]!.at, 'UTC'),
			'actuelle'
		]);
	});
});
