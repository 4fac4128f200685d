import { describe, expect, it } from 'vitest';
import {
	findTerms,
	highlightSegments,
	segmentParagraph,
	unseenForms,
	type TermForms,
	type TermOccurrence
} from '$lib/lesson/glossary';

/** Each occurrence as "termId:the words it marks", the way a learner sees them highlighted. */
const marked = (text: string, occurrences: TermOccurrence[]) =>
	occurrences.map((o) => `${o.termId}:${text.slice(o.start, o.end)}`);

/** What a teacher is told about a form: which term, which form, hidden by what. */
const unseen = (paragraphs: string[], terms: TermForms[]) =>
	unseenForms(paragraphs, terms).map(({ termId, form, hiddenBy }) =>
		hiddenBy === undefined ? { termId, form } : { termId, form, hiddenBy }
	);

describe('findTerms', () => {
	it('finds a term after an elided article: "Artsakh" in "d’Artsakh" and "armée" in "l’armée"', () => {
		const text = 'Un porte-parole de l’armée d’Artsakh affirme.';
		const found = findTerms(text, [
			{ id: 'artsakh', forms: ['Artsakh'] },
			{ id: 'armee', forms: ['armée'] }
		]);
		expect(found).toEqual([
			{ termId: 'armee', start: 21, end: 26, first: true },
			{ termId: 'artsakh', start: 29, end: 36, first: true }
		]);
		expect(marked(text, found)).toEqual(['armee:armée', 'artsakh:Artsakh']);
	});

	it("finds an elided term after a typewriter apostrophe too, and a form written with ' in a text with ’", () => {
		expect(
			marked(
				"la République d'Artsakh",
				findTerms("la République d'Artsakh", [{ id: 'artsakh', forms: ['Artsakh'] }])
			)
		).toEqual(['artsakh:Artsakh']);
		const text = 'selon l’armée';
		expect(marked(text, findTerms(text, [{ id: 'armee', forms: ["l'armée"] }]))).toEqual([
			'armee:l’armée'
		]);
	});

	it('matches whole words only: "Bakou" is not found inside "Bakoutown", nor "armée" in "armées"', () => {
		const terms = [
			{ id: 'bakou', forms: ['Bakou'] },
			{ id: 'armee', forms: ['armée'] }
		];
		expect(findTerms('Bakoutown et les armées', terms)).toEqual([]);
	});

	it('ignores case but not accents', () => {
		const text = 'BAKOU dit que le marché est fermé; bakou le répète.';
		expect(
			marked(
				text,
				findTerms(text, [
					{ id: 'bakou', forms: ['Bakou'] },
					{ id: 'marche', forms: ['marche'] }
				])
			)
		).toEqual(['bakou:BAKOU', 'bakou:bakou']);
	});

	it('finds a hyphenated multi-word form such as cessez-le-feu, as one term', () => {
		const text = 'Le cessez-le-feu qui a mis fin à la guerre.';
		expect(findTerms(text, [{ id: 'cessez-le-feu', forms: ['cessez-le-feu'] }])).toEqual([
			{ termId: 'cessez-le-feu', start: 3, end: 16, first: true }
		]);
	});

	it('finds a multi-word form across spaces and an elision: "République d’Artsakh"', () => {
		const text =
			'la République internationalement non reconnue d’Artsakh et la République d’Artsakh';
		expect(
			marked(text, findTerms(text, [{ id: 'republique', forms: ['République d’Artsakh'] }]))
		).toEqual(['republique:République d’Artsakh']);
	});

	it('lets the longest match win: "Haut-Karabakh" over "Karabakh", which still shows alone', () => {
		const text = 'Le Haut-Karabakh, dans la crête du Karabakh.';
		const found = findTerms(text, [
			{ id: 'karabakh', forms: ['Karabakh'] },
			{ id: 'haut-karabakh', forms: ['Haut-Karabakh'] }
		]);
		expect(marked(text, found)).toEqual(['haut-karabakh:Haut-Karabakh', 'karabakh:Karabakh']);
		expect(found[0]).toMatchObject({ start: 3, end: 16 });
	});

	it('returns occurrences in reading order, with first: true only for the first of each term', () => {
		const text = 'L’armée de Bakou. Bakou et son armée. Encore Bakou.';
		const found = findTerms(text, [
			{ id: 'bakou', forms: ['Bakou'] },
			{ id: 'armee', forms: ['armée'] }
		]);
		expect(found.map((o) => [o.termId, o.first])).toEqual([
			['armee', true],
			['bakou', true],
			['bakou', false],
			['armee', false],
			['bakou', false]
		]);
		expect(found.map((o) => o.start)).toEqual([...found.map((o) => o.start)].sort((a, b) => a - b));
	});

	it('counts several forms of one term as the same term for "first"', () => {
		const text = 'Il a été tué. Deux militaires ont été tués.';
		const found = findTerms(text, [{ id: 'tuer', forms: ['tué', 'tués'] }]);
		expect(marked(text, found)).toEqual(['tuer:tué', 'tuer:tués']);
		expect(found.map((o) => o.first)).toEqual([true, false]);
	});

	it('finds nothing in a text without the terms, and nothing for no terms', () => {
		expect(findTerms('Rien à voir.', [{ id: 'bakou', forms: ['Bakou'] }])).toEqual([]);
		expect(findTerms('Bakou', [])).toEqual([]);
	});
});

