import { describe, expect, it } from 'vitest';
import { paragraphReferences, paragraphsNeeded } from '$lib/quiz/paragraphs';
import type { QuestionView } from '$lib/quiz/view';

const bi = (fr: string, en = fr) => ({ fr, en });
const base = { id: 'q', skill: 'source' as const };

describe('paragraphReferences', () => {
	it('reads the ways a French or English prompt names paragraphs', () => {
		expect(paragraphReferences('Dans le paragraphe 3, qui parle ?')).toEqual([3]);
		expect(paragraphReferences('In paragraph 6, who speaks?')).toEqual([6]);
		expect(paragraphReferences('Bakou a diffusé des photos (paragraphes 4 et 5).')).toEqual([4, 5]);
		expect(paragraphReferences('paragraphs 2 to 4')).toEqual([2, 3, 4]);
		expect(paragraphReferences('les paragraphes 2 à 4')).toEqual([2, 3, 4]);
		expect(paragraphReferences('« a décrit comme » (§ 3) puis (§ 4–5)')).toEqual([3, 4, 5]);
		expect(paragraphReferences('§§ 1, 2 et 7')).toEqual([1, 2, 7]);
		expect(paragraphReferences('Paragraphe 8 : la Pologne')).toEqual([8]);
	});

	it('ignores other numbers: figures, dates, times', () => {
		expect(paragraphReferences('2 tués et 14 blessés le 28 octobre 2022 à 18 heures')).toEqual([]);
		expect(paragraphReferences('Il y a 3 paragraphes difficiles')).toEqual([]);
	});
});

describe('paragraphsNeeded', () => {
	it('takes the numbers from the prompt in both languages, the statement and the options', () => {
		const question: QuestionView = {
			...base,
			type: 'single',
			prompt: bi('Au paragraphe 3, qui parle ?', 'In paragraph 3, who speaks?'),
			options: [
				{ id: 'a', text: bi('« a menacé » (§ 7)') },
				{ id: 'b', text: bi('« s’est dite » (§ 8)') }
			]
		};
		expect(paragraphsNeeded(question, 8)).toEqual([3, 7, 8]);
		const claim: QuestionView = {
			...base,
			type: 'claim',
			prompt: bi('Quel statut ?'),
			statement: bi('Deux soldats ont été tués (paragraphe 6).'),
			statuses: ['established', 'claimed', 'contradicted', 'absent']
		};
		expect(paragraphsNeeded(claim, 8)).toEqual([6]);
	});

	it('reads matching items and choices, order items and the words around a gap', () => {
		const match: QuestionView = {
			...base,
			type: 'match',
			prompt: bi('Qui dit quoi ?'),
			items: [{ id: 'i', text: bi('« terroriste » (§ 2)') }],
			choices: [{ id: 'c', text: bi('Bakou (§ 5)') }]
		};
		expect(paragraphsNeeded(match, 8)).toEqual([2, 5]);
		const gap: QuestionView = {
			...base,
			type: 'gap',
			prompt: bi('Complétez.'),
			before: 'Au paragraphe 4, les camions ',
			after: ' détruits.',
			mode: 'type'
		};
		expect(paragraphsNeeded(gap, 8)).toEqual([4]);
	});

	it('gives nothing for a mark question (its paragraph is the question) or a number out of the text', () => {
		const mark: QuestionView = {
			...base,
			type: 'mark',
			prompt: bi('Cochez dans le paragraphe 3.'),
			paragraph: 3,
			words: [],
			tail: ''
		};
		expect(paragraphsNeeded(mark, 8)).toEqual([]);
		const short: QuestionView = { ...base, type: 'short', prompt: bi('Paragraphe 12 ou § 0 ?') };
		expect(paragraphsNeeded(short, 8)).toEqual([]);
	});
});
