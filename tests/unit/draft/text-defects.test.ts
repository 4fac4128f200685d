import { describe, expect, it } from 'vitest';
import { draft, found } from './voices-helpers';

const defects = (...paragraphs: string[]) =>
	found(draft(...paragraphs), 'text-quality').map((d) => [d.text, d.defect, d.correction]);

describe('text defects', () => {
	it('finds a word doubled across a broken sentence', () => {
		expect(
			defects('Le cessez-le-feu a mis fin à la guerre de 2020. guerre, affirmant que tout va bien.')
		).toEqual([['2020. guerre', 'broken-sentence', '2020']]);
	});

	it('finds a name spelled two ways, not a name and its feminine', () => {
		expect(
			defects(
				'La frappe a touché la colonie de Yukhari Oratagh.',
				'Des photos montrent la colonie de Yuktari Oratagh. Ivan Sapounov et Anna Sapounova ont parlé.'
			)
		).toEqual([['Yuktari', 'spelling', 'Yukhari']]);
	});

	it('flags quotation marks of another style than the text’s « », not a text that keeps to one', () => {
		expect(
			defects('Une opération “Revenge” a été menée, dit le ministère, qui parle de « hauteurs ».')
		).toEqual([['“Revenge”', 'typography', '« Revenge »']]);
		expect(defects('Une opération “Revenge” a été menée sur des “hauteurs”.')).toEqual([]);
	});

	it('flags an apostrophe of the other kind and a « without its space', () => {
		expect(
			defects(
				"L'entreprise refuse l'idée d'un prêt de l’État. Il dirigeait «Info 1 » après « Info 2 » et « Info 3 »."
			)
		).toEqual([
			['l’État', 'typography', "l'État"],
			['«Info 1 »', 'typography', '« Info 1 »']
		]);
	});

	it('puts the accent back on capitals', () => {
		expect(defects('A la suite de la crise, Etat et Ecole sont en grève. A-t-il raison ?')).toEqual(
			[
				['A', 'spelling', 'À'],
				['Etat', 'spelling', 'État'],
				['Ecole', 'spelling', 'École']
			]
		);
	});

	it('adds the comma between a closing quotation mark and an inverted reporting clause, not after « ? »', () => {
		expect(
			defects(
				'« Rien ne peut être sûr » a indiqué Ivan Orlov.',
				'« Pourquoi partir ? » demande-t-il.'
			)
		).toEqual([['» a indiqué', 'typography', '», a indiqué']]);
	});

	it('finds the punctuation slips around reported words', () => {
		expect(
			defects(
				'La première ministre du Québec, Pauline Marois a dit sa joie.',
				'Paul Vernet a précisé sa pensée an ajoutant : « nous sommes conscients de nos responsabilités ». Le titre a perdu - 33 % en un an.',
				'Deux associations se sont réjouit de la tenue du sommet.'
			)
		).toEqual([
			['Marois a dit', 'typography', 'Marois, a dit'],
			['an ajoutant', 'spelling', 'en ajoutant'],
			['« nous', 'typography', '« Nous'],
			['- 33', 'typography', '−33'],
			['réjouit', 'spelling', 'réjoui(e)s']
		]);
	});

	it('explains each defect in French and English', () => {
		for (const d of found(
			draft('Une opération “Revenge” a été menée sur des « hauteurs ».'),
			'text-quality'
		)) {
			expect(d.explanation.fr).toContain('« »');
			expect(d.explanation.en).toContain('« »');
			expect(d.review).toBe('suggested');
		}
	});
});
