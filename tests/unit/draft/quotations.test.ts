import { describe, expect, it } from 'vitest';
import { quotationSpans } from '../../../src/lib/draft/spans';
import { draft, found, speakerName } from './voices-helpers';

const quotes = (...paragraphs: string[]) => {
	const context = draft(...paragraphs);
	return found(context, 'quotation').map((q) => ({
		text: q.text,
		speaker: speakerName(context, q.speaker),
		reason: q.reason
	}));
};

describe('quotation marks', () => {
	it('finds « », “ ” and " " spans, the marks included', () => {
		const text = 'Il parle d’une opération “Revenge”, de « hauteurs » et d’un "accord" signé.';
		expect(quotationSpans(text, 0).map((q) => [text.slice(q.start, q.end), q.style])).toEqual([
			['“Revenge”', 'curly'],
			['« hauteurs »', 'guillemets'],
			['"accord"', 'straight']
		]);
	});

	it('keeps a nested quotation inside its parent', () => {
		const text = '« Ils parlent d’une “provocation”, c’est faux », dit-il.';
		const [outer] = quotationSpans(text, 0);
		expect(text.slice(outer!.start, outer!.end)).toBe(
			'« Ils parlent d’une “provocation”, c’est faux »'
		);
		expect(outer!.nested.map((q) => text.slice(q.start, q.end))).toEqual(['“provocation”']);
	});

	it('runs an unclosed quotation to the end of its paragraph', () => {
		const [quote] = quotationSpans('Elle a écrit : « Je pars demain.', 0);
		expect(quote!.unclosed).toBe(true);
	});
});

describe('quotations', () => {
	it('gives the speaker of the reporting verb before or after the quotation', () => {
		expect(
			quotes(
				'« Rien ne peut être sûr. Mais nous avons des traces » a indiqué Ivan Orlov.',
				'Le directeur, Paul Vernet, a précisé que « personne ne sera oublié ».'
			)
		).toEqual([
			{
				text: '« Rien ne peut être sûr. Mais nous avons des traces »',
				speaker: 'Ivan Orlov',
				reason: 'exact-words'
			},
			{ text: '« personne ne sera oublié »', speaker: 'Paul Vernet', reason: 'exact-words' }
		]);
	});

	it('gives a quoted term the speaker of its sentence', () => {
		expect(quotes('Bakou prétend contrôler plusieurs autres “hauteurs importantes”.')).toEqual([
			{ text: '“hauteurs importantes”', speaker: 'Bakou', reason: 'loaded-term' }
		]);
	});

	it('leaves a few quoted words nobody says to the journalist, a long quotation to no identifiable source', () => {
		expect(
			quotes(
				'Il dirigeait le journal «Telenoticias 1 ». Ensuite il limogea « de haut en bas toute l’équipe en un mois ».'
			)
		).toEqual([
			{ text: '«Telenoticias 1 »', speaker: 'le journaliste (le texte lui-même)', reason: 'name' },
			{
				text: '« de haut en bas toute l’équipe en un mois »',
				speaker: 'aucune source identifiable',
				reason: 'exact-words'
			}
		]);
	});

	it('says in the explanation that a quotation holds another one', () => {
		const context = draft('« Ils parlent d’une “provocation”, c’est faux », dit le maire.');
		const [quote] = found(context, 'quotation');
		expect(quote!.explanation.fr).toContain('“provocation”');
		expect(quote!.explanation.en).toContain('“provocation”');
	});

	it('anchors the same quotation twice in two places', () => {
		const context = draft(
			'Une opération “Revenge” a eu lieu.',
			'L’opération “Revenge” a réussi, selon Bakou.'
		);
		const list = found(context, 'quotation');
		expect(list.map((q) => q.text)).toEqual(['“Revenge”', '“Revenge”']);
		expect(list[0]!.anchor.paragraph).toBe(1);
		expect(list[1]!.anchor.paragraph).toBe(2);
		expect(new Set(list.map((q) => q.id)).size).toBe(2);
	});
});
