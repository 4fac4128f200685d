import { describe, expect, it } from 'vitest';
import { draft, found } from './voices-helpers';

const roles = (...paragraphs: string[]) => {
	const context = draft(...paragraphs);
	const role = (id: string) => context.speakers.find((s) => s.id === id)?.role;
	return found(context, 'source').map((s) => [s.text, role(s.speaker)]);
};

describe('unattributed claims', () => {
	it('marks facts stated in an agentless passive, or with a vague agent', () => {
		expect(
			roles(
				'Par la suite, une empreinte géante y a été trouvée. Les mêmes résultats ont été obtenus par des chercheurs. D’autres thèmes seront aussi abordés.'
			).map(([, role]) => role)
		).toEqual(['unsourced', 'unsourced', 'unsourced']);
	});

	it('leaves the journalist’s narration, a named agent and verbs conjugated with être alone', () => {
		expect(
			roles(
				'Le rapport a été publié par le ministère de la Santé. L’annonce est tombée ce matin. La délégation est arrivée hier. La loi a été votée au Sénat en mars.'
			).map(([, role]) => role)
		).toEqual(['journalist', 'journalist', 'journalist', 'journalist']);
	});

	it('does not take a pronominal verb for a passive', () => {
		expect(roles('Le ministre s’est dit satisfait.').map(([, role]) => role)).toEqual(['party']);
	});

	it('marks a journalistic conditional nobody is named for, not a modal or a hypothesis', () => {
		expect(
			roles(
				'Des forces irrégulières auraient cherché à prendre le contrôle. Le sommet pourrait durer deux jours. Si la neige tombe, la route serait fermée.'
			).map(([, role]) => role)
		).toEqual(['unsourced', 'journalist', 'journalist']);
	});

	it('does not take an imperfect in -raient for a conditional', () => {
		expect(
			roles('Les rebelles concentraient leurs forces au nord.').map(([, role]) => role)
		).toEqual(['journalist']);
	});

	it('explains why in French and English', () => {
		const context = draft('Une empreinte y a été trouvée.');
		const [source] = found(context, 'source');
		expect(source!.explanation.fr).toContain('« a été trouvée »');
		expect(source!.explanation.en).toContain('“a été trouvée”');
	});
});
