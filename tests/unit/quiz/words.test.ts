import { describe, expect, it } from 'vitest';
import { markTargets, markableWords, wordsInRange, type MarkQuestion } from '$lib/quiz/words';
import { mark, paragraphs, parse } from './fixtures';

describe('markableWords', () => {
	it('numbers the words from 0, elided articles as words of their own', () => {
		const words = markableWords('Selon Bakou, l’opération a échoué.');
		expect(words.map((w) => [w.index, w.text])).toEqual([
			[0, 'Selon'],
			[1, 'Bakou'],
			[2, 'l’'],
			[3, 'opération'],
			[4, 'a'],
			[5, 'échoué']
		]);
	});

	it('gives offsets that slice the paragraph back to each word', () => {
		const text = paragraphs[1]!;
		for (const word of markableWords(text))
			expect(text.slice(word.start, word.end)).toBe(word.text);
	});

	it('has no words in an empty paragraph', () => {
		expect(markableWords('')).toEqual([]);
		expect(markableWords(' « » … ')).toEqual([]);
	});
});

describe('wordsInRange', () => {
	const text = 'Selon Bakou, l’opération a échoué.';
	const words = markableWords(text);

	it('gives the words inside a range', () => {
		const start = text.indexOf('l’opération');
		expect(wordsInRange(words, start, start + 'l’opération a'.length)).toEqual([2, 3, 4]);
	});

	it('includes a word the range only cuts into, and nothing for a range of spaces', () => {
		const start = text.indexOf('opération');
		expect(wordsInRange(words, start, start + 4)).toEqual([3]);
		expect(wordsInRange(words, 5, 6)).toEqual([]);
	});
});

describe('markTargets', () => {
	it('resolves targets to spans and required words of the question’s paragraph', () => {
		const result = markTargets(mark as MarkQuestion, paragraphs);
		if (!result.ok) throw new Error(result.problem);
		const text = (i: number) => result.words[i]!.text;
		expect(result.targets[0]!.span.map(text)).toEqual(['prétend']);
		expect(result.targets[1]!.span.map(text)).toEqual(['aurait', 'été', 'blessé']);
		expect(result.targets[1]!.required.map(text)).toEqual(['aurait']);
	});

	it('requires every word of a multi-word entry, compared loosely', () => {
		const q = parse({
			...mark,
			targets: [
				{
					anchor: { quote: 'Le porte-parole d’Artsakh' },
					words: ["D'ARTSAKH"],
					feedback: mark.targets[0]!.feedback
				}
			]
		});
		const result = markTargets(q, paragraphs);
		if (!result.ok) throw new Error(result.problem);
		expect(result.targets[0]!.required.map((i) => result.words[i]!.text)).toEqual([
			'd’',
			'Artsakh'
		]);
	});

	it('reports a quote not in the paragraph, a word not in the quote, a wrong paragraph', () => {
		const fb = mark.targets[0]!.feedback;
		const notHere = parse({
			...mark,
			targets: [{ anchor: { quote: 'Selon Bakou' }, feedback: fb }]
		});
		expect(markTargets(notHere, paragraphs)).toMatchObject({ ok: false, target: 0 });

		const noWord = parse({
			...mark,
			targets: [{ anchor: { quote: 'prétend' }, words: ['affirme'], feedback: fb }]
		});
		const problem = markTargets(noWord, paragraphs);
		expect(problem.ok).toBe(false);
		if (!problem.ok) expect(problem.problem).toContain('"affirme"');

		const elsewhere = parse({
			...mark,
			targets: [{ anchor: { quote: 'prétend', paragraph: 1 }, feedback: fb }]
		});
		expect(markTargets(elsewhere, paragraphs)).toMatchObject({ ok: false, target: 0 });

		expect(markTargets({ ...(mark as MarkQuestion), paragraph: 9 }, paragraphs)).toMatchObject({
			ok: false,
			target: -1
		});
	});
});
