import { beforeAll, describe, expect, it } from 'vitest';
import { conditionals } from '$lib/draft/detectors/conditionals';
import type { Lexicon } from '$lib/draft/types';
import type { Annotation } from '$lib/lesson/annotation-schema';
import { loadLexicon } from '$lib/server/draft/lexicon';
import { draft, expectWellFormed, LEXICON_TIMEOUT } from './helpers';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await loadLexicon();
}, LEXICON_TIMEOUT);

/** What a teacher would read in the review: each conditional's words and its class. */
function readings(text: string | string[]) {
	const context = draft(lexicon, text, [conditionals]);
	expectWellFormed(context);
	return context.annotations.map((a: Annotation) => ({
		quote: a.anchor.quote,
		class: a.kind === 'hedge' ? 'hedge' : a.kind === 'conditional' ? a.use : a.kind
	}));
}

function explanation(text: string) {
	return draft(lexicon, text, [conditionals]).annotations[0]!.explanation;
}

describe('conditionals: the journalistic conditional', () => {
	it('marks a claim relayed without a guarantee as a hedge', () => {
		expect(
			readings(
				'Des poils trouvés en Sibérie appartiendraient au mythique yéti, a annoncé un chercheur.'
			)
		).toEqual([{ quote: 'appartiendraient', class: 'hedge' }]);
	});

	it('covers the whole verb group: auxiliary, participle, passive', () => {
		expect(
			readings(
				'Des positions auraient été la cible de tirs. Le soldat aurait été tué par balle. Les forces auraient cherché à prendre le contrôle.'
			)
		).toEqual([
			{ quote: 'auraient été', class: 'hedge' },
			{ quote: 'aurait été tué', class: 'hedge' },
			{ quote: 'auraient cherché', class: 'hedge' }
		]);
	});

	it('keeps a negation inside the group and stops before an adjective', () => {
		expect(
			readings(
				"D'après V. Sapounov, le Kouzbass ne serait pas la seule zone. Ces espèces seraient également présentes dans la toundra."
			)
		).toEqual([
			{ quote: 'serait', class: 'hedge' },
			{ quote: 'seraient', class: 'hedge' }
		]);
	});

	it('is a hedge after a reporting verb in the present, or after "après que"', () => {
		expect(
			readings(
				'Bakou affirme avoir détruit des camions dans ce qui serait la colonie. L’opération a été lancée après que des positions auraient été la cible de tirs.'
			)
		).toEqual([
			{ quote: 'serait', class: 'hedge' },
			{ quote: 'auraient été', class: 'hedge' }
		]);
	});

	it('explains in French and English that the journalist does not vouch for it', () => {
		const { fr, en } = explanation('Le bilan serait de dix morts.');
		expect(fr).toContain('« serait »');
		expect(fr).toMatch(/sans la garantir/);
		expect(en).toMatch(/without vouching/);
	});
});

