// What a clause says about its source without a reporting verb: a conditional (the journalist
// keeps reporting someone's words), or a passive with no agent (someone did or found something,
// and the text does not say who).
import type { WordToken } from '../lesson/french';
import { ETRE } from './reporting';
import type { Lexicon } from './types';

const lower = (w: string) => w.toLocaleLowerCase('fr');

/** Words ending like a conditional that are not verbs in the conditional. */
const NOT_CONDITIONAL =
	/^(?:frais|vrais|marais|engrais|rabais|relais|balais|palais|(?:ex|dis|por|at|re|abs|sous)?traits?)$/u;

/** A verb in the conditional, by the lexicon, or by its ending when the lexicon does not know it. */
export function isConditional(lexicon: Lexicon, word: string): boolean {
	const analyses = lexicon.analyse(word);
	if (analyses.length > 0) return analyses.some((a) => a.mood === 'conditional');
	const w = lower(word);
	return w.length >= 5 && /(?:rais|rait|rions|riez|raient)$/u.test(w) && !NOT_CONDITIONAL.test(w);
}

/** Verbs whose compound tenses take être: "est tombée", "sont arrivés" are no passives. */
const MOTION =
	/^(?:all|ven|arriv|part|n|mort|devenu|rest|tomb|entr|sort|mont|descend|retourn|pass|survenu|intervenu|décéd|apparu|revenu|rentr|parvenu|demeur)/u;

/** Short words with a participle's ending that are not participles. */
const NOT_PARTICIPLE = new Set(
	'ici aussi ainsi parmi lui celui aujourd’hui depuis puis mais jamais plus sous tous nous vous dessus dessous ceci qui quoi assis pis tandis sinon voici voilà lundi mardi mercredi jeudi vendredi samedi midi minuit'.split(
		' '
	)
);

function isPastParticiple(lexicon: Lexicon, word: string): boolean {
	const analyses = lexicon.analyse(word);
	if (analyses.length > 0)
		return analyses.some((a) => a.mood === 'participle' && a.tense === 'past');
	return /^\p{Ll}.{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|int|inte|ert|erte|erts|ertes)$/u.test(
		word
	);
}

const BETWEEN = new Set(
	'aussi également encore déjà cependant pourtant néanmoins toutefois ensuite ainsi bien même pas jamais plus ne n’ y en été'.split(
		' '
	)
);

/**
 * The first passive of a clause with no agent, or only a vague one ("a été trouvée", "seront
 * abordés", "ont été obtenus … par des chercheurs"): the words from the auxiliary to the
 * participle. Reflexive forms ("s'est dite") and verbs conjugated with être are not passives.
 */
export function agentlessPassive(
	lexicon: Lexicon,
	text: string,
	words: readonly WordToken[]
): { start: number; end: number } | undefined {
	for (let i = 0; i < words.length; i++) {
		const aux = lower(words[i]!.text);
		if (!ETRE.has(aux) || aux === 'être' || aux === 'étant') continue;
		const before = words[i - 1] ? lower(words[i - 1]!.text) : '';
		if (['se', "s'", 's’', 'me', "m'", 'm’', 'te', "t'", 't’', 'nous', 'vous'].includes(before))
			continue;
		let j = i + 1;
		while (j < words.length && j <= i + 4 && BETWEEN.has(lower(words[j]!.text))) j++;
		const participle = words[j];
		if (
			!participle ||
			!isPastParticiple(lexicon, participle.text) ||
			MOTION.test(lower(participle.text))
		)
			continue;
		// "est due à", "a été trouvée": keep; "été" right after a form of avoir is the passive.
		const after = text.slice(participle.end, participle.end + 80);
		// "votée au Sénat", "adoptée à l'Assemblée": the institution is named.
		if (/^[\s\u00a0\u202f]+(?:au|aux|à la|à l['’]|en|par)[\s\u00a0\u202f]*\p{Lu}/u.test(after))
			continue;
		const agent = /^[^,;.]*?[\s\u00a0\u202f]par[\s\u00a0\u202f]+(\S+)/u.exec(after);
		if (
			agent &&
			!/^(?:des|de|d['’]|un|une|plusieurs|certains|certaines|quelques)$/iu.test(agent[1]!)
		)
			continue;
		const start =
			/^(?:a|ont|avait|avaient|aura|auront|aurait|auraient)$/u.test(before) && aux === 'été'
				? words[i - 1]!.start
				: words[i]!.start;
		return { start, end: participle.end };
	}
	return undefined;
}
