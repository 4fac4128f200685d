import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../src/lib/draft/context';
import { resolveAnchor } from '../../../src/lib/lesson/anchor';
import { anchorFor, slug, uniqueId } from '../../../src/lib/draft/spans';
import { fixtureLexicon } from './voices-lexicon';

describe('makeContext', () => {
	it('keeps the paragraphs verbatim and reads their sentences and words with offsets', () => {
		const paragraphs = [
			'M. Dupont a parlé. « C’est faux. » Elle répond.',
			'Selon l’AFP, rien\u00a0!'
		];
		const context = makeContext(paragraphs, fixtureLexicon, 'B1');
		expect(context.paragraphs).toEqual(paragraphs);
		expect(context.sentences.map((s) => [s.paragraph, s.text])).toEqual([
			[0, 'M. Dupont a parlé.'],
			[0, '« C’est faux. »'],
			[0, 'Elle répond.'],
			[1, 'Selon l’AFP, rien\u00a0!']
		]);
		for (const s of context.sentences)
			expect(paragraphs[s.paragraph]!.slice(s.start, s.end)).toBe(s.text);
		const words = context.words.filter((w) => w.paragraph === 0).map((w) => [w.text, w.sentence]);
		expect(words.slice(0, 4)).toEqual([
			['M', 0],
			['Dupont', 0],
			['a', 0],
			['parlé', 0]
		]);
		expect(words.at(-1)).toEqual(['répond', 2]);
		expect(context.level).toBe('B1');
		expect([context.speakers, context.annotations, context.glossary]).toEqual([[], [], []]);
	});
});

describe('anchors and ids', () => {
	it('anchors a quote alone when unique, with its paragraph and the words before it when not', () => {
		const paragraphs = ['Bakou affirme tout. Bakou affirme encore.', 'Bakou affirme enfin.'];
		for (const [p, start] of [
			[0, 6],
			[0, 26],
			[1, 6]
		] as const) {
			const anchor = anchorFor(paragraphs, p, start, start + 7);
			const r = resolveAnchor(paragraphs, anchor);
			expect(r.ok && r.range).toEqual({ paragraph: p, start, end: start + 7 });
		}
		expect(anchorFor(paragraphs, 1, 14, 19)).toEqual({ quote: 'enfin' });
	});

	it('makes ids of lower-case letters, digits and hyphens, never twice', () => {
		expect(slug('Le ministère de la Défense « Bakou »')).toBe('le-ministere-de-la-defense');
		const context = makeContext(['x'], fixtureLexicon, 'B1');
		expect(uniqueId(context, 'verb affirme')).toBe('verb-affirme');
		context.annotations.push({
			id: 'verb-affirme',
			kind: 'source',
			speaker: 'journalist',
			anchor: { quote: 'x' },
			explanation: { fr: 'x', en: 'x' }
		});
		expect(uniqueId(context, 'verb affirme')).toBe('verb-affirme-2');
	});
});