describe('conditionals that hedge nothing', () => {
	it('future in the past after a past reporting verb + que', () => {
		expect(
			readings(
				'Le ministère a menacé que ses représailles à toute provocation seraient encore plus dévastatrices.'
			)
		).toEqual([{ quote: 'seraient', class: 'future-in-the-past' }]);
		expect(
			readings(
				"Des leaders du Parti populaire ont indiqué que, lorsqu'ils arriveraient au pouvoir, ils auraient la peau de la présentatrice."
			)
		).toEqual([
			{ quote: 'arriveraient', class: 'future-in-the-past' },
			{ quote: 'auraient', class: 'future-in-the-past' }
		]);
		const { fr, en } = explanation('Il avait annoncé mercredi qu’il démissionnerait.');
		expect(fr).toContain('« avait annoncé mercredi qu’ »');
		expect(fr).toContain('futur dans le passé');
		expect(en).toContain('future in the past');
	});

	it('reaches a reporting verb a few words before its "que", but not across a new clause', () => {
		expect(
			readings(
				'Le ministre a expliqué aux journalistes présents à la conférence de presse que les écoles rouvriraient.'
			)
		).toEqual([{ quote: 'rouvriraient', class: 'future-in-the-past' }]);
		expect(
			readings(
				'Le ministre a affirmé que la situation était calme, mais des témoins auraient vu des tirs. Il a dit que tout allait bien ; les rebelles seraient partis.'
			)
		).toEqual([
			{ quote: 'auraient vu', class: 'hedge' },
			{ quote: 'seraient partis', class: 'hedge' }
		]);
		expect(
			readings('Il a expliqué que le président s’est trompé et qu’il démissionnerait.')
		).toEqual([{ quote: 'démissionnerait', class: 'future-in-the-past' }]);
	});

	it('reported speech when the reported words were a possibility', () => {
		expect(readings('Le ministre a déclaré que la réforme pourrait attendre.')).toEqual([
			{ quote: 'pourrait', class: 'reported-speech' }
		]);
	});

	it('hypothesis with si, and not with "comme si" + imperfect', () => {
		expect(readings('Si la pluie cessait, nous sortirions. S’il venait, elle partirait.')).toEqual([
			{ quote: 'sortirions', class: 'hypothesis' },
			{ quote: 'partirait', class: 'hypothesis' }
		]);
		expect(readings('Il marchait comme si rien ne s’était passé.')).toEqual([]);
		expect(readings('Prenez un parapluie au cas où il pleuvrait.')).toEqual([
			{ quote: 'pleuvrait', class: 'hypothesis' }
		]);
	});

	it('a wish with an implied condition: "il serait bien de"', () => {
		expect(
			readings(
				'Pour avoir une image plus exhaustive, il serait bien de trouver un follicule pileux.'
			)
		).toEqual([{ quote: 'serait', class: 'hypothesis' }]);
		expect(readings('« Ce serait une catastrophe », a dit le maire.')).toEqual([
			{ quote: 'serait', class: 'hypothesis' }
		]);
	});

	it('politeness', () => {
		expect(readings('Je voudrais un café. Pourriez-vous m’aider ? J’aimerais partir.')).toEqual([
			{ quote: 'voudrais', class: 'politeness' },
			{ quote: 'Pourriez', class: 'politeness' },
			{ quote: 'aimerais', class: 'politeness' }
		]);
	});

	it('is a hedge in the usual shapes of a news report', () => {
		expect(
			readings(
				[
					'Selon la police, l’incendie aurait fait trois morts.',
					'Le suspect, qui aurait agi seul, a été arrêté.',
					'Vingt personnes seraient mortes, selon plusieurs médias.'
				].join('\n')
			)
		).toEqual([
			{ quote: 'aurait fait', class: 'hedge' },
			{ quote: 'aurait agi', class: 'hedge' },
			{ quote: 'seraient mortes', class: 'hedge' }
		]);
	});

	it('possibility and necessity: pourrait, devrait, faudrait', () => {
		expect(
			readings(
				'Le bilan pourrait s’alourdir. Le gouvernement devrait présenter un plan. Il faudrait agir.'
			)
		).toEqual([
			{ quote: 'pourrait', class: 'modal' },
			{ quote: 'devrait', class: 'modal' },
			{ quote: 'faudrait', class: 'modal' }
		]);
		expect(readings('Les secours auraient pu éviter le drame.')).toEqual([
			{ quote: 'auraient pu', class: 'modal' }
		]);
	});
});

describe('conditionals: the traps', () => {
	it('never takes an imperfect in -raient, a participle in -rait, a noun in -rais or a future for a conditional', () => {
		expect(
			readings(
				[
					'Les usines concentraient la production et les ouvriers espéraient.',
					"L'ADN nucléaire que nous en avons extrait appartient à cette créature.",
					'Les frais de scolarité augmentent. Le marais est vaste.',
					'Le sommet se tiendra en février ; nous vivrons mieux. Il devait permettre un débat.'
				].join('\n')
			)
		).toEqual([]);
	});

	it('never takes a capitalised name for a verb', () => {
		expect(readings('Il a rencontré Ferrari à Serait.')).toEqual([]);
	});
});

describe('conditionals: anchors', () => {
	it('point to the right place when the same words occur several times', () => {
		const context = draft(
			lexicon,
			[
				'Le bilan serait lourd. Le ministre a dit que ce serait long.',
				'Le bilan serait lourd, selon la police.'
			],
			[conditionals]
		);
		expectWellFormed(context);
		expect(context.annotations.map((a) => [a.kind, a.anchor])).toEqual([
			['hedge', { quote: 'serait', paragraph: 1, prefix: 'bilan ' }],
			['conditional', { quote: 'serait', paragraph: 1, prefix: 'ce ' }],
			['hedge', { quote: 'serait', paragraph: 2 }]
		]);
	});

	it('gives every annotation its own id, next to what other detectors proposed', () => {
		const context = draft(lexicon, 'Le bilan serait lourd. Le bilan serait lourd.', []);
		context.annotations.push({
			id: 'hedge-serait',
			kind: 'hedge',
			marker: 'other',
			anchor: { quote: 'bilan', paragraph: 1, prefix: 'Le ', suffix: ' serait lourd. Le' },
			explanation: { fr: 'x', en: 'x' },
			review: 'suggested'
		});
		conditionals.run(context);
		expect(context.annotations.map((a) => a.id)).toEqual([
			'hedge-serait',
			'hedge-serait-2',
			'hedge-serait-3'
		]);
	});
});
