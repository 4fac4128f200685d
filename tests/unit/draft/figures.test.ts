import { describe, expect, it } from 'vitest';
import { draft, found, speakerName } from './voices-helpers';

describe('figures', () => {
	it('finds numbers with their unit, ranges and approximations, with who gives them', () => {
		const context = draft(
			'Des poils appartiendraient au yéti avec une probabilité de 60 à 70 %, a annoncé Ivan Orlov.',
			'L’entreprise va supprimer pas moins de 8 000 postes en 2014, dont 1 600 emplois à Rennes.',
			'Un porte-parole de l’armée affirme que deux de ses militaires ont été tués, et 14 autres blessés.'
		);
		const claims = found(context, 'claim');
		expect(claims.map((c) => [c.text, speakerName(context, c.speaker), c.status])).toEqual([
			['60 à 70 %', 'Ivan Orlov', 'unconfirmed'],
			['pas moins de 8 000 postes', 'le journaliste (le texte lui-même)', 'background'],
			['1 600 emplois', 'le journaliste (le texte lui-même)', 'background'],
			['14 autres blessés', 'Un porte-parole de l’armée', 'unconfirmed']
		]);
	});

	it('gives a figure inside a quotation to the quoted speaker', () => {
		const context = draft('« Nous sommes certains à 95 % » a indiqué Ivan Orlov.');
		const [claim] = found(context, 'claim');
		expect(claim!.text).toBe('95 %');
		expect(speakerName(context, claim!.speaker)).toBe('Ivan Orlov');
	});

	it('leaves years and dates alone', () => {
		expect(
			found(
				draft('Les premières rumeurs datent de février 2009, et le sommet aura lieu en 2013.'),
				'claim'
			)
		).toEqual([]);
	});

	it('writes claims ready for the claims map: a claim, no evidence yet, an explanation', () => {
		const [claim] = found(draft('Le chômage a baissé de 2,5 % selon l’Insee.'), 'claim');
		expect(claim).toMatchObject({
			claim: {
				fr: '2,5 % : « Le chômage a baissé de 2,5 % selon l’Insee »',
				en: '2,5 %: “Le chômage a baissé de 2,5 % selon l’Insee”'
			},
			evidence: null,
			review: 'suggested'
		});
		expect(claim!.explanation.fr).toContain('Insee');
	});
});

describe('the claim of a figure', () => {
	it('keeps the figure in view in a long sentence', () => {
		const [claim] = found(
			draft(
				'Des poils trouvés en Sibérie appartiendraient au mythique yéti avec une probabilité de 60 à 70 %, a annoncé Ivan Orlov.'
			),
			'claim'
		);
		expect(claim!.claim.fr).toBe(
			'60 à 70 % : « … appartiendraient au mythique yéti avec une probabilité de 60 à 70 % »'
		);
	});
});
