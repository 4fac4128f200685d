import type { Analysis, LexPos, Lexicon } from '../../../src/lib/draft/types';

// A small, honest French lexicon for tests that assemble a draft: a few dozen forms with their
// real analyses, so a detector or the command can run without the full lexicon.

const entries: [form: string, analysis: Analysis][] = [
	[
		'affirme',
		{ lemma: 'affirmer', pos: 'verb', mood: 'indicative', tense: 'present', person: 3, number: 's' }
	],
	['affirmé', { lemma: 'affirmer', pos: 'verb', mood: 'participle', tense: 'past' }],
	['affirmant', { lemma: 'affirmer', pos: 'verb', mood: 'participle', tense: 'present' }],
	[
		'prétend',
		{
			lemma: 'prétendre',
			pos: 'verb',
			mood: 'indicative',
			tense: 'present',
			person: 3,
			number: 's'
		}
	],
	[
		'dit',
		{ lemma: 'dire', pos: 'verb', mood: 'indicative', tense: 'present', person: 3, number: 's' }
	],
	[
		'dément',
		{ lemma: 'démentir', pos: 'verb', mood: 'indicative', tense: 'present', person: 3, number: 's' }
	],
	[
		'auraient',
		{
			lemma: 'avoir',
			pos: 'auxiliary',
			mood: 'conditional',
			tense: 'present',
			person: 3,
			number: 'p'
		}
	],
	[
		'aurait',
		{
			lemma: 'avoir',
			pos: 'auxiliary',
			mood: 'conditional',
			tense: 'present',
			person: 3,
			number: 's'
		}
	],
	[
		'serait',
		{
			lemma: 'être',
			pos: 'auxiliary',
			mood: 'conditional',
			tense: 'present',
			person: 3,
			number: 's'
		}
	],
	[
		'pourrait',
		{ lemma: 'pouvoir', pos: 'verb', mood: 'conditional', tense: 'present', person: 3, number: 's' }
	],
	[
		'concentraient',
		{
			lemma: 'concentrer',
			pos: 'verb',
			mood: 'indicative',
			tense: 'imperfect',
			person: 3,
			number: 'p'
		}
	],
	['armée', { lemma: 'armée', pos: 'noun', gender: 'f', number: 's' }],
	['hauteurs', { lemma: 'hauteur', pos: 'noun', gender: 'f', number: 'p' }],
	['crête', { lemma: 'crête', pos: 'noun', gender: 'f', number: 's' }],
	['cessez-le-feu', { lemma: 'cessez-le-feu', pos: 'noun', gender: 'm', number: 's' }],
	['frappe', { lemma: 'frappe', pos: 'noun', gender: 'f', number: 's' }],
	['le', { lemma: 'le', pos: 'determiner', gender: 'm', number: 's' }],
	['la', { lemma: 'le', pos: 'determiner', gender: 'f', number: 's' }],
	['de', { lemma: 'de', pos: 'preposition' }],
	['que', { lemma: 'que', pos: 'conjunction' }],
	['selon', { lemma: 'selon', pos: 'preposition' }]
];

/** Frequency ranks of the lemmas above (1 = most common in general French). */
const ranks: Record<string, number> = {
	le: 1,
	de: 2,
	que: 9,
	avoir: 5,
	être: 3,
	dire: 20,
	pouvoir: 25,
	selon: 400,
	affirmer: 1400,
	armée: 900,
	prétendre: 2600,
	démentir: 7000,
	hauteur: 2400,
	crête: 9800,
	'cessez-le-feu': 12000,
	frappe: 6500,
	concentrer: 3000
};

export const fixtureLexicon: Lexicon = {
	analyse(form) {
		const lower = form.toLocaleLowerCase('fr');
		return entries.filter(([f]) => f === lower).map(([, a]) => a);
	},
	forms(lemma: string, pos?: LexPos) {
		return entries
			.filter(([, a]) => a.lemma === lemma && (pos === undefined || a.pos === pos))
			.map(([f]) => f);
	},
	rank(lemma) {
		return ranks[lemma];
	}
};
