import { describe, expect, it } from 'vitest';
import { importGift } from '$lib/gift/import';
import { giftMessageLine } from '$lib/gift/messages';
import type { Question } from '$lib/quiz/schema';
import { fixture, lineOf } from './fixtures';

const text = fixture('all-constructs.gift');
const result = importGift(text, ['qui-annonce']);
const at = (marker: string) => {
	const found = result.questions.find((q) => q.line === lineOf(text, marker));
	if (!found) throw new Error(`nothing imported from the line of ${marker}`);
	return found;
};
const as = <T extends Question['type']>(q: Question, type: T) => {
	expect(q.type).toBe(type);
	return q as Extract<Question, { type: T }>;
};

describe('importGift: what each construct becomes', () => {
	it('imports every question with an equivalent, as a suggestion without evidence', () => {
		expect(result.errors).toEqual([]);
		expect(result.questions).toHaveLength(17);
		for (const { question } of result.questions) {
			expect(question.review).toBe('suggested');
			expect(question.evidence).toBeUndefined();
		}
	});

	it('lists what has no equivalent by line, with the reason, instead of losing it', () => {
		expect(result.skipped).toEqual([
			{ line: lineOf(text, '::Rédaction::'), code: 'skipEssay', values: { kind: 'essay' } },
			{
				line: lineOf(text, '::Consigne::'),
				code: 'skipDescription',
				values: { kind: 'description' }
			}
		]);
		expect(result.skipped.map((m) => giftMessageLine(m))).toEqual([
			`line ${lineOf(text, '::Rédaction::')}: an essay: its answers are graded by hand, which the quiz here does not do.`,
			`line ${lineOf(text, '::Consigne::')}: a description (text without a question): nothing to answer here.`
		]);
	});

	it('gives ids unique in the lesson', () => {
		const ids = result.questions.map((q) => q.question.id);
		expect(new Set(ids).size).toBe(ids.length);
		// "qui-annonce" is taken by a question of the lesson already.
		expect(at('::Qui annonce::').question.id).toBe('qui-annonce-2');
	});

	it('takes the English from a // en: line or multilang spans, else marks it to write', () => {
		const first = at('::Qui annonce::').question;
		expect(first.prompt).toEqual({
			fr: "Qui annonce l'opération « Revenge » ?",
			en: 'Who announced the operation?'
		});
		expect(first.feedback.en).toBe(
			'[to translate] Relisez le premier paragraphe : le verbe « a affirmé ».'
		);
		const spans = as(at('::Multilingue::').question, 'single');
		expect(spans.prompt).toEqual({
			fr: 'Qui parle au paragraphe 6 ?',
			en: 'Who speaks in paragraph 6?'
		});
		expect(spans.options.map((o) => o.text)).toEqual([
			{ fr: 'Un porte-parole', en: 'A spokesperson' },
			{ fr: 'Le journaliste', en: 'The journalist' }
		]);
		expect(spans.feedback).toEqual({ fr: 'Il est cité.', en: 'He is quoted.' });
	});

	it('maps single choice, with a note for the partial credit it drops', () => {
		const { question, notes } = at('::Qui annonce::');
		const q = as(question, 'single');
		expect(q.options.map((o) => o.correct)).toEqual([true, false, false]);
		expect(q.options[1]!.feedback?.fr).toBe('Non : elle annonce ses pertes.');
		expect(notes).toContainEqual(
			expect.objectContaining({
				code: 'partialCreditDropped',
				values: expect.objectContaining({ percent: 50 })
			})
		);
	});

	it('maps multiple answers with positive weights as the right ones, scored per option', () => {
		const q = as(at('::Verbes::').question, 'multiple');
		expect(q.options.map((o) => [o.text.fr, o.correct])).toEqual([
			['prétend', true],
			['a décrit comme', true],
			['a déclaré', false],
			['a dit', false]
		]);
		expect(q.scoring).toBe('partial');
	});

	it('maps true/false to two options whose feedback follows what was chosen', () => {
		const q = as(at('::Vrai faux::').question, 'single');
		expect(q.options).toEqual([
			{
				id: 'vrai',
				text: { fr: 'Vrai', en: 'True' },
				correct: false,
				feedback: expect.objectContaining({ fr: "Non : c'est Bakou qui le dit." })
			},
			{
				id: 'faux',
				text: { fr: 'Faux', en: 'False' },
				correct: true,
				feedback: expect.objectContaining({ fr: "Exact : c'est une affirmation de Bakou." })
			}
		]);
	});

	it('maps short answers and missing words (a gap to choose or to type)', () => {
		expect(as(at('::Réponse courte::').question, 'short').answers).toEqual(['Bakou', 'Baku']);
		const choose = as(at('Le ministère {').question, 'gap');
		expect(choose).toMatchObject({
			sentence: "Le ministère ___ avoir mené l'opération.",
			mode: 'choose',
			choices: ['a affirmé', 'a prouvé', 'a nié'],
			answers: ['a affirmé']
		});
		expect(choose.wrongAnswers[0]).toMatchObject({
			answer: 'a prouvé',
			feedback: { fr: "Rien n'est prouvé dans le texte." }
		});
		expect(as(at('Les combattants {').question, 'gap')).toMatchObject({
			mode: 'type',
			answers: ['tués', 'morts']
		});
	});

	it('maps matching, the empty left side becoming a choice no statement matches', () => {
		const q = as(at('::Appariement::').question, 'match');
		expect(q.choices.map((c) => c.text.fr)).toEqual([
			'Bakou',
			'Artsakh',
			'La Pologne',
			'Le journaliste'
		]);
		expect(q.items.map((i) => [i.text.fr, i.answer])).toEqual([
			["L'opération est un succès", 'bakou'],
			['Trois combattants sont morts', 'artsakh'],
			['Il faut reprendre le dialogue', 'la-pologne']
		]);
	});

	it('maps numbers to short answers: exact values, and a small tolerance as the whole numbers it allows', () => {
		expect(as(at('::Année::').question, 'short')).toMatchObject({
			answers: ['2020'],
			variants: ['numbers']
		});
		expect(as(at('::Tolérance::').question, 'short').answers).toEqual(['1', '2', '3', '4', '5']);
		const range = at('::Intervalle::');
		expect(as(range.question, 'short').answers).toEqual(['44']);
		expect(range.notes.map((n) => n.code)).toEqual(
			expect.arrayContaining(['partialCreditDropped', 'wrongFeedbackDropped'])
		);
	});

	it('takes the skill from a // skill: line or a category named after one', () => {
		const file = '$CATEGORY: $course$/top/hedge\n\nQui ?{=a ~b}\n\n// skill: source\nQui ?{=a ~b}';
		expect(importGift(file).questions.map((q) => [q.question.skill, q.notes])).toEqual([
			['hedge', [expect.objectContaining({ code: 'noGeneralFeedback' })]],
			['source', [expect.objectContaining({ code: 'noGeneralFeedback' })]]
		]);
		expect(at('::Qui annonce::').notes[0]).toEqual({ line: 8, code: 'skillGuessed' });
	});

	it('skips a tolerance it cannot list, and says so', () => {
		const wide = importGift('Combien ?{#1000:50}');
		expect(wide.questions).toEqual([]);
		expect(giftMessageLine(wide.skipped[0]!)).toBe(
			'line 1: numerical: 1000 give or take 50 cannot be listed as answers (whole numbers, at most 10 either way).'
		);
	});

	it('turns matching to positions 1, 2, 3 back into an order question', () => {
		const q = as(at('::Ordre::').question, 'order');
		expect(q.items.map((i) => i.text.fr)).toEqual([
			'La guerre',
			'Le cessez-le-feu',
			"L'opération « Revenge »"
		]);
	});

	it('keeps escaped characters, multi-line texts, markdown and plain texts as written', () => {
		expect(at('::Échappements::').question.prompt.fr).toContain(
			'{ et } sont des accolades, = un égal'
		);
		expect(at('::Multiligne::').question.prompt.fr).toBe(
			"Voici une question\nécrite sur plusieurs lignes :\nqui parle d'abord ?"
		);
		expect(as(at('::Plain::').question, 'short').answers).toEqual(['<b>']);
	});
});

describe('importGift: bad files', () => {
	it('refuses a file with an unclosed brace, at its line, importing nothing', () => {
		const broken = fixture('unclosed-brace.gift');
		const r = importGift(broken);
		expect(r.errors.map((e) => giftMessageLine(e))).toEqual([
			expect.stringMatching(
				new RegExp(
					`^line ${lineOf(broken, '::Deux::')}: the answers opened with “\\{” are not closed`
				)
			)
		]);
	});

	it('refuses a text that is not GIFT', () => {
		expect(importGift(fixture('not-gift.txt')).errors).toEqual([{ line: 1, code: 'notGift' }]);
	});
});
