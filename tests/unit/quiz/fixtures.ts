import { question, type Question } from '$lib/quiz/schema';

// Short made-up French paragraphs in the style of the lesson, and one question of each type,
// parsed with the quiz schema so its defaults apply.

export const paragraphs = [
	'Selon Bakou, l’opération aurait fait trois morts.',
	'Le porte-parole d’Artsakh prétend que la ligne est « relativement secure ». Il aurait été blessé.',
	'On dit maintenant que les camions auraient été détruits.'
];

/** Parses a question with the quiz schema (defaults applied), typed as its own type. */
export function parse<T extends Question['type']>(
	input: { type: T } & Record<string, unknown>
): Extract<Question, { type: T }> {
	const parsed = question.parse(input);
	if (parsed.type !== input.type) throw new Error('unreachable');
	return parsed as Extract<Question, { type: T }>;
}

const bi = (fr: string, en: string) => ({ fr, en });
const common = (id: string) => ({
	id,
	skill: 'hedge',
	prompt: bi(`Question ${id} ?`, `Question ${id}?`),
	feedback: bi('Explication-secrète-fr', 'Secret-explanation-en'),
	evidence: [{ quote: 'aurait fait trois morts' }]
});

export const single = parse({
	...common('qui-parle'),
	skill: 'source',
	type: 'single',
	options: [
		{ id: 'bakou', text: bi('Bakou', 'Baku'), correct: true },
		{
			id: 'journaliste',
			text: bi('Le journaliste', 'The journalist'),
			feedback: bi('Fb-journaliste-fr', 'Fb-journalist-en')
		},
		{ id: 'artsakh', text: bi('Artsakh', 'Artsakh') }
	]
});

export const multiple = parse({
	...common('conditionnels'),
	type: 'multiple',
	options: [
		{ id: 'aurait-fait', text: bi('aurait fait', 'would have made'), correct: true },
		{ id: 'aurait-ete', text: bi('aurait été', 'would have been'), correct: true },
		{ id: 'pretend', text: bi('prétend', 'claims') },
		{ id: 'dit', text: bi('dit', 'says'), feedback: bi('Fb-dit-fr', 'Fb-dit-en') }
	]
});

export const partial = parse({
	...multiple,
	id: 'conditionnels-partiel',
	scoring: 'partial'
});

export const claim = parse({
	...common('statut-morts'),
	skill: 'evidence',
	type: 'claim',
	statement: bi('L’opération a fait trois morts.', 'The operation killed three.'),
	status: 'claimed',
	statusFeedback: {
		established: bi('Fb-etabli-fr', 'Fb-established-en'),
		claimed: bi('Fb-claimed-fr', 'Fb-claimed-en')
	}
});

export const match = parse({
	...common('qui-dit-quoi'),
	skill: 'source',
	type: 'match',
	choices: [
		{ id: 'bakou', text: bi('Bakou', 'Baku') },
		{ id: 'artsakh', text: bi('Artsakh', 'Artsakh') },
		{ id: 'personne', text: bi('Personne', 'Nobody') }
	],
	items: [
		{ id: 'morts', text: bi('trois morts', 'three dead'), answer: 'bakou' },
		{ id: 'ligne', text: bi('la ligne est sûre', 'the line is safe'), answer: 'artsakh' },
		{ id: 'camions', text: bi('camions détruits', 'trucks destroyed'), answer: 'personne' }
	]
});

export const mark = parse({
	...common('marquer-hedges'),
	type: 'mark',
	paragraph: 2,
	targets: [
		{ anchor: { quote: 'prétend' }, feedback: bi('Fb-cible-pretend-fr', 'Fb-target-claims-en') },
		{
			anchor: { quote: 'aurait été blessé' },
			words: ['aurait'],
			feedback: bi('Fb-cible-aurait-fr', 'Fb-target-would-en')
		}
	],
	wrongMarkFeedback: bi('Fb-marque-fausse-fr', 'Fb-wrong-mark-en')
});

export const gap = parse({
	...common('trou-verbe'),
	skill: 'reporting-verb',
	type: 'gap',
	sentence: 'Le porte-parole ___ que la ligne est sûre.',
	mode: 'type',
	answers: ['prétend'],
	wrongAnswers: [{ answer: 'affirme', feedback: bi('Fb-affirme-fr', 'Fb-affirms-en') }]
});

export const gapChoose = parse({
	...gap,
	id: 'trou-choix',
	mode: 'choose',
	choices: ['prétend', 'affirme', 'sait'],
	wrongAnswers: [{ answer: 'sait', feedback: bi('Fb-sait-fr', 'Fb-knows-en') }]
});

export const short = parse({
	...common('reponse-courte'),
	skill: 'vocabulary',
	type: 'short',
	answers: ['le porte-parole', 'porte-parole'],
	accents: 'forgiven',
	wrongAnswers: [
		{ answer: 'le journaliste', feedback: bi('Fb-journaliste-court-fr', 'Fb-short-en') }
	]
});

export const order = parse({
	...common('ordre'),
	skill: 'comprehension',
	type: 'order',
	items: [
		{ id: 'operation', text: bi('L’opération', 'The operation') },
		{ id: 'morts', text: bi('Les morts', 'The dead') },
		{ id: 'dementi', text: bi('Le démenti', 'The denial') },
		{ id: 'camions', text: bi('Les camions', 'The trucks') }
	]
});

export const all: Question[] = [single, multiple, claim, match, mark, gap, gapChoose, short, order];

/** A FormData with the given fields, in order; repeat a name for several values. */
export function form(...fields: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
}
