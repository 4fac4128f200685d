import { describe, expect, it } from 'vitest';
import { questionProblems, questionWarnings } from '$lib/lesson/quiz-rules';
import { question } from '$lib/quiz/schema';

const paragraphs = [
	'Bakou affirme avoir détruit des positions.',
	'Des positions à Lachin auraient été la cible de tirs d’armes légères.'
];
const base = {
	id: 'q',
	skill: 'hedge',
	prompt: { fr: 'Q ?', en: 'Q?' },
	feedback: { fr: 'Parce que.', en: 'Because.' },
	evidence: [{ quote: 'Bakou affirme' }]
};
const option = (id: string, correct = false) => ({ id, text: { fr: id, en: id }, correct });
const problems = (input: object) =>
	questionProblems(question.parse({ ...base, ...input }), paragraphs);

describe('question rules the schema cannot say', () => {
	it('a single choice needs exactly one correct option', () => {
		expect(problems({ type: 'single', options: [option('a', true), option('b')] })).toEqual([]);
		expect(problems({ type: 'single', options: [option('a'), option('b')] })[0]).toMatchObject({
			path: ['options'],
			fix: 'add "correct: true" to the right option'
		});
		expect(
			problems({ type: 'single', options: [option('a', true), option('b', true)] })[0]?.fix
		).toMatch(/type: multiple/);
	});

	it('option ids are unique; a multiple choice has a correct option', () => {
		const found = problems({ type: 'multiple', options: [option('a'), option('a')] });
		expect(found.map((p) => p.message)).toEqual([
			'the option id "a" is used twice',
			'no option is marked correct'
		]);
	});

	it('a matching answer must be one of the choices', () => {
		const found = problems({
			type: 'match',
			choices: [
				{ id: 'bakou', text: { fr: 'Bakou', en: 'Baku' } },
				{ id: 'osce', text: { fr: 'OSCE', en: 'OSCE' } }
			],
			items: [
				{ id: 'i1', text: { fr: 'x', en: 'x' }, answer: 'bakou' },
				{ id: 'i2', text: { fr: 'y', en: 'y' }, answer: 'moscou' }
			]
		});
		expect(found).toEqual([
			{
				path: ['items', 1, 'answer'],
				message: '"moscou" is not one of the choices',
				fix: 'use one of: bakou, osce'
			}
		]);
	});

	it('a drop-down gap offers an accepted answer', () => {
		const gap = {
			type: 'gap',
			sentence: 'Bakou ___ avoir détruit…',
			mode: 'choose',
			answers: ['affirme']
		};
		expect(problems({ ...gap, choices: ['affirme', 'dément'] })).toEqual([]);
		expect(problems({ ...gap, choices: ['dément'] })[0]?.message).toMatch(
			/include an accepted answer/
		);
		expect(problems(gap)[0]?.path).toEqual(['mode']);
	});

	it('marked spans are found in the question’s paragraph, and their words in the span', () => {
		const mark = {
			type: 'mark',
			paragraph: 2,
			wrongMarkFeedback: { fr: 'Non.', en: 'No.' },
			targets: [
				{
					anchor: { quote: 'auraient été la cible' },
					words: ['auraient', 'été'],
					feedback: { fr: 'a', en: 'a' }
				}
			]
		};
		expect(problems(mark)).toEqual([]);
		expect(problems({ ...mark, paragraph: 1 })[0]?.message).toMatch(/not found in paragraph 1/);
		expect(problems({ ...mark, paragraph: 9 })[0]?.message).toMatch(/paragraph 9 does not exist/);
		const badWord = problems({
			...mark,
			targets: [{ ...mark.targets[0], words: ['serait'] }]
		});
		expect(badWord[0]).toMatchObject({ path: ['targets', 0, 'words', 0] });
		expect(badWord[0]?.message).toMatch(
			/"serait" is not a word of the marked span "auraient été la cible"/
		);
	});

	it('refuses every mark target the grader would refuse (one check, shared)', () => {
		const found = problems({
			type: 'mark',
			paragraph: 2,
			wrongMarkFeedback: { fr: 'Non.', en: 'No.' },
			targets: [{ anchor: { quote: 'auraient été', paragraph: 1 }, feedback: { fr: 'a', en: 'a' } }]
		});
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ path: ['targets', 0, 'anchor'] });
		expect(found[0]?.message).toMatch(/question marks words in paragraph 2/);
	});
});

