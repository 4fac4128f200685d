import type { Analysis, Lexicon, LexPos } from '../../../src/lib/draft/types';

// A small lexicon for the detectors' tests, answering as the real one does: every analysis of a
// form, several for an ambiguous one ("annonce" is a noun and a verb; "a" is avoir as a verb and
// as an auxiliary), nothing for a word it does not hold.

const verb = (
	lemma: string,
	mood: Analysis['mood'],
	tense?: Analysis['tense'],
	person?: 1 | 2 | 3,
	number?: 's' | 'p'
): Analysis => ({
	lemma,
	pos: 'verb',
	mood,
	...(tense ? { tense } : {}),
	...(person ? { person } : {}),
	...(number ? { number } : {})
});

const ENTRIES: Record<string, Analysis[]> = {
	a: [
		{
			lemma: 'avoir',
			pos: 'auxiliary',
			mood: 'indicative',
			tense: 'present',
			person: 3,
			number: 's'
		},
		verb('avoir', 'indicative', 'present', 3, 's')
	],
	affirmant: [verb('affirmer', 'participle', 'present')],
	affirme: [
		verb('affirmer', 'indicative', 'present', 1, 's'),
		verb('affirmer', 'indicative', 'present', 3, 's'),
		verb('affirmer', 'subjunctive', 'present', 3, 's'),
		{ lemma: 'affirmé', pos: 'adjective', gender: 'f', number: 's' }
	],
	affirmé: [
		verb('affirmer', 'participle', 'past'),
		{ lemma: 'affirmé', pos: 'adjective', gender: 'm', number: 's' }
	],
	annonce: [
		{ lemma: 'annonce', pos: 'noun', gender: 'f', number: 's' },
		verb('annoncer', 'indicative', 'present', 3, 's'),
		verb('annoncer', 'subjunctive', 'present', 3, 's')
	],
	annoncée: [verb('annoncer', 'participle', 'past', undefined, 's')],
	dit: [
		verb('dire', 'indicative', 'present', 3, 's'),
		verb('dire', 'participle', 'past'),
		{ lemma: 'dit', pos: 'noun', gender: 'm', number: 's' }
	],
	serait: [
		{
			lemma: 'être',
			pos: 'auxiliary',
			mood: 'conditional',
			tense: 'present',
			person: 3,
			number: 's'
		},
		verb('être', 'conditional', 'present', 3, 's')
	],
	seraient: [verb('être', 'conditional', 'present', 3, 'p')],
	trouvée: [verb('trouver', 'participle', 'past', undefined, 's')],
	lancée: [verb('lancer', 'participle', 'past', undefined, 's')],
	concentraient: [verb('concentrer', 'indicative', 'imperfect', 3, 'p')],
	état: [{ lemma: 'état', pos: 'noun', gender: 'm', number: 's' }],
	guerre: [{ lemma: 'guerre', pos: 'noun', gender: 'f', number: 's' }],
	école: [{ lemma: 'école', pos: 'noun', gender: 'f', number: 's' }]
};

export const fixtureLexicon: Lexicon = {
	analyse: (form) => ENTRIES[form.toLocaleLowerCase('fr')] ?? [],
	forms: (lemma: string, pos?: LexPos) =>
		Object.entries(ENTRIES)
			.filter(([, list]) => list.some((a) => a.lemma === lemma && (!pos || a.pos === pos)))
			.map(([form]) => form),
	rank: (lemma) => (['avoir', 'être', 'dire', 'état', 'guerre'].includes(lemma) ? 10 : undefined)
};
