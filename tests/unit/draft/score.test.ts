import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goldFromLesson, norm, scoreDraft, type Gold } from '$lib/draft/score';
import type { Annotation, Speaker } from '$lib/lesson/annotation-schema';

const LINES = [
	'Des scientifiques affirment avoir trouvé des poils',
	'Selon V. Sapounov, les poils appartiendraient au yéti.',
	'« Rien ne peut être sûr à 100 % », a-t-il indiqué. On dit que la région serait habitée.'
];

const GOLD: Gold = {
	text: 'test.txt',
	speakers: [{ id: 'sapounov', aliases: ['V. Sapounov', 'Valentine Sapounov'] }],
	sentences: [
		{
			paragraph: 2,
			quote: 'Selon V. Sapounov, les poils appartiendraient au yéti.',
			source: 'sapounov'
		},
		{
			paragraph: 3,
			quote: '« Rien ne peut être sûr à 100 % », a-t-il indiqué.',
			source: 'sapounov'
		},
		{ paragraph: 3, quote: 'On dit que la région serait habitée.', source: 'unsourced' }
	],
	reportingVerbs: [
		{ paragraph: 2, quote: 'Selon' },
		{ paragraph: 3, quote: 'a-t-il indiqué' },
		{ paragraph: 3, quote: 'On dit', optional: true }
	],
	conditionals: [
		{ paragraph: 2, quote: 'appartiendraient', hedge: true },
		{ paragraph: 3, quote: 'serait', hedge: false }
	],
	quotations: [{ paragraph: 3, quote: 'Rien ne peut être sûr à 100 %' }],
	textQuality: [{ paragraph: 2, quote: 'V.', alsoAt: [{ paragraph: 3, quote: 'région' }] }],
	unattributed: [{ paragraph: 3, quote: 'On dit que la région serait habitée.' }]
};

const bi = (fr: string) => ({ fr, en: fr });
const SPEAKERS: Speaker[] = [
	{
		id: 'sapounov',
		name: bi('Valentin Sapounov, chercheur'),
		label: bi('Sapounov'),
		role: 'party'
	},
	{ id: 'personne', name: bi('aucune source'), label: bi('?'), role: 'unsourced' }
];
const note = { explanation: bi('x') };
const ANNOTATIONS: Partial<Annotation>[] = [
	{
		kind: 'source',
		speaker: 'sapounov',
		anchor: { quote: 'Selon V. Sapounov, les poils appartiendraient au yéti.' },
		...note
	},
	{
		kind: 'source',
		speaker: 'personne',
		anchor: { quote: '« Rien ne peut être sûr à 100 % », a-t-il indiqué.' },
		...note
	},
	{
		kind: 'source',
		speaker: 'personne',
		anchor: { quote: 'On dit que la région serait habitée.' },
		...note
	},
	{ kind: 'reporting-verb', anchor: { quote: 'Selon' }, ...note },
	{ kind: 'reporting-verb', anchor: { quote: 'On dit' }, ...note },
	// A whole paragraph is no verb: far longer than the reference span.
	{ kind: 'reporting-verb', anchor: { quote: LINES[2]! }, ...note },
	{ kind: 'hedge', marker: 'conditional', anchor: { quote: 'appartiendraient' }, ...note },
	{ kind: 'hedge', marker: 'conditional', anchor: { quote: 'serait' }, ...note },
	// The whole paragraph around a quotation shares less than half of it: not a match.
	{
		kind: 'quotation',
		anchor: { quote: LINES[2]! },
		...note
	},
	{ kind: 'text-quality', anchor: { quote: 'région' }, ...note },
	{ kind: 'text-quality', anchor: { quote: 'introuvable' }, ...note }
];

describe('scoreDraft (the rules of score-draft.py)', () => {
	const score = scoreDraft(GOLD, LINES, {
		paragraphs: LINES.slice(1),
		speakers: SPEAKERS,
		annotations: ANNOTATIONS
	});

	it('recall over required items, precision over drafted ones (optional items count as right)', () => {
		expect(score.categories.verbs).toMatchObject({ core: 2, found: 1, drafted: 3, correct: 2 });
		expect(score.categories.verbs.recall).toBe(0.5);
		expect(score.categories.verbs.precision).toBe(0.67);
		expect(score.categories.verbs.missed).toEqual(['a-t-il indiqué']);
	});

	it('counts a conditional in the wrong class as missed in one and wrong in the other', () => {
		expect(score.categories.hedges).toMatchObject({ core: 1, found: 1, drafted: 2, correct: 1 });
		expect(score.categories.non_hedge_conditionals).toMatchObject({
			core: 1,
			found: 0,
			drafted: 0
		});
		expect(score.categories.non_hedge_conditionals.precision).toBeNull();
	});

	it('wants a quotation to cover at least half of the quoted words', () => {
		expect(score.categories.quotations).toMatchObject({ found: 0, drafted: 1, correct: 0 });
	});

	it('takes another place of the same defect as right but not required; unplaced drafts are wrong', () => {
		expect(score.categories.text_quality).toMatchObject({
			core: 1,
			found: 0,
			drafted: 2,
			correct: 1,
			unplaced: 1
		});
	});

	it('reads unsourced sources as unattributed claims', () => {
		expect(score.categories.unattributed).toMatchObject({ core: 1, found: 1 });
	});

	it('maps drafted speakers to the reference by role or name for sentence sources', () => {
		expect(score.sources).toEqual({ sentences: 3, correct: 2, accuracy: 0.67 });
		expect(score.paragraphsFound).toBe(2);
	});

	it('totals over every category', () => {
		expect(score.recall).toBe(round((1 + 1 + 0 + 0 + 0 + 1) / 7));
		expect(score.precision).toBe(round((2 + 1 + 0 + 1 + 1) / (3 + 2 + 1 + 2 + 2)));
	});

	it('normalises spaces like the reference scorer', () => {
		expect(norm(' a\u00a0 b\n')).toBe('a b');
	});
});

const round = (n: number) => Math.round(n * 100) / 100;

describe('goldFromLesson', () => {
	it('scores the seed’s own reading as perfect', () => {
		const lesson = parse(readFileSync('questions/karabakh-revenge/lesson.yaml', 'utf8'));
		const file = parse(readFileSync('questions/karabakh-revenge/annotations.yaml', 'utf8'));
		const paragraphs = lesson.paragraphs.map((p: { fr: string }) => p.fr.trim());
		const { gold, lines } = goldFromLesson(
			lesson.title.fr,
			paragraphs,
			file.speakers,
			file.annotations
		);
		expect(gold.reportingVerbs!.length).toBeGreaterThan(10);
		expect(gold.sentences!.length).toBeGreaterThan(10);
		const score = scoreDraft(gold, lines, {
			paragraphs,
			speakers: file.speakers,
			annotations: file.annotations
		});
		expect(score.recall).toBe(1);
		expect(score.sources.accuracy).toBe(1);
		// Hedges other than conditionals are not in the reference's conditionals: they lower the
		// hedges' precision, as in the reference scorer.
		for (const name of ['verbs', 'quotations', 'text_quality', 'unattributed'] as const) {
			expect(score.categories[name].precision, name).toBe(1);
		}
	});
});