describe('unseenForms', () => {
	const terms: TermForms[] = [
		{ id: 'bakou', forms: ['Bakou', 'Bakoo'] },
		{ id: 'karabakh', forms: ['Karabakh'] },
		{ id: 'haut-karabakh', forms: ['Haut-Karabakh'] }
	];

	it('lists a form that occurs nowhere in the text, without a hiddenBy', () => {
		expect(unseen(['Bakou affirme.', 'Le Haut-Karabakh.'], terms)).toContainEqual({
			termId: 'bakou',
			form: 'Bakoo'
		});
	});

	it('lists a form found only inside a longer form of another term, naming that term', () => {
		const found = unseen(['Bakou affirme.', 'Le Haut-Karabakh.'], terms);
		expect(found).toContainEqual({
			termId: 'karabakh',
			form: 'Karabakh',
			hiddenBy: 'haut-karabakh'
		});
		expect(found).toHaveLength(2);
	});

	it('does not list a form that shows on its own at least once', () => {
		const found = unseen(
			['Bakou Bakoo affirme.', 'Le Haut-Karabakh.', 'La crête du Karabakh.'],
			terms
		);
		expect(found).toEqual([]);
	});

	it('names the term that really hides the form, not a term covering the same offsets in another paragraph', () => {
		// "République d’Artsakh" spans offsets 3–23 of paragraph 1; "Karabakh" sits at 8–16 of
		// paragraph 2, inside "Haut-Karabakh". The teacher must be told about "haut-karabakh".
		const found = unseen(
			['La République d’Artsakh proteste.', 'Le Haut-Karabakh est loin.'],
			[
				{ id: 'republique', forms: ['République d’Artsakh'] },
				{ id: 'karabakh', forms: ['Karabakh'] },
				{ id: 'haut-karabakh', forms: ['Haut-Karabakh'] }
			]
		);
		expect(found).toEqual([{ termId: 'karabakh', form: 'Karabakh', hiddenBy: 'haut-karabakh' }]);
	});

	it('names the longer term that overlaps a form, not only one that contains it', () => {
		// "Karabakh des montagnes" is longer and wins over "Haut-Karabakh" in "Haut-Karabakh des
		// montagnes": the form does occur, so "does not occur in the text" would be false.
		const found = unseen(
			['Le Haut-Karabakh des montagnes.'],
			[
				{ id: 'haut-karabakh', forms: ['Haut-Karabakh'] },
				{ id: 'karabakh-des-montagnes', forms: ['Karabakh des montagnes'] }
			]
		);
		expect(found).toEqual([
			{ termId: 'haut-karabakh', form: 'Haut-Karabakh', hiddenBy: 'karabakh-des-montagnes' }
		]);
	});
});

describe('segmentParagraph', () => {
	it('cuts a paragraph into plain text and terms that join back into the paragraph', () => {
		const text = 'Selon l’armée d’Artsakh, le cessez-le-feu tient.';
		const occurrences = findTerms(text, [
			{ id: 'armee', forms: ['armée'] },
			{ id: 'artsakh', forms: ['Artsakh'] },
			{ id: 'cessez-le-feu', forms: ['cessez-le-feu'] }
		]);
		const segments = segmentParagraph(text, occurrences);
		expect(segments).toEqual([
			{ text: 'Selon l’' },
			{ text: 'armée', termId: 'armee', first: true },
			{ text: ' d’' },
			{ text: 'Artsakh', termId: 'artsakh', first: true },
			{ text: ', le ' },
			{ text: 'cessez-le-feu', termId: 'cessez-le-feu', first: true },
			{ text: ' tient.' }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('handles terms at the very start and end, and back-to-back terms, without empty segments', () => {
		const text = 'Bakou Artsakh';
		const segments = segmentParagraph(
			text,
			findTerms(text, [
				{ id: 'bakou', forms: ['Bakou'] },
				{ id: 'artsakh', forms: ['Artsakh'] }
			])
		);
		expect(segments).toEqual([
			{ text: 'Bakou', termId: 'bakou', first: true },
			{ text: ' ' },
			{ text: 'Artsakh', termId: 'artsakh', first: true }
		]);
	});

	it('gives the whole paragraph as one plain segment when no term occurs', () => {
		expect(segmentParagraph('Rien à signaler.', [])).toEqual([{ text: 'Rien à signaler.' }]);
		expect(segmentParagraph('', [])).toEqual([]);
	});

	it('marks later occurrences of a term with first: false', () => {
		const text = 'Bakou dit. Bakou répète.';
		const segments = segmentParagraph(text, findTerms(text, [{ id: 'bakou', forms: ['Bakou'] }]));
		expect(segments.filter((s) => 'termId' in s)).toEqual([
			{ text: 'Bakou', termId: 'bakou', first: true },
			{ text: 'Bakou', termId: 'bakou', first: false }
		]);
	});
});

describe('highlightSegments', () => {
	const text = 'Des positions auraient été la cible de tirs.';
	const segments = segmentParagraph(text, [
		{ termId: 'cible', start: text.indexOf('cible'), end: text.indexOf('cible') + 5, first: true }
	]);

	it('cuts plain text at the edges of a highlighted passage, and keeps the text whole', () => {
		const start = text.indexOf('auraient');
		const out = highlightSegments(segments, [{ start, end: start + 'auraient été'.length }]);
		expect(out.map((s) => s.text).join('')).toBe(text);
		expect(out.filter((s) => s.highlight).map((s) => s.text)).toEqual(['auraient été']);
	});

	it('highlights a glossary term whole, never cutting its link in two', () => {
		const start = text.indexOf('la cible');
		const out = highlightSegments(segments, [{ start, end: start + 'la ci'.length }]);
		expect(out.filter((s) => s.highlight).map((s) => s.text)).toEqual(['la ', 'cible']);
		expect(out.filter((s) => 'termId' in s)).toHaveLength(1);
	});

	it('marks nothing without ranges', () => {
		expect(highlightSegments(segments, []).every((s) => !s.highlight)).toBe(true);
	});
});
