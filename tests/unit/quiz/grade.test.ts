import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/quiz/answer';
import { grade } from '$lib/quiz/grade';
import { markableWords } from '$lib/quiz/words';
import {
	claim,
	gap,
	gapChoose,
	mark,
	match,
	multiple,
	order,
	paragraphs,
	partial,
	short,
	single,
	parse
} from './fixtures';

const g = (q: Parameters<typeof grade>[0], answer: Answer) => grade(q, answer, paragraphs);

describe('grade: single', () => {
	it('is right for the correct option, with no specific feedback', () => {
		expect(g(single, { type: 'single', option: 'bakou' })).toEqual({
			correct: true,
			score: 1,
			feedback: [],
			details: { type: 'single', chosen: 'bakou', expected: 'bakou' }
		});
	});

	it('is wrong for another option, with that option’s feedback', () => {
		const result = g(single, { type: 'single', option: 'journaliste' });
		expect(result).toMatchObject({ correct: false, score: 0, details: { expected: 'bakou' } });
		expect(result.feedback).toEqual([{ fr: 'Fb-journaliste-fr', en: 'Fb-journalist-en' }]);
	});

	it('counts an id the question no longer has as wrong', () => {
		expect(g(single, { type: 'single', option: 'ancien' }).correct).toBe(false);
	});
});

describe('grade: multiple', () => {
	it('all-or-nothing: right only with exactly the correct options', () => {
		expect(g(multiple, { type: 'multiple', options: ['aurait-fait', 'aurait-ete'] })).toMatchObject(
			{
				correct: true,
				score: 1,
				details: { missed: [], wrong: [] }
			}
		);
		expect(g(multiple, { type: 'multiple', options: ['aurait-fait'] })).toMatchObject({
			correct: false,
			score: 0,
			details: { missed: ['aurait-ete'], wrong: [] }
		});
		const extra = g(multiple, { type: 'multiple', options: ['aurait-fait', 'aurait-ete', 'dit'] });
		expect(extra).toMatchObject({
			correct: false,
			score: 0,
			details: { missed: [], wrong: ['dit'] }
		});
		expect(extra.feedback).toEqual([{ fr: 'Fb-dit-fr', en: 'Fb-dit-en' }]);
	});

	it('partial: (right chosen − wrong chosen) / correct options, at least 0', () => {
		const score = (options: string[]) => g(partial, { type: 'multiple', options }).score;
		expect(score(['aurait-fait', 'aurait-ete'])).toBe(1);
		expect(score(['aurait-fait'])).toBe(0.5);
		expect(score(['aurait-fait', 'aurait-ete', 'dit'])).toBe(0.5);
		expect(score(['aurait-fait', 'dit'])).toBe(0);
		expect(score(['dit', 'pretend'])).toBe(0);
		expect(g(partial, { type: 'multiple', options: ['aurait-fait'] }).correct).toBe(false);
		expect(g(partial, { type: 'multiple', options: ['aurait-fait', 'aurait-ete'] }).correct).toBe(
			true
		);
	});
});

describe('grade: claim', () => {
	it('is right for the status, wrong for another, with the chosen status’s feedback', () => {
		expect(g(claim, { type: 'claim', status: 'claimed' })).toEqual({
			correct: true,
			score: 1,
			feedback: [{ fr: 'Fb-claimed-fr', en: 'Fb-claimed-en' }],
			details: { type: 'claim', chosen: 'claimed', expected: 'claimed' }
		});
		expect(g(claim, { type: 'claim', status: 'established' })).toMatchObject({
			correct: false,
			score: 0,
			feedback: [{ fr: 'Fb-etabli-fr', en: 'Fb-established-en' }]
		});
		expect(g(claim, { type: 'claim', status: 'absent' }).feedback).toEqual([]);
	});
});

describe('grade: match', () => {
	it('scores the share of items matched right', () => {
		expect(
			g(match, { type: 'match', pairs: { morts: 'bakou', ligne: 'artsakh', camions: 'personne' } })
		).toMatchObject({ correct: true, score: 1, details: { wrongItems: [] } });
		const result = g(match, {
			type: 'match',
			pairs: { morts: 'artsakh', ligne: 'artsakh', camions: 'bakou' }
		});
		expect(result).toMatchObject({ correct: false, details: { wrongItems: ['morts', 'camions'] } });
		expect(result.score).toBeCloseTo(1 / 3);
	});
});

