import { describe, expect, it } from 'vitest';
import { resolveAnchor, type TextRange } from '$lib/lesson/anchor';
import { annotationProblems } from '$lib/lesson/annotation-rules';
import type { Annotation, Speaker } from '$lib/lesson/annotation-schema';
import { sentences } from '$lib/lesson/french';

const PARAGRAPHS = [
	'Bakou affirme avoir repris des hauteurs. Les combats auraient cessé.',
	'Selon l’armée d’Artsakh, la situation est « relativement secure » depuis 18 heures.'
];

const SPEAKERS: Speaker[] = [
	{
		id: 'baku',
		name: { fr: 'Bakou', en: 'Baku' },
		label: { fr: 'Bakou', en: 'Baku' },
		role: 'party'
	},
	{
		id: 'artsakh',
		name: { fr: 'L’armée d’Artsakh', en: 'The Artsakh army' },
		label: { fr: 'Artsakh', en: 'Artsakh' },
		role: 'party'
	},
	{
		id: 'journalist',
		name: { fr: 'Le journaliste', en: 'The journalist' },
		label: { fr: 'Journaliste', en: 'Journalist' },
		role: 'journalist'
	}
];

const note = { fr: 'Une note.', en: 'A note.' };
const source = (id: string, quote: string, speaker = 'baku'): Annotation => ({
	id,
	kind: 'source',
	speaker,
	anchor: { quote },
	explanation: note
});
const COVERING: Annotation[] = [
	source('s1', 'Bakou affirme avoir repris des hauteurs.'),
	source('s2', 'Les combats auraient cessé.', 'journalist'),
	source('s3', PARAGRAPHS[1]!, 'artsakh')
];

function problems(annotations: Annotation[], speakers = SPEAKERS) {
	const ranges = new Map<number, TextRange>();
	annotations.forEach((a, i) => {
		const found = resolveAnchor(PARAGRAPHS, a.anchor);
		if (!found.ok) throw new Error(`fixture quote not found: ${a.anchor.quote}`);
		ranges.set(i, found.range);
	});
	return annotationProblems(PARAGRAPHS, speakers, annotations, ranges);
}

describe('sentences', () => {
	it('cuts a paragraph where a reader sees sentences end, without the spaces between them', () => {
		const text = PARAGRAPHS[0]!;
		expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'Bakou affirme avoir repris des hauteurs.',
			'Les combats auraient cessé.'
		]);
	});

	it('does not end a sentence at a full stop followed by a lower-case word (a broken sentence)', () => {
		const text = 'Le cessez-le-feu de 2020. guerre, affirmant que rien ne change. Fin.';
		expect(sentences(text)).toHaveLength(2);
	});
});

