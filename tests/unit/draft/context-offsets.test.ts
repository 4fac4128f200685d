import { describe, expect, it } from 'vitest';
import { makeContext } from '$lib/draft/context';
import { fixtureLexicon } from './fixture-lexicon';

describe('makeContext offsets', () => {
	const paragraphs = [
		'M. Dupont a affirmé que « tout va bien. » Selon B. Obama, l’armée dément.',
		'Deuxième paragraphe…'
	];
	const context = makeContext(paragraphs, fixtureLexicon, 'B1');

	it('cuts sentences with the lesson’s French rules, offsets into each paragraph', () => {
		expect(context.sentences.map((s) => [s.paragraph, s.text])).toEqual([
			[0, 'M. Dupont a affirmé que « tout va bien. »'],
			[0, 'Selon B. Obama, l’armée dément.'],
			[1, 'Deuxième paragraphe…']
		]);
		for (const s of context.sentences) {
			expect(paragraphs[s.paragraph]!.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('lists the words (Intl.Segmenter word-like segments) with their sentence and offsets', () => {
		const words = context.words.filter((w) => w.sentence === 1);
		expect(words.map((w) => w.text)).toEqual(['Selon', 'B', 'Obama', 'l’armée', 'dément']);
		for (const w of context.words) {
			expect(paragraphs[w.paragraph]!.slice(w.start, w.end)).toBe(w.text);
		}
	});

	it('starts with nothing found, the lexicon and level handed in', () => {
		expect(context).toMatchObject({ speakers: [], annotations: [], glossary: [], level: 'B1' });
		expect(context.lexicon).toBe(fixtureLexicon);
	});
});
