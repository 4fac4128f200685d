import { describe, expect, it } from 'vitest';
import { draft, found, speakerName } from './voices-helpers';

const verbs = (...paragraphs: string[]) => {
	const context = draft(...paragraphs);
	return found(context, 'reporting-verb').map((v) => ({
		text: v.text,
		distance: v.distance,
		speaker: speakerName(context, v.speaker)
	}));
};

describe('reporting verbs', () => {
	it('finds the present, the passé composé and the participle, with their speaker', () => {
		expect(
			verbs(
				'Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené une opération, assurant le contrôle de plusieurs endroits. Bakou affirme avoir détruit des positions, affirmant que la route est coupée.'
			)
		).toEqual([
			{
				text: 'a affirmé',
				distance: 'neutral',
				speaker: 'Le ministère azerbaïdjanais de la Défense'
			},
			{ text: 'affirme', distance: 'neutral', speaker: 'Bakou' },
			{ text: 'affirmant', distance: 'neutral', speaker: 'Bakou' }
		]);
	});

	it('tells distancing, evaluative and agentless verbs from neutral ones', () => {
		expect(
			verbs(
				'Suite à l’opération, Bakou prétend désormais contrôler les hauteurs. On dit maintenant que l’armée construit des routes. Le ministre dément ces chiffres et nuance les propos du maire. Il est affirmé que des dizaines de militants ont été tués.'
			).map(({ text, distance }) => [text, distance])
		).toEqual([
			['prétend', 'distancing'],
			['On dit', 'agentless'],
			['dément', 'evaluative'],
			['nuance', 'evaluative'],
			['Il est affirmé que', 'agentless']
		]);
	});

	it('attributes with selon, d’après, à en croire and « pour le procureur, »', () => {
		const found = verbs(
			'Valentin Petrov a annoncé la découverte. D’après V. Petrov, la grotte serait habitée. Selon des sources proches du dossier, le chantier reprendra. À en croire le maire, tout va bien. Pour le procureur, l’accusé a menti.'
		);
		expect(found).toEqual([
			{ text: 'a annoncé', distance: 'neutral', speaker: 'Valentin Petrov' },
			{ text: 'D’après', distance: 'neutral', speaker: 'Valentin Petrov' },
			{ text: 'Selon', distance: 'agentless', speaker: 'aucune source identifiable' },
			{ text: 'À en croire', distance: 'distancing', speaker: 'le maire' },
			{ text: 'Pour', distance: 'neutral', speaker: 'le procureur' }
		]);
	});

	it('leaves out nouns, other senses and « pour » that attributes nothing', () => {
		expect(
			verbs(
				'L’annonce est tombée ce matin. Cette déclaration a surpris. Pour se justifier, la chaîne a publié un texte. Pour l’instant, rien ne bouge. L’opération a été lancée après que des tirs ont visé le camp. Le soldat a été condamné à cinq ans, c’est-à-dire à la peine maximale. La nouvelle réjouit les habitants.'
			)
		).toEqual([]);
	});

	it('reads the passive with and without its agent', () => {
		expect(
			verbs(
				'La fermeture a été annoncée par le ministère du Travail. La fermeture annoncée de l’usine inquiète.'
			)
		).toEqual([
			{ text: 'a été annoncée', distance: 'neutral', speaker: 'le ministère du Travail' },
			{ text: 'annoncée', distance: 'agentless', speaker: 'aucune source identifiable' }
		]);
	});

	it('finds the subject after a quotation, after a comma, or as a pronoun', () => {
		const found = verbs(
			'« Nous pouvons confirmer ces résultats » a indiqué V. Martin. « La prise de bec était vive », écrit notamment le quotidien El Diario. Elle explique que l’analyse est fiable, a poursuivi l’experte.'
		);
		expect(found.map((v) => [v.text, v.speaker])).toEqual([
			['a indiqué', 'V. Martin'],
			['écrit', 'El Diario'],
			['explique', 'El Diario'],
			['a poursuivi', 'El Diario']
		]);
	});

	it('keeps the speaker’s own verbs inside a quotation out', () => {
		expect(
			verbs('« Nous pouvons confirmer et nous affirmons que c’est vrai », a dit Anne Roy.')
		).toEqual([{ text: 'a dit', distance: 'neutral', speaker: 'Anne Roy' }]);
	});

	it('reads appositions, relative clauses, pronominal verbs and adverbs between the auxiliary and the participle', () => {
		const found = verbs(
			'Le président du directoire, Paul Vernet, a précisé que tout allait bien. Il a rencontré Marc Leroy, le ministre du Travail, qui a déclaré que le plan était mauvais. La Pologne, présidente de l’OSCE, s’est dite préoccupée. Marie Durand a pour sa part indiqué son accord. Deux associations se sont réjouies de la décision.'
		);
		expect(found.map((v) => [v.text, v.speaker])).toEqual([
			['a précisé', 'Paul Vernet'],
			['a déclaré', 'Marc Leroy'],
			['s’est dite', 'La Pologne'],
			['a pour sa part indiqué', 'Marie Durand'],
			['se sont réjouies', 'Deux associations']
		]);
	});

	it('uses the lexicon to tell a verb from a noun', () => {
		// The fixture lexicon says "annonce" is both; after a subject it is the verb.
		expect(verbs('Le gouvernement annonce la tenue d’un sommet. Son annonce a surpris.')).toEqual([
			{ text: 'annonce', distance: 'neutral', speaker: 'Le gouvernement' }
		]);
	});

	it('gives every annotation a unique id and a bilingual explanation', () => {
		const context = draft('Bakou affirme tout. Bakou affirme encore. Bakou dément.');
		const list = found(context, 'reporting-verb');
		expect(new Set(list.map((v) => v.id)).size).toBe(list.length);
		for (const v of list) {
			expect(v.review).toBe('suggested');
			expect(v.explanation.fr).toMatch(/«/);
			expect(v.explanation.en).toMatch(/“/);
		}
		expect(list.map((v) => v.text)).toEqual(['affirme', 'affirme', 'dément']);
	});
});

