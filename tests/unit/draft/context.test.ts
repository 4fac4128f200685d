import { describe, expect, it } from 'vitest';
import { anchorFor, slug } from '$lib/draft/anchor-for';
import { makeContext } from '$lib/draft/context';
import type { Lexicon } from '$lib/draft/types';
import { resolveAnchor } from '$lib/lesson/anchor';

const noLexicon: Lexicon = { analyse: () => [], forms: () => [], rank: () => undefined };

describe('makeContext', () => {
	it('keeps the paragraphs verbatim and cuts sentences and words with their places', () => {
		const paragraphs = ['M. Dupont a parlé. « Non ! » a dit l’homme.', 'Deux\u00a0mots.'];
		const context = makeContext(paragraphs, noLexicon, 'B2');
		expect(context.paragraphs).toBe(paragraphs);
		expect(context.level).toBe('B2');
		expect(context.sentences.map((s) => [s.paragraph, s.text])).toEqual([
			[0, 'M. Dupont a parlé.'],
			[0, '« Non ! » a dit l’homme.'],
			[1, 'Deux\u00a0mots.']
		]);
		expect(context.words.map((w) => [w.text, w.sentence])).toEqual([
			['M', 0],
			['Dupont', 0],
			['a', 0],
			['parlé', 0],
			['Non', 1],
			['a', 1],
			['dit', 1],
			['l’homme', 1],
			['Deux', 2],
			['mots', 2]
		]);
		for (const word of context.words) {
			expect(paragraphs[word.paragraph]!.slice(word.start, word.end)).toBe(word.text);
		}
		expect([context.annotations, context.glossary, context.speakers]).toEqual([[], [], []]);
	});
});

describe('anchorFor', () => {
	const paragraphs = ['Il serait là. Elle serait partie.', 'Il serait là.', 'Un mot unique.'];
	const check = (paragraph: number, start: number, end: number) => {
		const anchor = anchorFor(paragraphs, paragraph, start, end);
		const found = resolveAnchor(paragraphs, anchor);
		expect(found.ok && found.range).toEqual({ paragraph, start, end });
		return anchor;
	};

	it('is the quote alone when it occurs once', () => {
		expect(check(2, 3, 6)).toEqual({ quote: 'mot' });
	});

	it('adds the paragraph, then the words before or after, as needed', () => {
		expect(check(1, 3, 9)).toEqual({ quote: 'serait', paragraph: 2 });
		expect(check(0, 19, 25)).toEqual({ quote: 'serait', paragraph: 1, prefix: 'Elle ' });
		expect(check(0, 0, 9)).toEqual({ quote: 'Il serait', paragraph: 1 });
		expect(check(0, 3, 9)).toEqual({ quote: 'serait', paragraph: 1, prefix: 'Il ' });
	});

	it('uses the words after when nothing before tells the places apart', () => {
		const text = ['serait bien, serait mal'];
		const anchor = anchorFor(text, 0, 0, 6);
		expect(anchor).toEqual({ quote: 'serait', paragraph: 1, suffix: ' bien' });
	});
});

describe('slug', () => {
	it('makes ids of lower-case ASCII letters, digits and hyphens', () => {
		expect(slug('Forces irrégulières')).toBe('forces-irregulieres');
		expect(slug('aurait été tué')).toBe('aurait-ete-tue');
		expect(slug('cœur d’œuvre')).toBe('coeur-d-oeuvre');
		expect(slug('«»')).toBe('x');
	});
});
