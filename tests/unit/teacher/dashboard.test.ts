import { describe, expect, it } from 'vitest';
import { questionHash } from '$lib/quiz/hash';
import type { Question } from '$lib/quiz/schema';
import { markableWords } from '$lib/quiz/words';
import { classDashboard, type QuestionStats } from '$lib/teacher/dashboard';
import {
	claim,
	gap,
	mark,
	match,
	multiple,
	order,
	paragraphs,
	short,
	single
} from '../quiz/fixtures';
import { learner, lessonWith, record } from './fixtures';

// A class of four: Zoé gets most things wrong and retries, élise gets most things right, Marc
// answered an earlier version of the first question before the teacher edited it, and Noé
// joined but never opened the lesson.

const questions: Question[] = [single, multiple, claim, match, mark, gap, short, order];
const lesson = lessonWith(questions);
const hashes = new Map(questions.map((q) => [q.id, questionHash(q)]));
const hash = (q: Question) => hashes.get(q.id)!;
const word = (text: string) => markableWords(paragraphs[1]!).find((w) => w.text === text)!.index;

const right = (q: Question, answer: unknown, attempt = 1) =>
	record(q.id, answer, { correct: true, attempt, hash: hash(q) });
const wrong = (q: Question, answer: unknown, attempt = 1) =>
	record(q.id, answer, { correct: false, attempt, hash: hash(q) });

const zoe = learner('l-zoe', 'Zoé', {
	lastParagraph: 3,
	termsLookedUp: ['bakou', 'pretendre', 'terme-supprime'],
	answers: [
		wrong(single, { type: 'single', option: 'journaliste' }),
		right(single, { type: 'single', option: 'bakou' }, 2),
		wrong(multiple, { type: 'multiple', options: ['aurait-fait', 'dit'] }),
		wrong(claim, { type: 'claim', status: 'established' }),
		wrong(claim, { type: 'claim', status: 'established' }, 2),
		wrong(match, {
			type: 'match',
			pairs: { morts: 'bakou', ligne: 'personne', camions: 'artsakh' }
		}),
		wrong(mark, { type: 'mark', words: [word('prétend'), word('secure')] }),
		wrong(gap, { type: 'gap', text: 'Affirme' }),
		right(gap, { type: 'gap', text: 'prétend' }, 2),
		wrong(short, { type: 'short', text: 'le journaliste' }),
		wrong(order, { type: 'order', items: ['morts', 'operation', 'dementi', 'camions'] })
	]
});

const elise = learner('l-elise', 'élise', {
	lastParagraph: 2,
	termsLookedUp: ['bakou', 'ligne'],
	answers: [
		right(single, { type: 'single', option: 'bakou' }),
		right(multiple, { type: 'multiple', options: ['aurait-fait', 'aurait-ete'] }),
		wrong(claim, { type: 'claim', status: 'contradicted' }),
		right(match, {
			type: 'match',
			pairs: { morts: 'bakou', ligne: 'artsakh', camions: 'personne' }
		}),
		wrong(mark, {
			type: 'mark',
			words: [word('Le'), word('prétend'), word('secure'), word('aurait')]
		}),
		wrong(gap, { type: 'gap', text: 'affirme.' }),
		wrong(short, { type: 'short', text: 'Le  journaliste.' }),
		wrong(short, { type: 'short', text: 'la source' }, 2),
		right(order, { type: 'order', items: ['operation', 'morts', 'dementi', 'camions'] })
	]
});

// Marc's records are not in time order in the file: first and latest go by time.
const marcCurrentRight = right(single, { type: 'single', option: 'bakou' }, 2);
const marcCurrentWrong = record(
	single.id,
	{ type: 'single', option: 'artsakh' },
	{
		correct: false,
		attempt: 1,
		hash: hash(single),
		at: '2026-03-02T08:59:00.000Z'
	}
);
const marc = learner(
	'l-marc',
	'Marc',
	{
		lastParagraph: 1,
		termsLookedUp: ['pretendre', 'bakou', 'armee'],
		answers: [
			record(
				single.id,
				{ type: 'single', option: 'ancienne-option' },
				{
					correct: false,
					attempt: 1,
					hash: 'hash-of-an-earlier-version',
					at: '2026-03-01T10:00:00.000Z'
				}
			),
			record(
				single.id,
				{ type: 'single', option: 'bakou' },
				{
					correct: true,
					attempt: 2,
					hash: 'hash-of-an-earlier-version',
					at: '2026-03-01T10:01:00.000Z'
				}
			),
			marcCurrentRight,
			marcCurrentWrong,
			wrong(short, { type: 'short', text: 'porte parole' }),
			wrong(order, { type: 'order', items: ['operation', 'morts', 'camions', 'dementi'] }),
			record(
				'question-supprimee',
				{ type: 'short', text: 'x' },
				{
					correct: false,
					attempt: 1,
					hash: 'h'
				}
			)
		]
	},
	// Another lesson of the same class: none of it counts here.
	[
		{
			lessonId: 'autre-lecon',
			firstOpenedAt: null,
			lastOpenedAt: null,
			lastParagraph: 7,
			furthestParagraph: 7,
			readToEnd: false,
			termsLookedUp: ['ligne'],
			termLookUps: [{ termId: 'ligne', count: 1 }],
			translationsOpened: [],
			lensesUsed: [],
			answers: [
				{ ...wrong(single, { type: 'single', option: 'artsakh' }), lessonId: 'autre-lecon' }
			]
		}
	]
);

