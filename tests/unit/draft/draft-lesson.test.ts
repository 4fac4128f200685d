import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { anchorFor } from '$lib/draft/anchor-for';
import { draftLesson, draftParagraphs, DRAFT_FILES } from '$lib/draft/draft-lesson';
import { buildLesson } from '$lib/lesson/load';
import type { Detector } from '$lib/draft/types';
import { fixtureLexicon } from './fixture-lexicon';
import { seedDetector, seedText } from './seed-detector';

const folderOf = (result: ReturnType<typeof draftLesson>) => ({
	id: result.id,
	label: `questions/${result.id}`,
	files: new Map(DRAFT_FILES.map((f) => [f, new TextEncoder().encode(result.files[f])]))
});

const TEXT = [
	'Selon l’armée d’Artsakh, Bakou affirme à tort que le cessez-le-feu tient.',
	'Des positions auraient été la cible de tirs. L’armée de l’État dément.',
	'Bakou prétend contrôler les hauteurs de la crête, « des hauteurs importantes ».'
].join('\n');

/** A detector that proposes what the voices, verbs and words detectors would: one of each kind. */
const handMade: Detector = {
	name: 'hand-made',
	run(context) {
		context.speakers.push(
			{
				id: 'baku',
				name: {
					fr: 'le ministère azerbaïdjanais de la Défense',
					en: 'the Azerbaijani Ministry of Defence'
				},
				label: { fr: 'Bakou', en: 'Baku' },
				role: 'party'
			},
			{
				id: 'artsakh',
				name: { fr: 'l’armée d’Artsakh', en: 'the Artsakh army' },
				label: { fr: 'Artsakh', en: 'Artsakh' },
				role: 'party'
			}
		);
		const explanation = (fr: string, en: string) => ({ fr, en });
		context.annotations.push(
			{
				id: 'source-p1',
				kind: 'source',
				speaker: 'artsakh',
				anchor: {
					quote: 'Selon l’armée d’Artsakh, Bakou affirme à tort que le cessez-le-feu tient.'
				},
				explanation: explanation(
					'« Selon l’armée d’Artsakh » : c’est sa version.',
					'“Selon”: its version.'
				)
			},
			{
				id: 'source-p3',
				kind: 'source',
				speaker: 'baku',
				anchor: {
					quote: 'Bakou prétend contrôler les hauteurs de la crête, « des hauteurs importantes ».'
				},
				explanation: explanation(
					'« Bakou prétend » : la version de Bakou.',
					'“Baku claims”: Baku’s version.'
				)
			},
			{
				id: 'verb-pretend',
				kind: 'reporting-verb',
				speaker: 'baku',
				distance: 'distancing',
				anchor: { quote: 'prétend' },
				explanation: explanation(
					'« Prétendre » : le journaliste prend ses distances.',
					'“Prétendre”: the journalist keeps his distance.'
				)
			},
			{
				id: 'verb-dement',
				kind: 'reporting-verb',
				distance: 'evaluative',
				anchor: { quote: 'dément' },
				explanation: explanation(
					'« Démentir » : dire que c’est faux.',
					'“Démentir”: to say it is false.'
				)
			},
			{
				id: 'hedge-auraient',
				kind: 'hedge',
				marker: 'conditional',
				anchor: { quote: 'auraient été' },
				explanation: explanation(
					'Conditionnel journalistique : non vérifié.',
					'Journalistic conditional: not checked.'
				)
			},
			{
				id: 'quote-hauteurs',
				kind: 'quotation',
				speaker: 'baku',
				reason: 'loaded-term',
				anchor: { quote: '« des hauteurs importantes »' },
				explanation: explanation('Les mots de Bakou.', 'Baku’s words.')
			},
			{
				id: 'claim-ceasefire',
				kind: 'claim',
				speaker: 'baku',
				claim: { fr: 'Le cessez-le-feu tient.', en: 'The ceasefire holds.' },
				evidence: null,
				status: 'unconfirmed',
				anchor: { quote: 'le cessez-le-feu tient' },
				explanation: explanation('Seul Bakou le dit.', 'Only Baku says so.')
			},
			// An ambiguous quote ("armée" twice): the loader would refuse it, so the draft leaves it out.
			{
				id: 'ambiguous',
				kind: 'text-quality',
				defect: 'typography',
				correction: 'armée',
				anchor: { quote: 'armée' },
				explanation: explanation('x', 'x')
			}
		);
		context.glossary.push(
			{
				id: 'hauteur',
				lemma: 'hauteur',
				pos: 'noun',
				gender: 'f',
				forms: ['hauteurs'],
				rank: 2400
			},
			{ id: 'crete', lemma: 'crête', pos: 'noun', gender: 'f', forms: ['crête'], rank: 9800 },
			// A form not in the text and a noun without gender: neither could validate.
			{ id: 'absent', lemma: 'absent', pos: 'adjective', forms: ['absente'] },
			{ id: 'frappe', lemma: 'frappe', pos: 'noun', forms: ['frappe'] }
		);
	}
};

describe('draftParagraphs', () => {
	it('keeps each non-empty line verbatim, typography included, and mends line ends and tabs', () => {
		const text = "« Oui », dit-il\u00a0: l’armée “gagne”.\r\n\r\n\tSecond\tparagraphe ’ '\r\nTrois";
		expect(draftParagraphs(text)).toEqual([
			'« Oui », dit-il\u00a0: l’armée “gagne”.',
			"Second paragraphe ’ '",
			'Trois'
		]);
	});
});

