import { anchorFor, slug, uniqueAnnotationId } from '../anchor-for';
import { bare, between, capitalised, hasPos, sentenceInitial } from '../lexical';
import type { Analysis, Bilingual, DraftContext, Detector } from '../types';

// Every verb in the conditional, found through the lexicon (so "concentraient", "extrait" or
// "frais" never match a spelling rule), and what it does there: the journalistic conditional
// (the journalist does not vouch for the information) or one of the conditionals that hedge
// nothing (future in the past, hypothesis, politeness, possibility or necessity).

/** Verbs that report words or thoughts: after one of them in the past + que, a conditional is a future in the past. */
const REPORTING = new Set([
	'dire',
	'affirmer',
	'annoncer',
	'déclarer',
	'expliquer',
	'estimer',
	'penser',
	'croire',
	'savoir',
	'assurer',
	'indiquer',
	'préciser',
	'ajouter',
	'prévenir',
	'menacer',
	'promettre',
	'avertir',
	'confirmer',
	'répondre',
	'rappeler',
	'souligner',
	'signaler',
	'écrire',
	'raconter',
	'révéler',
	'reconnaître',
	'admettre',
	'avouer',
	'soutenir',
	'prétendre',
	'juger',
	'considérer',
	'espérer',
	'craindre',
	'prédire',
	'garantir',
	'jurer',
	'certifier',
	'imaginer',
	'supposer',
	'comprendre',
	'apprendre',
	'demander',
	'ignorer',
	'se demander',
	'laisser entendre',
	'faire savoir',
	'informer',
	'prévoir',
	'redouter',
	'insister',
	'rétorquer',
	'répliquer',
	'conclure',
	'souhaiter',
	'décider',
	'convenir',
	'accepter'
]);

const QUESTIONING = new Set(['demander', 'savoir', 'ignorer', 'vérifier', 'chercher']);
/** Words between a reporting verb and its "que": "a expliqué aux journalistes présents que". */
const REPORTING_REACH = 12;
/** Words that open a new clause, out of the reach of a reporting verb before them. */
const CLAUSE_BREAKS = new Set([
	'mais',
	'tandis',
	'or',
	'cependant',
	'pourtant',
	'toutefois',
	'néanmoins'
]);
const POLITE = new Set(['vouloir', 'aimer', 'souhaiter', 'désirer', 'préférer']);
const MODAL = new Set(['pouvoir', 'devoir', 'falloir']);
const AUXILIARIES = new Set(['avoir', 'être']);
// Not prepositions: "vu" is one, and the participle of voir after "auraient".
const GRAMMATICAL = ['adverb', 'determiner', 'pronoun', 'conjunction'] as const;
const SUBJECTS_SPEAKING = new Set(['je', 'j', 'nous', 'tu', 'vous']);
/** "ce serait…": a judgement on what would be, with an implied condition. */
const DEMONSTRATIVES = new Set(['ce', 'c', 'cela', 'ça']);

type Use = 'reported-speech' | 'future-in-the-past' | 'hypothesis' | 'politeness' | 'modal';
type Reading = { hedge: true } | { hedge: false; use: Use; explanation: Bilingual };