const noe = learner('l-noe', 'Noé', null);

const dashboard = classDashboard(lesson, [zoe, elise, marc, noe], hashes);
const stats = (q: Question): QuestionStats => dashboard.questions.find((s) => s.id === q.id)!;

describe('classDashboard: per question', () => {
	it('lists the questions in quiz order', () => {
		expect(dashboard.lessonId).toBe('karabakh-test');
		expect(dashboard.questions.map((q) => [q.id, q.type, q.skill])).toEqual(
			questions.map((q) => [q.id, q.type, q.skill])
		);
	});

	it('gives the share right on the first try and in the end, per learner who answered', () => {
		expect(stats(single).current).toEqual({
			answered: 3,
			rightFirstTry: 1,
			rightInEnd: 3,
			firstTryShare: 1 / 3,
			endShare: 1,
			answers: 5
		});
		expect(stats(gap).current).toMatchObject({ answered: 2, rightFirstTry: 0, rightInEnd: 1 });
		expect(stats(gap).current.endShare).toBe(0.5);
		expect(stats(claim).current).toMatchObject({ answered: 2, rightInEnd: 0, answers: 3 });
		expect(stats(order).current).toMatchObject({ answered: 3, rightFirstTry: 1, rightInEnd: 1 });
	});

	it('counts answers to an earlier version of an edited question apart', () => {
		// Marc's two answers to the old version are not in `current` (5 answers, 3 learners).
		expect(stats(single).earlier).toEqual({
			versions: 1,
			answered: 1,
			rightFirstTry: 0,
			rightInEnd: 1,
			firstTryShare: 0,
			endShare: 1,
			answers: 2
		});
		expect(stats(multiple).earlier).toBeNull();
		// Its wrong option is not in the spread of the current version.
		expect(JSON.stringify(stats(single).wrong)).not.toContain('ancienne-option');
	});

	it('a question nobody answered has no shares, not 0 %', () => {
		const unanswered = classDashboard(lesson, [noe], hashes).questions[0]!.current;
		expect(unanswered).toEqual({
			answered: 0,
			rightFirstTry: 0,
			rightInEnd: 0,
			firstTryShare: null,
			endShare: null,
			answers: 0
		});
	});
});