describe('anchorFor', () => {
	it('gives the shortest anchor that finds exactly the span', () => {
		const paragraphs = ['Le chat dort. Le chat mange.', 'Le chien'];
		expect(anchorFor(paragraphs, 1, 3, 8)).toEqual({ quote: 'chien' });
		const second = anchorFor(paragraphs, 0, 17, 21);
		expect(second.quote).toBe('chat');
		expect(second.prefix).toBeDefined();
	});
});

describe('draftLesson', () => {
	const result = draftLesson(TEXT, {
		title: 'Haut-Karabakh : qui dit quoi ?',
		level: 'B1',
		lexicon: fixtureLexicon,
		detectors: [handMade]
	});
	const files = Object.fromEntries(DRAFT_FILES.map((f) => [f, parse(result.files[f])]));

	it('writes four files that the loader validates with no problem', () => {
		expect(result.id).toBe('haut-karabakh-qui-dit-quoi');
		const built = buildLesson(folderOf(result));
		expect(built.problems).toEqual([]);
		expect(built.lesson?.status).toBe('draft');
		expect(built.lesson?.paragraphs.map((p) => p.fr)).toEqual(TEXT.split('\n'));
	});

	it('names its JSON Schema on the first line of each file, like the seed, and uses no alias', () => {
		for (const name of DRAFT_FILES) {
			expect(result.files[name]).not.toMatch(/[&*]a\d/);
			expect(result.files[name].split('\n')[0]).toBe(
				`# yaml-language-server: $schema=../schema/${name.replace('.yaml', '')}.schema.json`
			);
		}
	});

	it('marks every proposal as a suggestion and leaves the English to write', () => {
		expect(files['lesson.yaml'].status).toBe('draft');
		expect(files['lesson.yaml'].title).toEqual({ fr: 'Haut-Karabakh : qui dit quoi ?' });
		expect(files['lesson.yaml'].paragraphs.every((p: object) => !('en' in p))).toBe(true);
		for (const [file, list] of [
			['glossary.yaml', 'terms'],
			['annotations.yaml', 'annotations'],
			['quiz.yaml', 'questions']
		] as const) {
			expect(files[file][list].length, file).toBeGreaterThan(0);
			for (const item of files[file][list])
				expect(item.review, `${file} ${item.id}`).toBe('suggested');
		}
		const warnings = buildLesson(folderOf(result)).warnings.map((w) => w.message);
		expect(warnings).toContain('the English title (title: en) is still to write');
		expect(warnings.some((w) => /suggestions to review/.test(w))).toBe(true);
	});

	it('leaves out what the loader would refuse, and sources every sentence', () => {
		const ids = files['annotations.yaml'].annotations.map((a: { id: string }) => a.id);
		expect(ids).not.toContain('ambiguous');
		expect(files['glossary.yaml'].terms.map((t: { id: string }) => t.id)).toEqual([
			'hauteur',
			'crete'
		]);
		// The sentences nobody attributed are the text's own voice, to check.
		expect(ids).toContain('source-journalist-2');
		expect(result.summary.leftOut).toBeGreaterThan(0);
	});

	it('drafts a quiz from the annotations, evidence and feedback from their explanations', () => {
		const quiz = files['quiz.yaml'];
		const byId = Object.fromEntries(quiz.questions.map((q: { id: string }) => [q.id, q]));
		expect(byId['reporting-verb-1']).toMatchObject({
			type: 'gap',
			answers: ['prétend'],
			sentence: 'Bakou ___ contrôler les hauteurs de la crête, « des hauteurs importantes ».',
			feedback: { fr: '« Prétendre » : le journaliste prend ses distances.' },
			evidence: [{ quote: 'prétend', paragraph: 3 }]
		});
		expect(byId['mark-hedges-1']).toMatchObject({ type: 'mark', paragraph: 2 });
		expect(byId['claim-status-1']).toMatchObject({ type: 'claim', status: 'claimed' });
		expect(quiz.core.length).toBeGreaterThan(0);
		expect(result.summary).toMatchObject({
			paragraphs: 3,
			sentences: 4,
			questions: quiz.questions.length
		});
	});

	it('runs with an empty chain: the text alone, still a valid draft', () => {
		const bare = draftLesson(TEXT, { title: 'Texte nu', lexicon: fixtureLexicon, detectors: [] });
		expect(buildLesson(folderOf(bare)).problems).toEqual([]);
		expect(bare.summary.questions).toBe(0);
	});
});

describe('draftLesson on a whole article (the seed, its hand-made reading as the detectors)', () => {
	const result = draftLesson(seedText(), {
		title: 'Haut-Karabakh : l’opération « Revenge »',
		level: 'B2',
		lexicon: fixtureLexicon,
		detectors: [seedDetector()]
	});
	const quiz = parse(result.files['quiz.yaml']);

	it('validates, with at least 8 questions over at least 5 types and a core path', () => {
		const built = buildLesson(folderOf(result));
		expect(built.problems).toEqual([]);
		expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
		const types = new Set(quiz.questions.map((q: { type: string }) => q.type));
		expect([...types].sort()).toEqual(['claim', 'gap', 'mark', 'match', 'single']);
		expect(built.lesson!.corePath.length).toBeGreaterThanOrEqual(5);
		expect(built.lesson!.corePath.length).toBeLessThan(quiz.questions.length);
	});

	it('keeps the hand-made annotations it was given', () => {
		expect(result.summary.leftOut).toBe(0);
		expect(result.summary.annotations['reporting-verb']).toBeGreaterThan(5);
	});
});