describe('question warnings: an id that gives the answer away', () => {
	const typed = { type: 'short', accents: 'forgiven' };
	const warnings = (input: object) =>
		questionWarnings(question.parse({ ...base, ...typed, ...input }));

	it('warns when the id contains an accepted answer as a whole word, after normalisation', () => {
		for (const [id, answers] of [
			['fight-combat', ['combat', 'positions de combat']],
			['secure-sure', ['sûre', 'sécurisée']],
			['supply-source', ['source']],
			['positions-de-combat', ['Positions de combat']],
			['at-6pm', ['18 heures', '6pm']]
		] as const) {
			expect(warnings({ id, answers }), id).toEqual([
				expect.objectContaining({
					path: ['id'],
					message: expect.stringContaining('accepted answer')
				})
			]);
		}
	});

	it('names the answer it found and says how to fix it', () => {
		const [warning] = warnings({ id: 'supply-source', answers: ['source'] });
		expect(warning?.message).toContain('"source"');
		expect(warning?.fix).toMatch(/rename the question/);
	});

	it('reads numbers as numbers when the question accepts number variants', () => {
		expect(warnings({ id: 'two-killed', answers: ['deux'], variants: ['numbers'] })).toHaveLength(
			1
		);
		expect(warnings({ id: 'two-killed', answers: ['deux'] })).toEqual([]);
	});

	it('does not warn for part of a word, for a wrong answer, or for other question types', () => {
		expect(warnings({ id: 'fight-in-french', answers: ['combat', 'positions de combat'] })).toEqual(
			[]
		);
		expect(warnings({ id: 'resource-question', answers: ['source'] })).toEqual([]);
		expect(
			warnings({
				id: 'secure-in-french',
				answers: ['sûre'],
				wrongAnswers: [{ answer: 'secure', feedback: { fr: 'Non.', en: 'No.' } }]
			})
		).toEqual([]);
		const single = question.parse({
			...base,
			id: 'a-b',
			type: 'single',
			options: [option('a', true), option('b')]
		});
		expect(questionWarnings(single)).toEqual([]);
	});
});

describe('warnings: a question answerable without reading the text', () => {
	const choice = (id: string, fr: string, correct = false) => ({
		id,
		text: { fr, en: id },
		correct
	});
	const warnings = (input: object) => questionWarnings(question.parse({ ...base, ...input }));
	const careful = 'C’est ce que dit Bakou ; le journaliste ne le garantit pas, il le rapporte.';

	it('warns when the right option is much longer than every wrong one, pointing at it', () => {
		const found = warnings({
			type: 'single',
			options: [
				choice('a', 'Le journaliste.'),
				choice('b', careful, true),
				choice('c', 'Personne.')
			]
		});
		expect(found).toEqual([
			{
				path: ['options', 1, 'text', 'fr'],
				message: expect.stringContaining(
					'the right option is much longer than the wrong ones (75 characters in French, the longest wrong one 15)'
				),
				fix: expect.stringContaining('shorten the right option')
			}
		]);
	});

	it('says nothing when the options are of comparable length, or the right one is short', () => {
		expect(
			warnings({
				type: 'single',
				options: [
					choice('a', 'Le journaliste l’a vu sur place et le raconte lui-même, sans source.'),
					choice('b', careful, true)
				]
			})
		).toEqual([]);
		// Longer by more than half, but by a few characters only: not a giveaway.
		expect(
			warnings({
				type: 'single',
				options: [choice('a', 'Oui.'), choice('b', 'Non, jamais.', true)]
			})
		).toEqual([]);
	});

	it('checks multiple choice by its shortest right option', () => {
		const options = [
			choice('a', careful, true),
			choice('b', `${careful} Et plus encore.`, true),
			choice('c', 'Le journaliste.')
		];
		expect(warnings({ type: 'multiple', options })[0]?.path).toEqual(['options', 0, 'text', 'fr']);
		expect(warnings({ type: 'multiple', options: [...options, choice('d', careful)] })).toEqual([]);
	});
});