const lower = (text: string) => text.toLocaleLowerCase('fr');
const key = (text: string) => lower(text).replace(/['’]$/, '');

export const conditionals: Detector = {
	name: 'conditionals',
	run(context) {
		const { words, lexicon } = context;
		for (let index = 0; index < words.length; index++) {
			const word = words[index]!;
			const form = bare(word);
			const analyses = lexicon.analyse(form.text);
			const conditional = analyses.filter((analysis) => analysis.mood === 'conditional');
			if (conditional.length === 0) continue;
			// A capital inside a sentence is a name, not a verb.
			if (capitalised(form.text) && !sentenceInitial(context, index)) continue;
			// A noun reading after a determiner ("les frais") wins over a verb reading.
			if (hasPos(analyses, 'noun') && isDeterminer(context, index - 1)) continue;

			const last = groupEnd(context, index, conditional);
			const paragraph = word.paragraph;
			const quote = context.paragraphs[paragraph]!.slice(form.start, words[last]!.end);
			const reading = classify(context, index, last, conditional, quote);
			const anchor = anchorFor(context.paragraphs, paragraph, form.start, words[last]!.end);
			if (reading.hedge) {
				context.annotations.push({
					review: 'suggested',
					id: uniqueAnnotationId(context, `hedge-${slug(quote)}`),
					kind: 'hedge',
					marker: 'conditional',
					anchor,
					explanation: {
						fr: `Conditionnel journalistique : avec « ${quote} », le journaliste rapporte une information sans la garantir (elle vient d’une source et n’est pas vérifiée). En anglais : « reportedly », « allegedly ».`,
						en: `Journalistic conditional: with “${quote}” the journalist reports information without vouching for it (it comes from a source and is not verified). In English: “reportedly”, “allegedly”.`
					}
				});
			} else {
				context.annotations.push({
					review: 'suggested',
					id: uniqueAnnotationId(context, `conditional-${slug(quote)}`),
					kind: 'conditional',
					use: reading.use,
					anchor,
					explanation: reading.explanation
				});
			}
			index = last;
		}
	}
};

function analysesAt(context: DraftContext, index: number): readonly Analysis[] {
	const word = context.words[index];
	return word ? context.lexicon.analyse(bare(word).text) : [];
}

function isDeterminer(context: DraftContext, index: number): boolean {
	const word = context.words[index];
	if (!word || word.sentence !== context.words[index + 1]?.sentence) return false;
	const analyses = analysesAt(context, index);
	return analyses.length > 0 && analyses.every((a) => a.pos === 'determiner' || a.pos === 'pronoun')
		? analyses.some((a) => a.pos === 'determiner')
		: false;
}

const isPastParticiple = (analyses: readonly Analysis[]) =>
	analyses.some(
		(a) =>
			(a.pos === 'verb' || a.pos === 'auxiliary') && a.mood === 'participle' && a.tense === 'past'
	);

/** Adverbs and negation that may sit inside a verb group: "n’aurait pas été", "aurait déjà été". */
const isInsideGroup = (analyses: readonly Analysis[]) =>
	analyses.length > 0 && analyses.every((a) => a.pos === 'adverb');

/**
 * The index of the last word of the verb group: the conditional alone, or an auxiliary with
 * its participle(s): "aurait été tué", "seraient arrivés".
 */
function groupEnd(context: DraftContext, index: number, conditional: readonly Analysis[]): number {
	let last = index;
	let auxiliary = conditional.some((a) => AUXILIARIES.has(a.lemma));
	const sentence = context.words[index]!.sentence;
	while (auxiliary) {
		auxiliary = false;
		for (let next = last + 1; next <= last + 3 && next < context.words.length; next++) {
			const word = context.words[next]!;
			if (word.sentence !== sentence) return last;
			const analyses = analysesAt(context, next);
			// "plus" is also a participle (plaire): a word that can be grammatical is not one here.
			if (isPastParticiple(analyses) && !hasPos(analyses, ...GRAMMATICAL)) {
				last = next;
				// "été" is itself the auxiliary of a passive: "aurait été tué".
				auxiliary = analyses.some((a) => a.lemma === 'être');
				break;
			}
			if (!isInsideGroup(analyses)) return last;
		}
	}
	return last;
}

/** The words of the sentence of `index`, as indexes into context.words. */
function sentenceRange(context: DraftContext, index: number): [number, number] {
	const sentence = context.words[index]!.sentence;
	let first = index;
	while (first > 0 && context.words[first - 1]!.sentence === sentence) first--;
	let last = index;
	while (last + 1 < context.words.length && context.words[last + 1]!.sentence === sentence) last++;
	return [first, last];
}

/** The subject pronoun just before the verb (elided "j’" included), lower case. */
function subjectBefore(context: DraftContext, index: number): string | undefined {
	const word = context.words[index]!;
	const form = bare(word);
	if (form.elided) return key(form.elided);
	const previous = context.words[index - 1];
	if (!previous || previous.sentence !== word.sentence) return undefined;
	// Skip a negation "ne"/"n’": "je ne voudrais".
	const previousForm = bare(previous);
	if (['ne', 'n'].includes(key(previous.text))) {
		const before = context.words[index - 2];
		return before && before.sentence === word.sentence ? key(bare(before).text) : undefined;
	}
	return key(previousForm.elided && previousForm.text ? previousForm.text : previous.text);
}

/** An inverted subject joined by a hyphen: "pourriez-vous", "voudrait-il". */
function invertedSubject(context: DraftContext, index: number): string | undefined {
	const word = context.words[index]!;
	const next = context.words[index + 1];
	if (!next || next.paragraph !== word.paragraph) return undefined;
	const joint = context.paragraphs[word.paragraph]!.slice(word.end, next.start);
	return /^-(?:t-)?$/.test(joint) ? key(next.text) : undefined;
}

/** A reporting verb in a past tense at `index` (imperfect, passé simple, or aux + participle). */
function pastReportingVerb(context: DraftContext, index: number): string | undefined {
	const word = context.words[index]!;
	const analyses = analysesAt(context, index).filter((a) => REPORTING.has(a.lemma));
	if (analyses.length === 0) return undefined;
	const past = analyses.some(
		(a) => a.mood === 'indicative' && (a.tense === 'imperfect' || a.tense === 'simple-past')
	);
	if (past) return word.text;
	if (!isPastParticiple(analyses)) return undefined;
	// Passé composé or plus-que-parfait: an auxiliary a few words before ("a affirmé", "s’est dit", "avait annoncé mercredi").
	for (let back = index - 1; back >= index - 4 && back >= 0; back--) {
		const before = context.words[back]!;
		if (before.sentence !== word.sentence) break;
		const beforeAnalyses = analysesAt(context, back);
		if (beforeAnalyses.some((a) => a.pos === 'auxiliary' && a.mood === 'indicative')) {
			return context.paragraphs[word.paragraph]!.slice(before.start, word.end);
		}
		if (!beforeAnalyses.some((a) => a.pos === 'adverb' || a.pos === 'pronoun')) break;
	}
	return undefined;
}

/** "a menacé que", "ont indiqué que", "a demandé si": a past reporting verb opening the clause of the conditional. */
function reportingClause(context: DraftContext, index: number, first: number): string | undefined {
	for (let at = index; at >= first; at--) {
		const word = context.words[at]!;
		const form = bare(word);
		// A new clause ("…, mais des témoins auraient vu…", "; …") is out of the reported words.
		const after = context.words[at + 1];
		if (at < index && after && /[;:—–()]/.test(between(context, word, after))) return undefined;
		if (at < index && CLAUSE_BREAKS.has(key(form.text))) return undefined;
		const opensClause =
			(at < index && ['que', 'si'].includes(key(form.text))) ||
			(form.elided !== undefined && key(form.elided) === 'qu') ||
			(form.elided !== undefined && key(form.elided) === 's' && /^ils?$/i.test(form.text));
		if (!opensClause) continue;
		for (let back = at - 1; back >= first && back >= at - REPORTING_REACH; back--) {
			const verb = pastReportingVerb(context, back);
			if (verb) {
				const text = context.paragraphs[word.paragraph]!;
				const conjunction = form.elided ?? form.text;
				return `${verb}${text.slice(context.words[back]!.end, word.start)}${conjunction}`;
			}
		}
	}
	return undefined;
}

/** A hypothetical "si" in the sentence ("si…", "s’il…"); not "comme si", nor "si" before an adjective ("si grave"). */
function hypotheticalSi(context: DraftContext, first: number, last: number): boolean {
	const sentence = context.paragraphs[context.words[first]!.paragraph]!.slice(
		context.words[first]!.start,
		context.words[last]!.end
	);
	if (/(?<!\p{L})(?:au cas où|quand bien même|à supposer que)(?!\p{L})/iu.test(sentence))
		return true;
	for (let at = first; at <= last; at++) {
		const word = context.words[at]!;
		const form = bare(word);
		const isSi =
			key(form.text) === 'si' ||
			(form.elided && key(form.elided) === 's' && /^ils?$/i.test(form.text));
		if (!isSi) continue;
		const previous = context.words[at - 1];
		if (previous && previous.sentence === word.sentence) {
			if (key(previous.text) === 'comme') continue;
			// "il demande si…", "on ignore si…": an indirect question, not a condition.
			if (analysesAt(context, at - 1).some((a) => QUESTIONING.has(a.lemma))) continue;
		}
		if (key(form.text) === 'si') {
			const next = analysesAt(context, at + 1);
			if (next.length > 0 && next.every((a) => a.pos === 'adjective' || a.pos === 'adverb'))
				continue;
		}
		return true;
	}
	return false;
}

function classify(
	context: DraftContext,
	index: number,
	last: number,
	conditional: readonly Analysis[],
	quote: string
): Reading {
	// The lemmas of the group: "aurait pu" is pouvoir as much as avoir.
	const lemmas = new Set(conditional.map((a) => a.lemma));
	for (let at = index + 1; at <= last; at++) {
		for (const a of analysesAt(context, at)) if (a.mood === 'participle') lemmas.add(a.lemma);
	}
	const has = (set: Set<string>) => [...lemmas].some((lemma) => set.has(lemma));
	const subject = subjectBefore(context, index);
	const inverted = invertedSubject(context, index);
	const [first, end] = sentenceRange(context, index);

	if (
		(has(POLITE) &&
			((subject && SUBJECTS_SPEAKING.has(subject)) ||
				(inverted && SUBJECTS_SPEAKING.has(inverted)))) ||
		(inverted && ['vous', 'tu'].includes(inverted) && conditional.some((a) => a.person === 2))
	) {
		return {
			hedge: false,
			use: 'politeness',
			explanation: {
				fr: `Conditionnel de politesse : « ${quote} » adoucit une demande ou un souhait. Il ne met aucune information en doute.`,
				en: `Conditional of politeness: “${quote}” softens a request or a wish. It casts no doubt on any information.`
			}
		};
	}

	// "ce serait une catastrophe", "il serait bon de…": what would be, given an unsaid condition.
	const demonstrative = subject !== undefined && DEMONSTRATIVES.has(subject);
	if (
		lemmas.has('être') &&
		(demonstrative || (subject === 'il' && judgementFollows(context, index, end)))
	) {
		return {
			hedge: false,
			use: 'hypothesis',
			explanation: {
				fr: demonstrative
					? `« ${quote} » dit ce qui serait, si une condition sous-entendue était remplie (un jugement, une supposition). Ce n’est pas une information mise à distance.`
					: `« il ${quote} … de » exprime un souhait ou un jugement (« ce serait bien si on pouvait… ») : la condition est sous-entendue. Ce n’est pas une information mise à distance.`,
				en: demonstrative
					? `“${quote}” says what would be, if an unsaid condition were met (a judgement, a supposition). No information is held at a distance.`
					: `“il ${quote} … de” expresses a wish or a judgement (“it would be good if we could…”): the condition is implied. No information is held at a distance.`
			}
		};
	}

	const clause = reportingClause(context, index, first);
	if (clause) {
		const modal = has(MODAL);
		return modal
			? {
					hedge: false,
					use: 'reported-speech',
					explanation: {
						fr: `Discours rapporté : après « ${clause} » (un verbe de parole au passé), « ${quote} » reprend les paroles de la source. Ce n’est pas le journaliste qui doute.`,
						en: `Reported speech: after “${clause}” (a reporting verb in the past), “${quote}” carries over the source’s own words. It is not the journalist’s doubt.`
					}
				}
			: {
					hedge: false,
					use: 'future-in-the-past',
					explanation: {
						fr: `Ce n’est pas un doute du journaliste : après « ${clause} » (un verbe de parole au passé), le futur des paroles rapportées devient un conditionnel. « ${quote} » est un futur dans le passé.`,
						en: `This is not the journalist’s doubt: after “${clause}” (a reporting verb in the past), the future of the words reported becomes a conditional (“would”). “${quote}” is a future in the past.`
					}
				};
	}

	if (hypotheticalSi(context, first, end)) {
		return {
			hedge: false,
			use: 'hypothesis',
			explanation: {
				fr: `Hypothèse : la phrase pose une condition avec « si », et « ${quote} » dit ce qui arriverait alors. Ce n’est pas une information mise à distance.`,
				en: `Hypothesis: the sentence sets a condition with “si” (if), and “${quote}” says what would happen then. No information is held at a distance.`
			}
		};
	}

	if (has(MODAL)) {
		const possibility = lemmas.has('pouvoir');
		return {
			hedge: false,
			use: 'modal',
			explanation: possibility
				? {
						fr: `« ${quote} » (pouvoir au conditionnel) dit qu’une chose est possible, sans l’affirmer. Ce n’est pas une information rapportée sans garantie, mais une possibilité.`,
						en: `“${quote}” (pouvoir in the conditional) says that something is possible (“could”, “might”) without asserting it: a possibility, not information reported without a guarantee.`
					}
				: {
						fr: `« ${quote} » (${lemmas.has('falloir') ? 'falloir' : 'devoir'} au conditionnel) dit ce qui serait nécessaire ou probable (« devrait », « faudrait »), pas une information rapportée sans garantie.`,
						en: `“${quote}” (${lemmas.has('falloir') ? 'falloir' : 'devoir'} in the conditional) says what would be necessary or likely (“should”), not information reported without a guarantee.`
					}
		};
	}

	if (
		conditional.every((a) => a.person === 1 || a.person === 2) ||
		(subject && SUBJECTS_SPEAKING.has(subject))
	) {
		return {
			hedge: false,
			use: 'hypothesis',
			explanation: {
				fr: `« ${quote} » : la personne qui parle imagine ce qui se passerait (une condition sous-entendue). Ce n’est pas le conditionnel journalistique, qui rapporte une information à la 3e personne.`,
				en: `“${quote}”: the speakers imagine what would happen (an implied condition). This is not the journalistic conditional, which reports information in the third person.`
			}
		};
	}

	return { hedge: true };
}

/** "il serait bon de", "ce serait utile que": an adjective or adverb, then de/d’/que, right after. */
function judgementFollows(context: DraftContext, index: number, last: number): boolean {
	for (let at = index + 1; at <= Math.min(index + 3, last); at++) {
		const word = context.words[at]!;
		const form = bare(word);
		if (form.elided && ['d', 'qu'].includes(key(form.elided)) && at > index + 1) return true;
		if (['de', 'que'].includes(key(form.text))) return at > index + 1;
		const analyses = analysesAt(context, at);
		if (!analyses.some((a) => a.pos === 'adjective' || a.pos === 'adverb' || a.pos === 'noun'))
			return false;
	}
	return false;
}