describe('classDashboard: the spread of wrong answers', () => {
	it('single choice: learners per wrong option, every wrong option listed', () => {
		expect(stats(single).wrong).toEqual({
			type: 'options',
			chosen: [
				{ value: 'journaliste', learners: 1 },
				{ value: 'artsakh', learners: 1 }
			],
			missed: []
		});
	});

	it('multiple choice: wrong options chosen and right options left out', () => {
		expect(stats(multiple).wrong).toEqual({
			type: 'options',
			chosen: [
				{ value: 'pretend', learners: 0 },
				{ value: 'dit', learners: 1 }
			],
			missed: [
				{ value: 'aurait-fait', learners: 0 },
				{ value: 'aurait-ete', learners: 1 }
			]
		});
	});

	it('claim status: a learner who repeats a wrong status counts once', () => {
		expect(stats(claim).wrong).toEqual({
			type: 'claim',
			chosen: [
				{ value: 'established', learners: 1 },
				{ value: 'contradicted', learners: 1 },
				{ value: 'absent', learners: 0 }
			]
		});
	});

	it('matching: the wrong pairs', () => {
		expect(stats(match).wrong).toEqual({
			type: 'match',
			pairs: [
				{ value: { item: 'ligne', choice: 'personne' }, learners: 1 },
				{ value: { item: 'camions', choice: 'artsakh' }, learners: 1 }
			]
		});
	});

	it('mark the words: words marked outside the targets, and targets missed', () => {
		expect(stats(mark).wrong).toEqual({
			type: 'mark',
			wrongWords: [
				{ value: { word: word('secure'), text: 'secure' }, learners: 2 },
				{ value: { word: word('Le'), text: 'Le' }, learners: 1 }
			],
			missedTargets: [
				{ value: { target: 0, quote: 'prétend' }, learners: 0 },
				{ value: { target: 1, quote: 'aurait été blessé' }, learners: 1 }
			]
		});
	});

	it('gap fill and short answer: typed answers grouped as the grader compares them', () => {
		expect(stats(gap).wrong).toEqual({
			type: 'text',
			answers: [{ value: 'Affirme', learners: 2 }],
			more: 0
		});
		expect(stats(short).wrong).toEqual({
			type: 'text',
			answers: [
				{ value: 'le journaliste', learners: 2 },
				{ value: 'la source', learners: 1 },
				{ value: 'porte parole', learners: 1 }
			],
			more: 0
		});
		const top1 = classDashboard(lesson, [zoe, elise, marc], hashes, { top: 1 });
		expect(top1.questions.find((q) => q.id === short.id)!.wrong).toEqual({
			type: 'text',
			answers: [{ value: 'le journaliste', learners: 2 }],
			more: 2
		});
	});

	it('a question that reads times groups one wrong time however it was typed', () => {
		const time = { ...short, id: 'heure', answers: ['18 heures'], variants: ['times' as const] };
		const timed = new Map([[time.id, questionHash(time)]]);
		const typed = (id: string, text: string) =>
			learner(id, id, {
				answers: [
					record(
						time.id,
						{ type: 'short', text },
						{ correct: false, attempt: 1, hash: timed.get(time.id)! }
					)
				]
			});
		const board = classDashboard(
			lessonWith([time]),
			[
				typed('a', '6 h'),
				typed('b', '6 heures'),
				typed('c', 'six heures du matin'),
				typed('d', '8pm')
			],
			timed
		);
		expect(board.questions[0]!.wrong).toEqual({
			type: 'text',
			answers: [
				{ value: '6 h', learners: 3 },
				{ value: '8pm', learners: 1 }
			],
			more: 0
		});
	});

	it('ordering: the wrong orders given', () => {
		expect(stats(order).wrong).toEqual({
			type: 'order',
			orders: [
				{ value: ['morts', 'operation', 'dementi', 'camions'], learners: 1 },
				{ value: ['operation', 'morts', 'camions', 'dementi'], learners: 1 }
			],
			more: 0
		});
	});
});

describe('classDashboard: per learner', () => {
	it('lists every learner of the class by pseudonym, in French alphabetical order', () => {
		expect(dashboard.learners.map((l) => l.pseudonym)).toEqual(['élise', 'Marc', 'Noé', 'Zoé']);
	});

	it('gives progress through the text and the quiz, and the glossary terms looked up', () => {
		const [e, m, , z] = dashboard.learners;
		expect(z).toMatchObject({
			learnerId: 'l-zoe',
			lastParagraph: 3,
			paragraphs: 3,
			answered: 8,
			questions: 8,
			rightFirstTry: 0,
			rightInEnd: 2,
			// A term no longer in the glossary is not counted.
			termsLookedUp: 2
		});
		expect(e).toMatchObject({ answered: 8, rightFirstTry: 4, rightInEnd: 4, termsLookedUp: 2 });
		expect(m).toMatchObject({ lastParagraph: 1, answered: 3, rightInEnd: 1, termsLookedUp: 3 });
	});

	it('says how far each learner read, not where they last scrolled to', () => {
		const backUp = learner('l-back', 'Lou', { lastParagraph: 1, furthestParagraph: 2 });
		const toEnd = learner('l-end', 'Max', {
			lastParagraph: 1,
			furthestParagraph: 3,
			readToEnd: true
		});
		const [lou, max] = classDashboard(lesson, [backUp, toEnd], hashes).learners;
		expect(lou).toMatchObject({ lastParagraph: 1, furthestParagraph: 2, readToEnd: false });
		expect(max).toMatchObject({ lastParagraph: 1, furthestParagraph: 3, readToEnd: true });
	});

	it('scores every skill of the quiz, in the order of the quiz summary', () => {
		const z = dashboard.learners.find((l) => l.pseudonym === 'Zoé')!;
		expect(z.skills).toEqual([
			{ skill: 'source', right: 1, total: 2 },
			{ skill: 'reporting-verb', right: 1, total: 1 },
			{ skill: 'hedge', right: 0, total: 2 },
			{ skill: 'evidence', right: 0, total: 1 },
			{ skill: 'vocabulary', right: 0, total: 1 },
			{ skill: 'comprehension', right: 0, total: 1 }
		]);
	});

	it('gives each question’s result and attempts, in quiz order', () => {
		const m = dashboard.learners.find((l) => l.pseudonym === 'Marc')!;
		expect(m.questionResults).toEqual([
			// Latest by time is the right answer, though it comes first in the file.
			{ questionId: single.id, status: 'right', attempts: 2 },
			{ questionId: multiple.id, status: 'unanswered', attempts: 0 },
			{ questionId: claim.id, status: 'unanswered', attempts: 0 },
			{ questionId: match.id, status: 'unanswered', attempts: 0 },
			{ questionId: mark.id, status: 'unanswered', attempts: 0 },
			{ questionId: gap.id, status: 'unanswered', attempts: 0 },
			{ questionId: short.id, status: 'wrong', attempts: 1 },
			{ questionId: order.id, status: 'wrong', attempts: 1 }
		]);
		expect(marcCurrentRight.at > marcCurrentWrong.at).toBe(true);
	});

	it('shows a learner who never opened the lesson, with nothing done', () => {
		const n = dashboard.learners.find((l) => l.pseudonym === 'Noé')!;
		expect(n).toMatchObject({
			learnerId: 'l-noe',
			lastParagraph: null,
			answered: 0,
			questions: 8,
			rightFirstTry: 0,
			rightInEnd: 0,
			termsLookedUp: 0
		});
		expect(n.skills.map((s) => [s.skill, s.right, s.total])).toEqual([
			['source', 0, 2],
			['reporting-verb', 0, 1],
			['hedge', 0, 2],
			['evidence', 0, 1],
			['vocabulary', 0, 1],
			['comprehension', 0, 1]
		]);
		expect(n.questionResults.every((r) => r.status === 'unanswered' && r.attempts === 0)).toBe(
			true
		);
	});
});

