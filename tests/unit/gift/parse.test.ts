import { describe, expect, it } from 'vitest';
import { parseGift, type GiftQuestion } from '$lib/gift/parse';
import { fixture, lineOf } from './fixtures';

const text = fixture('all-constructs.gift');
const { questions, errors } = parseGift(text);
const titled = (title: string) => {
	const found = questions.find((q) => q.title === title);
	if (!found) throw new Error(`no question titled ${title}`);
	return found;
};
const as = <K extends GiftQuestion['kind']>(q: GiftQuestion, kind: K) => {
	expect(q.kind).toBe(kind);
	return q as Extract<GiftQuestion, { kind: K }>;
};

describe('parseGift on a file with every construct', () => {
	it('reads every question without an error, each at the line it starts on', () => {
		expect(errors).toEqual([]);
		expect(questions).toHaveLength(19);
		for (const q of questions.filter((q) => q.title)) {
			expect(q.line).toBe(lineOf(text, `::${q.title}::`));
		}
	});

	it('keeps the category, the title and the comments of a question', () => {
		const q = titled('Qui annonce');
		expect(q.category).toBe('$course$/top/Médias/Karabakh');
		expect(q.comments).toEqual(['en: Who announced the operation?']);
		expect(q.line).toBe(lineOf(text, '// en: Who announced') + 1);
	});

	it('reads a French " : " as text, not as a title or a tolerance', () => {
		expect(titled('Vrai faux').text).toBe(
			"Le texte dit que l'opération a réussi : c'est un fait établi."
		);
	});

	it('reads single choice with per-answer feedback, a partial weight and general feedback', () => {
		const q = as(titled('Qui annonce'), 'multichoice');
		expect(q.single).toBe(true);
		expect(q.answers).toEqual([
			{
				text: 'Le ministère azerbaïdjanais de la Défense',
				weight: 1,
				feedback: "Oui : il « a affirmé » l'avoir menée."
			},
			{
				text: "L'Armée de défense d'Artsakh",
				weight: 0,
				feedback: 'Non : elle annonce ses pertes.'
			},
			{ text: 'Bakou, sans plus de précision', weight: 0.5, feedback: 'En partie.' }
		]);
		expect(q.generalFeedback).toBe('Relisez le premier paragraphe : le verbe « a affirmé ».');
	});

	it('reads multiple answers with negative weights', () => {
		const q = as(titled('Verbes'), 'multichoice');
		expect(q.single).toBe(false);
		expect(q.answers.map((a) => a.weight)).toEqual([0.5, 0.5, -1, -1]);
	});

	it('reads true/false with the feedback for a wrong then a right answer', () => {
		const q = as(titled('Vrai faux'), 'truefalse');
		expect(q).toMatchObject({
			answer: false,
			wrongFeedback: "Non : c'est Bakou qui le dit.",
			rightFeedback: "Exact : c'est une affirmation de Bakou.",
			generalFeedback: "Un camp l'affirme ; rien ne le vérifie."
		});
		expect(as(titled('Vrai court'), 'truefalse').answer).toBe(true);
	});

	it('reads short answers and missing words (the blank where the braces were)', () => {
		expect(as(titled('Réponse courte'), 'short').answers.map((a) => [a.text, a.weight])).toEqual([
			['Bakou', 1],
			['Baku', 1],
			['Azerbaïdjan', 0.5]
		]);
		const gap = questions.find((q) => q.text.startsWith('Le ministère _____'));
		expect(gap).toMatchObject({ kind: 'multichoice', missingWord: true, single: true });
		expect(questions.find((q) => q.text.startsWith('Les combattants _____'))).toMatchObject({
			kind: 'short',
			missingWord: true
		});
	});

	it('reads matching, an empty left side included', () => {
		expect(as(titled('Appariement'), 'match').pairs.at(-1)).toEqual({
			left: '',
			right: 'Le journaliste'
		});
	});

	it('reads numbers: exact, with a tolerance, as a range, with partial credit and a catch-all feedback', () => {
		expect(as(titled('Année'), 'numerical').answers).toEqual([
			{ value: 2020, tolerance: 0, weight: 1, feedback: '' }
		]);
		expect(as(titled('Tolérance'), 'numerical').answers[0]).toMatchObject({
			value: 3,
			tolerance: 2
		});
		const range = as(titled('Intervalle'), 'numerical');
		expect(range.answers).toEqual([
			{ value: 44, tolerance: 0, weight: 1, feedback: 'Exact.' },
			{ value: 45, tolerance: 5, weight: 0.5, feedback: 'Proche.' }
		]);
		expect(range.wrongFeedback).toBe('Non, relisez le texte.');
	});

	it('unescapes \\{ \\} \\= \\~ \\# \\: and \\\\', () => {
		expect(titled('Échappements').text).toBe(
			'Dans ce texte, { et } sont des accolades, = un égal, ~ un tilde, # un dièse, : deux-points et \\ une barre.'
		);
	});

	it('tells essays and descriptions apart', () => {
		expect(titled('Rédaction').kind).toBe('essay');
		expect(titled('Consigne').kind).toBe('description');
	});

	it('reads a question written over several lines', () => {
		expect(titled('Multiligne').text).toBe(
			"Voici une question\nécrite sur plusieurs lignes :\nqui parle d'abord ?"
		);
	});

	it('reads the [html], [markdown] and [plain] formats', () => {
		expect(titled('Multilingue').format).toBe('html');
		expect(titled('Markdown')).toMatchObject({
			format: 'markdown',
			text: 'Que veut dire *prétend* ?'
		});
		expect(titled('Plain')).toMatchObject({ format: 'plain', text: 'Écrivez <b> tel quel.' });
	});
});

describe('parseGift on mistakes', () => {
	it('says which line opens answers that are never closed', () => {
		const broken = fixture('unclosed-brace.gift');
		const result = parseGift(broken);
		expect(result.errors).toEqual([{ line: lineOf(broken, '::Deux::'), code: 'unclosedBrace' }]);
	});

	it('says which line closes a brace that was never opened', () => {
		expect(parseGift('::A::Qui ?{=a ~b}\n\n\nQui parle } ici ?').errors).toEqual([
			{ line: 4, code: 'closeWithoutOpen' }
		]);
	});

	it('refuses a number that is not one, and a match without its arrow, at the line of the braces', () => {
		expect(parseGift('Combien ?\n{#trois}').errors).toEqual([
			{ line: 2, code: 'notANumber', values: { answer: 'trois' } }
		]);
		expect(parseGift('Associez.{=a -> b =c d =e -> f}').errors[0]).toMatchObject({
			line: 1,
			code: 'matchWithoutArrow'
		});
	});
});