describe('reporting verbs, inverted and with object pronouns', () => {
	it('reads "a-t-il déclaré", "déclare-t-on" and "il le dit"', () => {
		expect(
			verbs(
				'Marc Leroy a témoigné hier. « C’est faux », a-t-il déclaré. « Tout va bien », déclare-t-on au ministère. Il le dit depuis des mois.'
			).map(({ text, distance, speaker }) => [text, distance, speaker])
		).toEqual([
			['a témoigné', 'neutral', 'Marc Leroy'],
			['a-t-il déclaré', 'neutral', 'Marc Leroy'],
			['déclare', 'agentless', 'aucune source identifiable'],
			['dit', 'neutral', 'Marc Leroy']
		]);
	});
});

describe('reporting verbs after a relative, in an incise, or with an institution', () => {
	it('reads "ce que dément X", "confie X" after a quotation, "Pour la CFDT," and "on apprend que"', () => {
		expect(
			verbs(
				'La direction aurait proposé une prime, ce que dément le syndicat SUD-Rail. « C’est la troisième fois », confie Marie, 34 ans. Pour la CFDT, le compromis reste possible. On apprend que la grève continue.'
			).map(({ text, distance, speaker }) => [text, distance, speaker])
		).toEqual([
			['dément', 'evaluative', 'SUD-Rail'],
			['confie', 'neutral', 'Marie'],
			['Pour', 'neutral', 'la CFDT'],
			['On apprend', 'agentless', 'aucune source identifiable']
		]);
	});

	it('takes "une source proche du dossier" for no identifiable source', () => {
		expect(verbs('D’après une source proche du dossier, une réunion aurait lieu.')).toEqual([
			{ text: 'D’après', distance: 'agentless', speaker: 'aucune source identifiable' }
		]);
	});
});

describe('reporting verbs in a headline', () => {
	it('takes "affirment" in a headline for a distance the journalist keeps', () => {
		const context = draft(
			'Des scientifiques russes affirment avoir découvert des poils de yéti',
			'Ivan Orlov affirme que les poils viennent d’une grotte.'
		);
		const list = found(context, 'reporting-verb');
		expect(list.map((v) => [v.text, v.distance])).toEqual([
			['affirment', 'distancing'],
			['affirme', 'neutral']
		]);
		expect(list[0]!.explanation.fr).toContain('titre');
	});
});