describe('classDashboard: the class as a whole', () => {
	it('sums each skill over the class', () => {
		expect(dashboard.skills).toEqual([
			// single (3 answered, 2 first try, 3 in the end) + match (2, 1, 1); 4 learners × 2 questions
			{ skill: 'source', questions: 2, possible: 8, answered: 5, rightFirstTry: 2, rightInEnd: 4 },
			{
				skill: 'reporting-verb',
				questions: 1,
				possible: 4,
				answered: 2,
				rightFirstTry: 0,
				rightInEnd: 1
			},
			{ skill: 'hedge', questions: 2, possible: 8, answered: 4, rightFirstTry: 1, rightInEnd: 1 },
			{
				skill: 'evidence',
				questions: 1,
				possible: 4,
				answered: 2,
				rightFirstTry: 0,
				rightInEnd: 0
			},
			{
				skill: 'vocabulary',
				questions: 1,
				possible: 4,
				answered: 3,
				rightFirstTry: 0,
				rightInEnd: 0
			},
			{
				skill: 'comprehension',
				questions: 1,
				possible: 4,
				answered: 3,
				rightFirstTry: 1,
				rightInEnd: 1
			}
		]);
	});

	it('ranks the glossary terms by learners who looked them up', () => {
		expect(dashboard.terms).toEqual([
			{ termId: 'bakou', lemma: 'Bakou', learners: 3 },
			{ termId: 'pretendre', lemma: 'prétendre', learners: 2 },
			// Ties in French alphabetical order: "armée" before "ligne".
			{ termId: 'armee', lemma: 'armée', learners: 1 },
			{ termId: 'ligne', lemma: 'ligne', learners: 1 }
		]);
	});

	it('counts answers to questions removed from the quiz, and only them, apart', () => {
		expect(dashboard.answersToRemovedQuestions).toBe(1);
	});

	it('does not depend on the order learners come in', () => {
		const reversed = classDashboard(lesson, [noe, marc, elise, zoe], hashes);
		expect(reversed.learners).toEqual(dashboard.learners);
		expect(reversed.skills).toEqual(dashboard.skills);
		expect(reversed.questions.map((q) => q.current)).toEqual(
			dashboard.questions.map((q) => q.current)
		);
	});

	it('refuses to guess when a question’s current hash is missing', () => {
		const partial = new Map([...hashes].filter(([id]) => id !== order.id));
		expect(() => classDashboard(lesson, [zoe], partial)).toThrow(/no hash for question "ordre"/);
	});

	it('is an empty dashboard for a class with no learner', () => {
		const empty = classDashboard(lesson, [], hashes);
		expect(empty.learners).toEqual([]);
		expect(empty.terms).toEqual([]);
		expect(empty.skills.every((s) => s.possible === 0 && s.answered === 0)).toBe(true);
		expect(empty.questions.every((q) => q.current.answered === 0 && q.earlier === null)).toBe(true);
	});
});