describe('annotationProblems', () => {
	it('accepts annotations that cover every sentence, with overlaps only across lenses', () => {
		const hedge: Annotation = {
			id: 'auraient',
			kind: 'hedge',
			marker: 'conditional',
			anchor: { quote: 'auraient cessé' },
			explanation: note
		};
		const quote: Annotation = {
			id: 'secure',
			kind: 'quotation',
			speaker: 'artsakh',
			reason: 'exact-words',
			anchor: { quote: '« relativement secure »' },
			explanation: note
		};
		expect(problems([...COVERING, hedge, quote])).toEqual([]);
	});

	it('says a speaker is unknown, and lists the known ones', () => {
		const found = problems([...COVERING.slice(0, 2), source('s3', PARAGRAPHS[1]!, 'moscou')]);
		expect(found).toEqual([
			{
				path: [2, 'speaker'],
				message: expect.stringContaining('"moscou", which is not under "speakers"'),
				fix: expect.stringContaining('baku, artsakh, journalist')
			}
		]);
	});

	it('says a claim relates to a claim that does not exist, or to itself', () => {
		const claim = (id: string, related: string): Annotation => ({
			id,
			kind: 'claim',
			speaker: 'baku',
			claim: note,
			evidence: null,
			status: 'contradicted',
			related: [{ claim: related, relation: 'contradicts' }],
			anchor: { quote: id === 'c1' ? 'avoir repris des hauteurs' : 'relativement secure' },
			explanation: note
		});
		const found = problems([...COVERING, claim('c1', 'c9'), claim('c2', 'c2')]);
		expect(found.map((p) => [p.path, p.message])).toEqual([
			[[3, 'related', 0, 'claim'], expect.stringContaining('relates to "c9"')],
			[[4, 'related', 0, 'claim'], 'claim "c2" is related to itself']
		]);
	});

	describe('a claim\'s status and the claims that bear on it ("<related> confirms this claim")', () => {
		const WITH_UNSOURCED: Speaker[] = [
			...SPEAKERS,
			{
				id: 'unsourced',
				name: { fr: 'Personne', en: 'Nobody' },
				label: { fr: 'Source ?', en: 'No source' },
				role: 'unsourced'
			}
		];
		const losses = { side: { fr: 'soldats arméniens', en: 'Armenian soldiers' } };
		const claim = (
			id: string,
			speaker: string,
			quote: string,
			more: Partial<Extract<Annotation, { kind: 'claim' }>> = {}
		): Annotation => ({
			id,
			kind: 'claim',
			speaker,
			claim: note,
			evidence: null,
			status: 'unconfirmed',
			anchor: { quote },
			explanation: note,
			...more
		});
		const confirmedBy = (other: string) => ({
			status: 'confirmed' as const,
			related: [{ claim: other, relation: 'confirms' as const }]
		});
		const check = (annotations: Annotation[]) =>
			problems([...COVERING, ...annotations], WITH_UNSOURCED).map((p) => [p.path, p.message]);

		it('accepts a claim confirmed by another speaker’s claim', () => {
			expect(
				check([
					claim('calm', 'artsakh', 'relativement secure', confirmedBy('ceased')),
					claim('ceased', 'journalist', 'Les combats auraient cessé')
				])
			).toEqual([]);
		});

		it('refuses a "confirmed" claim that names no confirming claim, and a confirmation on an "unconfirmed" one', () => {
			expect(
				check([
					claim('calm', 'artsakh', 'relativement secure', { status: 'confirmed' }),
					claim('ceased', 'journalist', 'Les combats auraient cessé', {
						related: [{ claim: 'calm', relation: 'confirms' }]
					})
				])
			).toEqual([
				[[3, 'status'], 'claim "calm" is "confirmed" but names no claim that confirms it'],
				[
					[4, 'status'],
					'claim "ceased" names a claim that confirms it, but its status is "unconfirmed"'
				]
			]);
		});

		it('refuses a confirmation by the same speaker, or by a claim nobody can be named for', () => {
			expect(
				check([
					claim('heights', 'baku', 'avoir repris des hauteurs', confirmedBy('baku-again')),
					claim('baku-again', 'baku', 'Bakou affirme'),
					claim('calm', 'artsakh', 'relativement secure', confirmedBy('rumour')),
					claim('rumour', 'unsourced', 'depuis 18 heures')
				])
			).toEqual([
				[
					[3, 'related', 0, 'claim'],
					'claim "heights" is confirmed by "baku-again", which comes from the same speaker ("baku")'
				],
				[
					[5, 'related', 0, 'claim'],
					'claim "calm" is confirmed by "rumour", which has no identifiable source'
				]
			]);
		});

		it('refuses a casualty figure "confirmed" by a claim that gives no figure for the same losses', () => {
			// A third party's concern about "the victims" names no figure: it cannot confirm one.
			const figure = {
				casualties: { ...losses, figure: { fr: '2 tués', en: '2 killed' } }
			};
			expect(
				check([
					claim('toll', 'artsakh', 'relativement secure', { ...figure, ...confirmedBy('concern') }),
					claim('concern', 'journalist', 'Les combats auraient cessé')
				])
			).toEqual([
				[
					[3, 'related', 0, 'claim'],
					'claim "toll" gives a casualty figure, but "concern" gives no figure for the losses of soldats arméniens'
				]
			]);
			expect(
				check([
					claim('toll', 'artsakh', 'relativement secure', { ...figure, ...confirmedBy('count') }),
					claim('count', 'baku', 'avoir repris des hauteurs', figure)
				])
			).toEqual([]);
		});
	});

	it('says a source runs over the end of a sentence, on its quote', () => {
		const found = problems([source('both', PARAGRAPHS[0]!), COVERING[2]!]);
		expect(found).toEqual([
			{
				path: [0, 'anchor', 'quote'],
				message: expect.stringContaining('source "both" runs over the end of a sentence'),
				fix: 'split it into one source annotation per sentence'
			}
		]);
	});

	it('says two annotations of the same lens overlap, naming both and the lens', () => {
		const hedge = (id: string, quote: string): Annotation =>
			({
				id,
				kind: id === 'h1' ? 'hedge' : 'conditional',
				...(id === 'h1' ? { marker: 'conditional' } : { use: 'reported-speech' }),
				anchor: { quote },
				explanation: note
			}) as Annotation;
		const found = problems([
			...COVERING,
			hedge('h1', 'auraient cessé'),
			hedge('h2', 'combats auraient')
		]);
		expect(found.map((p) => p.message)).toEqual([
			'annotation "h1" overlaps "h2"; both show in the hedges lens'
		]);
	});

	it('says which sentence of which paragraph has no source, once sources are given', () => {
		const found = problems([COVERING[0]!, COVERING[2]!]);
		expect(found).toEqual([
			{
				path: [],
				message: 'sentence 2 of paragraph 1 has no source ("Les combats auraient cessé.")',
				fix: expect.stringContaining('add a source annotation')
			}
		]);
	});

	it('asks for no source while the file gives none (annotations can be written a lens at a time)', () => {
		expect(problems([])).toEqual([]);
	});
});
