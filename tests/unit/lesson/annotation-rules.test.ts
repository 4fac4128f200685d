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
			status: 'unconfirmed',
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
