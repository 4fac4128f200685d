import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '$lib/lesson/anchor';
import type { Annotation, Speaker } from '$lib/lesson/annotation-schema';
import { highlightSegments, segmentParagraph } from '$lib/lesson/glossary';
import { claimsMap, lensView, markRuns, openLenses, parseLens } from '$lib/lesson/lenses';
import type { Lesson } from '$lib/lesson/load';
import { readerView } from '$lib/lesson/reader';

const FR = [
	'Bakou affirme avoir tué des « dizaines » de militants. Un soldat azerbaïdjanais aurait été tué.',
	'Selon Artsakh, deux militaires ont été tués et 14 blessés. La situation est relativement secure.'
];
const bi = (fr: string, en: string) => ({ fr, en });
const SPEAKERS: Speaker[] = [
	{
		id: 'baku',
		name: bi('Le ministère', 'The ministry'),
		label: bi('Bakou', 'Baku'),
		role: 'party'
	},
	{
		id: 'artsakh',
		name: bi('L’armée d’Artsakh', 'The Artsakh army'),
		label: bi('Artsakh', 'Artsakh'),
		role: 'party'
	},
	{
		id: 'journalist',
		name: bi('Le journaliste', 'The journalist'),
		label: bi('Journaliste', 'Journalist'),
		role: 'journalist'
	}
];
const note = (fr: string) => bi(fr, `${fr} (en)`);
const ANNOTATIONS: Annotation[] = [
	{
		id: 's1',
		kind: 'source',
		speaker: 'baku',
		anchor: { quote: 'Bakou affirme avoir tué des « dizaines » de militants.' },
		explanation: note('Bakou parle.')
	},
	{
		id: 's2',
		kind: 'source',
		speaker: 'journalist',
		anchor: { quote: 'Un soldat azerbaïdjanais aurait été tué.' },
		explanation: note('Le journaliste.')
	},
	{
		id: 'aurait',
		kind: 'hedge',
		marker: 'conditional',
		anchor: { quote: 'aurait été tué' },
		explanation: note('Conditionnel.')
	},
	{
		id: 'affirme',
		kind: 'reporting-verb',
		distance: 'neutral',
		speaker: 'baku',
		anchor: { quote: 'affirme' },
		explanation: note('Neutre.')
	},
	{
		id: 'c-militants',
		kind: 'claim',
		speaker: 'baku',
		claim: bi('Des dizaines de militants tués', 'Dozens of militants killed'),
		evidence: null,
		status: 'unconfirmed',
		casualties: {
			side: bi('Côté arménien', 'Armenian side'),
			figure: bi('« dizaines »', '“dozens”')
		},
		anchor: { quote: 'avoir tué des « dizaines » de militants' },
		explanation: note('Affirmation.')
	},
	{
		id: 'c-artsakh',
		kind: 'claim',
		speaker: 'artsakh',
		claim: bi('Deux militaires tués', 'Two servicemen killed'),
		evidence: null,
		status: 'unconfirmed',
		related: [{ claim: 'c-militants', relation: 'contradicts' }],
		casualties: {
			side: bi('Côté arménien', 'Armenian side'),
			figure: bi('2 tués, 14 blessés', '2 killed, 14 wounded')
		},
		anchor: { quote: 'deux militaires ont été tués et 14 blessés' },
		explanation: note('Chiffres.')
	},
	{
		id: 'c-soldat',
		kind: 'claim',
		speaker: 'baku',
		claim: bi('Un soldat tué', 'A soldier killed'),
		evidence: null,
		status: 'unconfirmed',
		casualties: {
			side: bi('Côté azerbaïdjanais', 'Azerbaijani side'),
			figure: bi('1 tué', '1 killed')
		},
		anchor: { quote: 'Un soldat azerbaïdjanais aurait été tué' },
		explanation: note('Un mort.')
	},
	{
		id: 'secure',
		kind: 'text-quality',
		defect: 'english-word',
		correction: 'sûre',
		anchor: { quote: 'secure' },
		explanation: note('Mot anglais.')
	}
];

function lesson(overrides: Partial<Lesson> = {}): Lesson {
	return {
		id: 'test',
		title: bi('Titre', 'Title'),
		level: 'B1',
		status: 'published',
		readingMinutes: 1,
		wordCount: 30,
		source: { outlet: null, author: null, date: null },
		lens: [],
		paragraphs: FR.map((fr, i) => ({ number: i + 1, kind: 'text', fr, en: 'x', terms: [] })),
		glossary: [],
		speakers: SPEAKERS,
		annotations: ANNOTATIONS.map((a) => {
			const found = resolveAnchor(FR, a.anchor);
			if (!found.ok) throw new Error(found.problem);
			return { ...a, range: found.range };
		}),
		questions: [{ id: 'q' } as Lesson['questions'][number]],
		corePath: ['q'],
		...overrides
	};
}