describe('grade: mark', () => {
	const words = markableWords(paragraphs[1]!);
	const at = (text: string) => {
		const word = words.find((w) => w.text === text);
		if (!word) throw new Error(text);
		return word.index;
	};
	const marking = (...texts: string[]): Answer => ({ type: 'mark', words: texts.map(at) });

	it('is right when every target’s required words are marked, and nothing else', () => {
		expect(g(mark, marking('prétend', 'aurait'))).toEqual({
			correct: true,
			score: 1,
			feedback: [],
			details: { type: 'mark', found: [0, 1], missed: [], wrongWords: [] }
		});
	});

	it('accepts other words of a target span besides the required ones', () => {
		expect(g(mark, marking('prétend', 'aurait', 'été', 'blessé')).correct).toBe(true);
	});

	it('needs only the listed words of a span ("words" subset)', () => {
		expect(g(mark, marking('prétend', 'été', 'blessé'))).toMatchObject({
			correct: false,
			details: { found: [0], missed: [1] }
		});
	});

	it('gives a missed target’s feedback and half the score', () => {
		const result = g(mark, marking('aurait'));
		expect(result).toMatchObject({
			correct: false,
			score: 0.5,
			details: { found: [1], missed: [0] }
		});
		expect(result.feedback).toEqual([mark.targets[0]!.feedback]);
	});

	it('counts a word outside every span as a wrong mark, said once, cancelling one target', () => {
		const result = g(mark, marking('prétend', 'aurait', 'ligne', 'secure'));
		expect(result).toMatchObject({
			correct: false,
			score: 0,
			details: { found: [0, 1], missed: [], wrongWords: [at('ligne'), at('secure')] }
		});
		expect(result.feedback).toEqual([mark.wrongMarkFeedback]);
		expect(g(mark, marking('prétend', 'aurait', 'ligne')).score).toBe(0.5);
	});

	it('puts missed targets’ feedback first, then the wrong-mark feedback', () => {
		const result = g(mark, marking('ligne'));
		expect(result.feedback).toEqual([
			mark.targets[0]!.feedback,
			mark.targets[1]!.feedback,
			mark.wrongMarkFeedback
		]);
		expect(result.score).toBe(0);
	});

	it('scores 0 for marking every word', () => {
		expect(g(mark, { type: 'mark', words: words.map((w) => w.index) }).score).toBe(0);
	});

	it('requires every word of an elided target', () => {
		const q = parse({
			...mark,
			paragraph: 1,
			targets: [{ anchor: { quote: 'l’opération' }, feedback: mark.targets[0]!.feedback }]
		});
		const first = markableWords(paragraphs[0]!);
		const index = (text: string) => first.find((w) => w.text === text)!.index;
		expect(grade(q, { type: 'mark', words: [index('opération')] }, paragraphs).correct).toBe(false);
		expect(
			grade(q, { type: 'mark', words: [index('l’'), index('opération')] }, paragraphs).correct
		).toBe(true);
	});

	it('throws on a target that does not resolve (the lesson checker refuses it)', () => {
		const q = parse({
			...mark,
			targets: [{ anchor: { quote: 'absent du texte' }, feedback: mark.targets[0]!.feedback }]
		});
		expect(() => grade(q, { type: 'mark', words: [0] }, paragraphs)).toThrow(/target 1/);
	});
});

describe('grade: gap and short', () => {
	it('accepts an accepted answer with French typography; accents required by default', () => {
		expect(g(gap, { type: 'gap', text: 'Prétend.' })).toEqual({
			correct: true,
			score: 1,
			feedback: [],
			details: { type: 'gap', knownWrong: null }
		});
		expect(g(gap, { type: 'gap', text: 'pretend' }).correct).toBe(false);
		expect(g(gapChoose, { type: 'gap', text: 'prétend' }).correct).toBe(true);
	});

	it('gives the specific feedback of an anticipated wrong answer', () => {
		expect(g(gap, { type: 'gap', text: 'AFFIRME' })).toEqual({
			correct: false,
			score: 0,
			feedback: [{ fr: 'Fb-affirme-fr', en: 'Fb-affirms-en' }],
			details: { type: 'gap', knownWrong: 'affirme' }
		});
		expect(g(gap, { type: 'gap', text: 'dit' })).toMatchObject({ correct: false, feedback: [] });
	});

	it('forgives accents when the question says so, never a missing hyphen', () => {
		expect(g(short, { type: 'short', text: 'Le Porte-Parole' }).correct).toBe(true);
		expect(g(short, { type: 'short', text: 'le porte parole' }).correct).toBe(false);
		expect(g(short, { type: 'short', text: 'le journaliste !' })).toMatchObject({
			correct: false,
			details: { type: 'short', knownWrong: 'le journaliste' }
		});
	});
});

describe('grade: order', () => {
	it('is right only in the file order; scores the share of items in place', () => {
		expect(
			g(order, { type: 'order', items: ['operation', 'morts', 'dementi', 'camions'] })
		).toEqual({
			correct: true,
			score: 1,
			feedback: [],
			details: { type: 'order', wrongPositions: [] }
		});
		expect(
			g(order, { type: 'order', items: ['morts', 'operation', 'dementi', 'camions'] })
		).toEqual({
			correct: false,
			score: 0.5,
			feedback: [],
			details: { type: 'order', wrongPositions: ['morts', 'operation'] }
		});
		expect(
			g(order, { type: 'order', items: ['camions', 'operation', 'morts', 'dementi'] }).score
		).toBe(0);
	});
});

describe('grade: mismatched answer', () => {
	it('throws for an answer of another type', () => {
		expect(() => g(single, { type: 'claim', status: 'claimed' })).toThrow(/claim answer/);
	});
});
