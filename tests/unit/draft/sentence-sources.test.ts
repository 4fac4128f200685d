import { describe, expect, it } from 'vitest';
import { draft, found, speakerName } from './voices-helpers';

const sources = (...paragraphs: string[]) => {
	const context = draft(...paragraphs);
	return found(context, 'source').map((s) => [s.text, speakerName(context, s.speaker)]);
};

describe('the source of every sentence', () => {
	it('is the speaker of its reporting verb, carried on by a quotation and by a conditional', () => {
		expect(
			sources(
				'Des poils auraient été trouvés, a annoncé Valentin Orlov à l’agence Tass.',
				'« Rien n’est sûr. Nous avons des poils » a indiqué V. Orlov.',
				'D’après l’expert, la grotte serait habitée. Ces créatures seraient présentes ailleurs.',
				'Les premières rumeurs datent de 2009.'
			)
		).toEqual([
			[
				'Des poils auraient été trouvés, a annoncé Valentin Orlov à l’agence Tass.',
				'Valentin Orlov'
			],
			['« Rien n’est sûr.', 'Valentin Orlov'],
			['Nous avons des poils » a indiqué V. Orlov.', 'Valentin Orlov'],
			['D’après l’expert, la grotte serait habitée.', 'Valentin Orlov'],
			['Ces créatures seraient présentes ailleurs.', 'Valentin Orlov'],
			['Les premières rumeurs datent de 2009.', 'le journaliste (le texte lui-même)']
		]);
	});

	it('is no identifiable source for "on dit" and "il est affirmé que"', () => {
		expect(
			sources(
				'On dit maintenant que l’armée construit des routes. Il est affirmé que des dizaines de militants ont été tués.'
			)
		).toEqual([
			['On dit maintenant que l’armée construit des routes.', 'aucune source identifiable'],
			['Il est affirmé que des dizaines de militants ont été tués.', 'aucune source identifiable']
		]);
	});

	it('splits a sentence where a semicolon joins two voices', () => {
		expect(
			sources(
				'Paul Vernet a rejeté l’idée d’un prêt, affirmant : « nous avons de l’argent » ; cette option sera cependant étudiée en conseil.'
			)
		).toEqual([
			[
				'Paul Vernet a rejeté l’idée d’un prêt, affirmant : « nous avons de l’argent » ;',
				'Paul Vernet'
			],
			['cette option sera cependant étudiée en conseil.', 'aucune source identifiable']
		]);
	});
});

describe('speakers', () => {
	it('merges the forms of one name, a shortened description, a role and a pronoun', () => {
		const context = draft(
			'Valentine Orlova a annoncé la découverte. « C’est sûr » a indiqué V. Orlova. Elle explique que l’ADN est proche. « Il faut chercher encore » a poursuivi l’experte.',
			'Le ministère azerbaïdjanais de la Défense a affirmé avoir mené une opération. Le soldat a été tué dans ce que le ministère de la Défense a décrit comme une provocation. Le ministère a menacé de répliquer.'
		);
		const people = context.speakers.filter(
			(s) => s.role !== 'journalist' && s.role !== 'unsourced'
		);
		expect(people.map((s) => s.name.fr)).toEqual([
			'Valentine Orlova',
			'Le ministère azerbaïdjanais de la Défense'
		]);
		const verbs = found(context, 'reporting-verb');
		expect(new Set(verbs.slice(0, 4).map((v) => v.speaker)).size).toBe(1);
		expect(new Set(verbs.slice(4).map((v) => v.speaker)).size).toBe(1);
	});

	it('always has the journalist, and no identifiable source only when needed', () => {
		const plain = draft('Le sommet aura lieu en février.');
		expect(plain.speakers.map((s) => s.role)).toEqual(['journalist']);
		const vague = draft('On dit que le sommet aura lieu en février.');
		expect(vague.speakers.map((s) => s.role)).toContain('unsourced');
	});

	it('tells a body named in a complement from the one named by it', () => {
		const context = draft(
			'Deux associations étudiantes du Québec se sont réjouies de la tenue du sommet. Les partis d’opposition à l’Assemblée nationale du Québec ont accueilli l’annonce avec scepticisme.'
		);
		const verbs = found(context, 'reporting-verb');
		expect(verbs).toHaveLength(2);
		expect(verbs[0]!.speaker).not.toBe(verbs[1]!.speaker);
	});

	it('takes unnamed groups for no identifiable source', () => {
		const context = draft('Des leaders du parti ont indiqué qu’ils changeraient tout.');
		const [verb] = found(context, 'reporting-verb');
		expect(context.speakers.find((s) => s.id === verb!.speaker)?.role).toBe('unsourced');
	});
});

describe('who "il" is', () => {
	it('takes up the subject of the sentence before when it reports nobody, else the last speaker', () => {
		const context = draft(
			'Le président turc a décrété un deuil national. Il aurait également promis de reconstruire.',
			'« Chaque minute compte », a déclaré le ministre de l’Intérieur, Süleyman Soylu, lors d’une conférence. « Nous cherchons », a-t-il ajouté.'
		);
		expect(
			found(context, 'reporting-verb').map((v) => [v.text, speakerName(context, v.speaker)])
		).toEqual([
			['aurait également promis', 'Le président turc'],
			['a déclaré', 'Süleyman Soylu'],
			['a-t-il ajouté', 'Süleyman Soylu']
		]);
	});

	it('takes "les premières estimations" and "des témoins" for no identifiable source', () => {
		const context = draft(
			'D’après les premières estimations, les dégâts seraient lourds. Des témoins affirment que tout a tremblé.'
		);
		expect(found(context, 'reporting-verb').map((v) => v.distance)).toEqual([
			'agentless',
			'agentless'
		]);
	});
});

describe('« selon » and « d’après » with a pronoun', () => {
	it('take up the subject before, or the speaker named last', () => {
		const context = draft(
			'Le Premier ministre a qualifié de "responsable" le budget. Pour lui, la dette doit baisser. Pour autant, l’opposition reste sceptique. D’après elle, le texte "sacrifie les services publics".'
		);
		expect(
			found(context, 'reporting-verb').map((v) => [
				v.text,
				v.distance,
				speakerName(context, v.speaker)
			])
		).toEqual([
			['a qualifié', 'distancing', 'Le Premier ministre'],
			['Pour', 'neutral', 'Le Premier ministre'],
			['D’après', 'neutral', 'l’opposition']
		]);
	});
});

describe('explanations', () => {
	it('name the speaker as French writes it: « du ministère », « au maire », « d’Anne Roy »', () => {
		const context = draft(
			'Le ministère de la Défense a affirmé avoir gagné. « Nous avons gagné » a dit Anne Roy. Le maire prétend que tout va bien.'
		);
		const text = context.annotations.map((a) => a.explanation.fr).join('\n');
		expect(text).toContain('ce que dit le ministère de la Défense');
		expect(text).toContain('les mots mêmes d’Anne Roy');
		expect(text).toContain('laisse au maire');
		expect(text).not.toMatch(/de le |à le |ce que dit Le /u);
	});
});