describe('openLenses / parseLens', () => {
	it('keeps every lens locked until every question is answered', () => {
		expect(openLenses(lesson(), false)).toEqual([]);
		expect(openLenses(lesson(), true)).toEqual([
			'sources',
			'reporting-verbs',
			'hedges',
			'quotes',
			'text-quality',
			'claims'
		]);
	});

	it('opens from the start the lenses the lesson file names, in the switcher’s order', () => {
		expect(openLenses(lesson({ lens: ['claims', 'sources'] }), false)).toEqual([
			'sources',
			'claims'
		]);
	});

	it('opens everything for a lesson without a quiz: nothing to give away', () => {
		expect(openLenses(lesson({ questions: [] }), false)).toHaveLength(6);
	});

	it('reads a lens from a query parameter and ignores anything else', () => {
		expect(parseLens('hedges')).toBe('hedges');
		expect(parseLens('HEDGES')).toBeNull();
		expect(parseLens(null)).toBeNull();
		expect(parseLens('__proto__')).toBeNull();
	});
});

describe('lensView', () => {
	it('gives the notes of one lens only, in reading order and in the learner’s language', () => {
		const view = lensView(lesson(), 'hedges', 'en');
		expect(view.notes).toEqual([
			{
				id: 'aurait',
				kind: 'hedge',
				label: null,
				category: 'conditional',
				tone: 4,
				paragraph: 1,
				quote: 'aurait été tué',
				explanation: 'Conditionnel. (en)'
			}
		]);
		expect(view.map).toBeNull();
	});

	it('labels sources with their speaker, one colour per speaker, each speaker once in the key', () => {
		const view = lensView(lesson(), 'sources', 'fr');
		expect(view.notes.map((n) => [n.id, n.label, n.tone])).toEqual([
			['s1', 'Bakou', 0],
			['s2', 'Journaliste', 2]
		]);
		expect(view.legend).toEqual([
			{ tone: 0, category: 'source', label: 'Bakou', name: 'Le ministère' },
			{ tone: 2, category: 'source', label: 'Journaliste', name: 'Le journaliste' }
		]);
	});

	it('gives the correct French with a text-quality note', () => {
		expect(lensView(lesson(), 'text-quality', 'fr').notes[0]).toMatchObject({
			id: 'secure',
			category: 'english-word',
			correction: 'sûre'
		});
	});
});

describe('claimsMap', () => {
	it('lists claims by speaker, with related claims named in the learner’s language', () => {
		const map = claimsMap(lesson(), 'en');
		expect(map.claims.map((c) => [c.speaker.label, c.id, c.paragraph])).toEqual([
			['Baku', 'c-militants', 1],
			['Baku', 'c-soldat', 1],
			['Artsakh', 'c-artsakh', 2]
		]);
		expect(map.claims[2]!.related).toEqual([
			{
				id: 'c-militants',
				claim: 'Dozens of militants killed',
				speaker: 'Baku',
				relation: 'contradicts'
			}
		]);
	});

	it('puts the casualty figures of each side side by side, a column per speaker', () => {
		const { casualties } = claimsMap(lesson(), 'fr');
		expect(casualties.speakers.map((s) => s.label)).toEqual(['Bakou', 'Artsakh']);
		expect(casualties.rows).toEqual([
			{
				side: 'Côté arménien',
				figures: [
					{ figure: '« dizaines »', claim: 'c-militants' },
					{ figure: '2 tués, 14 blessés', claim: 'c-artsakh' }
				]
			},
			{ side: 'Côté azerbaïdjanais', figures: [{ figure: '1 tué', claim: 'c-soldat' }, null] }
		]);
	});
});

describe('markRuns', () => {
	const text = 'Selon Bakou, l’opération aurait réussi.';
	const segments = highlightSegments(
		segmentParagraph(text, [{ termId: 'operation', start: 15, end: 24, first: true }]),
		[]
	);

	it('cuts plain text at the edges of a mark and keeps the text intact', () => {
		const runs = markRuns(segments, [{ id: 'h', start: 25, end: 31 }]);
		expect(runs.map((r) => [r.note, r.segments.map((s) => s.text).join('')])).toEqual([
			[null, 'Selon Bakou, l’opération '],
			['h', 'aurait'],
			[null, ' réussi.']
		]);
	});

	it('never cuts a glossary term: it goes whole into the mark it touches', () => {
		const runs = markRuns(segments, [{ id: 'm', start: 16, end: 31 }]);
		expect(runs.map((r) => r.note)).toEqual([null, 'm', null]);
		expect(runs[1]!.segments.map((s) => s.text).join('')).toBe('opération aurait');
		expect(runs[1]!.segments.some((s) => 'termId' in s)).toBe(true);
	});

	it('gives one run for a text without marks', () => {
		expect(markRuns(segments, [])).toEqual([{ note: null, segments }]);
	});
});

describe('readerView with a lens', () => {
	it('marks the lens’s passages in the text, and sends no other annotation', () => {
		const view = readerView(lesson(), { lens: 'quotes', lang: 'fr' });
		expect(view.lens?.notes).toEqual([]);
		const hedges = readerView(lesson(), { lens: 'hedges', lang: 'fr' });
		const marked = hedges.paragraphs.flatMap((p) =>
			p.runs.filter((r) => r.note).map((r) => [r.note, r.segments.map((s) => s.text).join('')])
		);
		expect(marked).toEqual([['aurait', 'aurait été tué']]);
		expect(JSON.stringify(hedges)).not.toContain('Bakou parle');
		expect(
			hedges.paragraphs.map((p) => p.runs.flatMap((r) => r.segments.map((s) => s.text)).join(''))
		).toEqual(FR);
	});
});
