import type { WordToken } from '../../lesson/french';
import {
	AVOIR,
	ETRE,
	modifierReports,
	REPORTING_FORMS,
	REPORTING_LEMMAS,
	type Distance
} from '../reporting';
import {
	mention,
	resolveSpeaker,
	unsourced,
	type Mention,
	type ResolvedSpeaker
} from '../speakers';
import { anchorFor, quotationAt, tokens, uniqueId } from '../spans';
import { invertedPronoun, subjectAfter, subjectBefore, type SubjectPhrase } from '../subjects';
import type { Bilingual, DraftContext, Detector } from '../types';

// Reporting verbs in every form (affirme, a affirmé, affirmant, il est affirmé que, on dit),
// the prepositions that attribute ("selon", "d'après", "à en croire", "pour le procureur,"),
// each with its distance and, when the text names one, its speaker. Verbs inside a quotation
// are the speaker's own words, not the journalist's reporting, and are left out.

const lower = (w: string) => w.toLocaleLowerCase('fr');

/** Words after which a form is a noun: "l'annonce", "cette déclaration", "sa première annonce". */
const NOUN_BEFORE = new Set(
	(
		"un une des du de d' d’ au aux ce cet cette ces son sa ses mon ma mes " +
		'notre nos votre vos chaque quelque par pour sur dans avec sans contre après avant'
	).split(' ')
);
/** Also object pronouns before a verb ("il le dit", "leur répondit"): a noun only for a homograph. */
const ARTICLE_OR_PRONOUN = new Set(['le', 'la', 'les', "l'", 'l’', 'leur', 'leurs']);
/** Present participles of reporting verbs that are also common words of another kind. */
const PARTICIPLE_HOMOGRAPHS = new Set(
	'maintenant reconnaissant reconnaissants reconnaissante prévenant concluant insistant plaignant plaignants menaçant menaçants répondant lançant'.split(
		' '
	)
);
/** Reporting verb forms that are also common nouns, in case the lexicon does not say so. */
const HOMOGRAPHS = new Set(
	'annonce annonces demande demandes dit dits écrit écrits note notes relève avance avances menace menaces critique critiques accusé accusés réclame réclames reproche reproches juge juges lance témoin rappel appel appels'.split(
		' '
	)
);
const PRENOMINAL = new Set(
	'première premier dernière dernier nouvelle nouveau nouvel seule seul même autre grande grand longue brève courte simple vive'.split(
		' '
	)
);
/** Words between an auxiliary and its participle: "a cependant réfuté", "a pour sa part indiqué". */
const BETWEEN = new Set(
	(
		'aussi également encore déjà cependant pourtant néanmoins toutefois donc alors ainsi enfin ensuite ' +
		"bien même plutôt notamment surtout pas jamais plus ne n’ n' de nouveau pour sa son leur part " +
		'quant à lui elle eux elles hier vite longuement publiquement clairement officiellement toujours été'
	).split(' ')
);
const POUR_ROLES =
	/^(?:procureure?|parquet|ministres?|ministère|présidente?|gouvernement|police|gendarmerie|avocats?|avocates?|experts?|experte|syndicats?|direction|opposition|porte-parole|juges?|maire|médecins?|chercheurs?|chercheuses?|spécialistes?|ong|associations?|entreprise|société|organisation|auteurs?|observateurs?|analystes?|économistes?|enquêteurs?|autorités|armée|militaires|dirigeants?|responsables?|défense|accusation|partisans?|opposants?)$/u;
/** Reporting expressions of several words: a pattern (first group: the verb), lemma, distance. */
const EXPRESSIONS: readonly [RegExp, string, Distance][] = [
	[
		/(?<!\p{L})(point\p{L}*)[\s\u00a0\u202f]+(?:du|le)[\s\u00a0\u202f]+doigt/giu,
		'pointer du doigt',
		'evaluative'
	],
	[
		/(?<!\p{L})(met|mettent|mettait|mettaient|mit|mirent|mis|mise|mettant)[\s\u00a0\u202f]+en[\s\u00a0\u202f]+garde/giu,
		'mettre en garde',
		'neutral'
	],
	[
		/(?<!\p{L})(fait|font|faisait|faisaient|fit|firent|faisant)[\s\u00a0\u202f]+(?:savoir|état[\s\u00a0\u202f]+d)/giu,
		'faire savoir',
		'neutral'
	],
	[
		/(?<!\p{L})(accueill\p{L}*)[\s\u00a0\u202f]+(?:l['’]|la[\s\u00a0\u202f]+|le[\s\u00a0\u202f]+|les[\s\u00a0\u202f]+|cette[\s\u00a0\u202f]+|ce[\s\u00a0\u202f]+|ces[\s\u00a0\u202f]+)(?:annonce|nouvelle|décision|proposition|projet|plan|réforme|idée)s?(?![\p{L}])/giu,
		'accueillir',
		'neutral'
	],
	[
		/(?<!\p{L})(manifest\p{L}*)[\s\u00a0\u202f]+(?:leur|son|sa|ses)[\s\u00a0\u202f]+(?:opposition|soutien|inquiétude|colère|satisfaction|mécontentement|désaccord|accord|refus|inquiétudes)(?![\p{L}])/giu,
		'manifester',
		'neutral'
	],
	[
		/(?<!\p{L})(laisse|laissent|laissait|laissaient|laissé|laissant)[\s\u00a0\u202f]+entendre/giu,
		'laisser entendre',
		'distancing'
	]
];
const CLITIC = new Set(['se', "s'", 's’', 'ne', "n'", 'n’']);
const REFLEXIVE = new Set(['se', "s'", 's’', 'me', "m'", 'm’', 'nous', 'vous', 'te', "t'", 't’']);

interface Found {
	paragraph: number;
	start: number;
	end: number;
	lemma: string;
	distance: Distance;
	speaker?: ResolvedSpeaker;
	/** In a headline: "Des scientifiques affirment avoir découvert…". */
	headline?: boolean;
	/** What the explanation names: "a affirmé", "Selon". */
	form: 'finite' | 'compound' | 'participle' | 'passive' | 'adjectival' | 'according' | 'on';
}

/** Verbs a headline uses to report a claim it does not make its own. */
const HEADLINE_CLAIM = new Set(['affirmer', 'assurer', 'dire', 'estimer', 'annoncer', 'déclarer']);

/** A first paragraph with no full stop and few words: the headline, when the text starts with it. */
function looksLikeHeadline(context: DraftContext, paragraph: number): boolean {
	const text = context.paragraphs[paragraph]!.trim();
	return (
		paragraph === 0 &&
		context.paragraphs.length > 1 &&
		!/[.!?…»”]$/u.test(text) &&
		text.split(/\s+/u).length <= 16
	);
}

/** Subordinators ending in "que": "après que", "parce que" introduce no reported words. */
const NOT_THAT =
	/(?:^|[\s\u00a0\u202f])(?:après|avant|parce|alors|tandis|bien|dès|pendant|ainsi|sorte|lors|plus|moins|autant|tant|même|afin|sans|pour|jusqu['’]à ce|à moins)[\s\u00a0\u202f]*$/iu;

function followedByThat(text: string, end: number): boolean {
	const match =
		/^[\s\u00a0\u202f]*(?:,[\s\u00a0\u202f]*)?((?:[\p{L}’'-]+[\s\u00a0\u202f]+){0,3}?)(?:que\b|qu['’]|:|«|“|")/u.exec(
			text.slice(end, end + 60)
		);
	return !!match && !NOT_THAT.test(' ' + match[1]!);
}

/** Just after a quotation or a comma, the verb is inverted: "» a indiqué X", ", écrit X". */
function invertedPlace(text: string, start: number): boolean {
	return /[,»”"][\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, start - 4), start));
}

function sentenceStartOf(context: DraftContext, paragraph: number, offset: number): number {
	let start = 0;
	for (const s of context.sentences) {
		if (s.paragraph === paragraph && s.start <= offset) start = s.start;
	}
	return start;
}

function explain(found: Found, quote: string, who: Mention): Bilingual {
	if (found.distance === 'agentless') {
		return {
			fr: `« ${quote} » rapporte des paroles sans dire qui les a prononcées : on ne peut ni savoir qui parle, ni le vérifier.`,
			en: `“${quote}” reports words without saying who said them: you can neither know who speaks nor check it.`
		};
	}
	if (found.form === 'according') {
		return {
			fr: `« ${quote} » attribue ce qui suit ${who.to} : c’est sa version, que le journaliste rapporte sans la prendre à son compte.`,
			en: `“${quote}” (according to) attributes what follows to ${who.en}: it is their version, which the journalist reports without vouching for it.`
		};
	}
	if (found.distance === 'distancing' && found.headline) {
		return {
			fr: `« ${quote} » dans le titre : au lieu d’affirmer lui-même la nouvelle, le journaliste la laisse ${who.to}. C’est une façon de garder ses distances.`,
			en: `“${quote}” in the headline: instead of stating the news himself, the journalist leaves it to ${who.en}. It is a way of keeping a distance.`
		};
	}
	if (found.distance === 'distancing') {
		return {
			fr: `« ${quote} » : le journaliste laisse ${who.to} la responsabilité de ce qui est dit et garde ses distances ; ce n’est pas présenté comme un fait.`,
			en: `“${quote}”: the journalist leaves what is said to ${who.en} and keeps a distance; it is not presented as a fact.`
		};
	}
	if (found.distance === 'evaluative') {
		return {
			fr: `« ${quote} » ne fait pas que rapporter : le verbe juge déjà ce que dit ${who.fr} (une accusation, un démenti, un aveu…). Demande-toi si un verbe neutre comme « dire » changerait ton impression.`,
			en: `“${quote}” does more than report: the verb already judges what ${who.en} says (an accusation, a denial, an admission…). Ask yourself whether a neutral verb such as “dire” (say) would change your impression.`
		};
	}
	return {
		fr: `« ${quote} » rapporte ce que dit ${who.fr} sans le juger : un verbe neutre. Le journaliste ne dit pas pour autant que c’est vrai.`,
		en: `“${quote}” reports what ${who.en} says without judging it: a neutral verb. The journalist does not say that it is true.`
	};
}

class Finder {
	readonly found: Found[] = [];
	constructor(readonly context: DraftContext) {}

	speakerOf(subject: SubjectPhrase | undefined): ResolvedSpeaker | undefined {
		return subject ? resolveSpeaker(this.context, subject.phrase, subject.title) : undefined;
	}

	/** The subject of a verb whose first word (auxiliary or verb) starts at `start`. */
	subjectOf(paragraph: number, start: number, end: number): ResolvedSpeaker | undefined {
		const text = this.context.paragraphs[paragraph]!;
		const after = text.slice(end);
		const pronoun = invertedPronoun(after);
		if (pronoun) return resolveSpeaker(this.context, pronoun);
		if (invertedPlace(text, start)) {
			const inverted = subjectAfter(after);
			if (inverted) return this.speakerOf(inverted);
		}
		const sentenceStart = sentenceStartOf(this.context, paragraph, start);
		const before = subjectBefore(text.slice(sentenceStart, start));
		if (before && /^(?:on|l['’]on)$/iu.test(before.phrase)) {
			return { id: unsourced(this.context), agentless: true, carried: false };
		}
		if (before && /^(?:il|elle|ils|elles)$/iu.test(before.phrase)) {
			const antecedent = this.previousSubject(paragraph, sentenceStart);
			if (antecedent) return this.speakerOf(antecedent);
		}
		// "ce que dément le syndicat", "comme l'écrit le journal": the subject follows.
		const relative = /(?:^|[\s\u00a0\u202f])(?:que|qu['’]|comme|où)[\s\u00a0\u202f]*(?:l['’])?$/iu;
		if (!before && relative.test(text.slice(sentenceStart, start))) {
			const inverted = subjectAfter(after);
			if (inverted) return this.speakerOf(inverted);
		}
		if (
			!before &&
			/(?:^|[\s\u00a0\u202f])(?:et|puis|mais|ou)[\s\u00a0\u202f]+(?:\p{L}+[\s\u00a0\u202f]+)?$/iu.test(
				text.slice(sentenceStart, start)
			)
		) {
			// "Pastor leur répondit et nia…": coordinated verbs share their subject.
			return this.found
				.filter((f) => f.paragraph === paragraph && f.start >= sentenceStart && f.start < start)
				.at(-1)?.speaker;
		}
		return this.speakerOf(before);
	}

	/**
	 * The subject of the sentence before, when it reports nobody's words ("Le président a
	 * décrété… Il aurait promis…"): what "il" most likely takes up. Undefined when that sentence
	 * reports someone (the speaker named last is then the antecedent) or is a quotation.
	 */
	previousSubject(paragraph: number, sentenceStart: number): SubjectPhrase | undefined {
		const index = this.context.sentences.findIndex(
			(s) => s.paragraph === paragraph && s.start === sentenceStart
		);
		const previous = this.context.sentences[index - 1];
		if (!previous || quotationAt(this.context, previous.paragraph, previous.start))
			return undefined;
		const reports = this.found.some(
			(f) =>
				f.paragraph === previous.paragraph && f.start >= previous.start && f.end <= previous.end
		);
		if (reports) return undefined;
		const subject = this.subjectOfSentence(previous.text);
		if (!subject || /^(?:il|elle|ils|elles|on|ce|cela|ça)$/iu.test(subject.phrase))
			return undefined;
		return /^(?:\p{Lu}|le |la |les |l['’])/iu.test(subject.phrase) ? subject : undefined;
	}

	/** The subject of a sentence: the words before its first conjugated verb. */
	subjectOfSentence(sentence: string): SubjectPhrase | undefined {
		const finite = new Set(['indicative', 'conditional', 'subjunctive']);
		for (const match of sentence.matchAll(/\p{L}+/gu)) {
			const word = lower(match[0]);
			const isVerb =
				AVOIR.has(word) ||
				(ETRE.has(word) && word !== 'été') ||
				this.context.lexicon
					.analyse(match[0])
					.some((a) => (a.pos === 'verb' || a.pos === 'auxiliary') && finite.has(a.mood ?? ''));
			if (isVerb && match.index > 0) return subjectBefore(sentence.slice(0, match.index));
		}
		// A lexicon that does not know the verb: "Pour autant, l'opposition reste sceptique."
		const guess =
			/^(?:[^,]{0,40},[\s\u00a0\u202f]*)?((?:le|la|les|l['’])[\s\u00a0\u202f]*\p{L}+)[\s\u00a0\u202f]+\p{Ll}/iu.exec(
				sentence
			);
		return guess ? { phrase: guess[1]! } : undefined;
	}

	run() {
		// In reading order, so that "il", "selon lui" or "l'expert" take up the speaker named last.
		tokens(this.context).forEach((words, paragraph) => {
			let done = 0;
			words.forEach((word, index) => {
				this.according(paragraph, done, word.start);
				this.expressions(paragraph, words, done, word.start);
				done = word.start;
				this.verb(paragraph, words, index);
			});
			this.according(paragraph, done, Infinity);
			this.expressions(paragraph, words, done, Infinity);
		});
		// Participles speak for the subject of their clause, found once the finite verbs are.
		for (const found of this.found) {
			if (found.form !== 'participle' || found.speaker) continue;
			found.speaker = this.participleSpeaker(found);
		}
	}

	verb(paragraph: number, words: WordToken[], index: number) {
		const text = this.context.paragraphs[paragraph]!;
		const word = words[index]!;
		// "maintenant" is the adverb, never maintenir's participle in a news text.
		const entries =
			lower(word.text) === 'maintenant' ? undefined : REPORTING_FORMS.get(lower(word.text));
		if (!entries || quotationAt(this.context, paragraph, word.start)) return;
		const previous = words[index - 1];
		const previousWord = previous ? lower(previous.text) : '';
		for (const { lemma, kinds } of entries) {
			const rule = REPORTING_LEMMAS[lemma]!;
			// Auxiliary before a past participle, over adverbs: "a cependant réfuté".
			let aux: WordToken | undefined;
			if (kinds.has('past-participle') || !kinds.has('present-participle')) {
				for (let k = index - 1; k >= Math.max(0, index - 5); k--) {
					const w = lower(words[k]!.text);
					if (AVOIR.has(w) || ETRE.has(w)) {
						aux = words[k];
						// "a été annoncé": the auxiliary of the passive is "a".
						if (w === 'été' && k > 0 && AVOIR.has(lower(words[k - 1]!.text))) aux = words[k - 1];
						break;
					}
					// "a-t-il déclaré": the inverted pronoun stands between auxiliary and participle.
					const inverted =
						/^(?:t|il|elle|ils|elles|on)$/u.test(w) && text[words[k]!.start - 1] === '-';
					if (!BETWEEN.has(w) && !/.{3}ment$/u.test(w) && !inverted) break;
				}
			}
			const clitic = aux ? words[words.indexOf(aux) - 1] : previous;
			const reflexive = clitic !== undefined && REFLEXIVE.has(lower(clitic.text));
			if (rule.needs === 'reflexive' && !reflexive) continue;
			if (lemma === 'expliquer' && reflexive) continue; // "s'explique par": no one speaks
			if (
				lemma === 'dire' &&
				/(?:est-à-|veu[tx]-?|voulait |vouloir |autrement )$/iu.test(
					text.slice(Math.max(0, word.start - 10), word.start)
				)
			)
				continue;
			// "assure que", "a prévenu la CGT" after a quotation; not "assurant le contrôle".
			if (
				rule.needs === 'that' &&
				!followedByThat(text, word.end) &&
				!invertedPronoun(text.slice(word.end)) &&
				!(
					aux &&
					/-(?:t-)?(?:il|elle|ils|elles|on)(?!\p{L})/iu.test(text.slice(aux.start, word.start))
				) &&
				!(kinds.has('finite') || aux
					? invertedPlace(text, (aux ?? word).start) && subjectAfter(text.slice(word.end))
					: false)
			) {
				continue;
			}
			if (
				rule.needs === 'as' &&
				!/^[\s\u00a0\u202f]+(?:comme|de|d['’])/iu.test(text.slice(word.end))
			)
				continue;
			let distance: Distance = rule.distance;
			// A headline that says "X affirme…" instead of stating it keeps the claim at a distance.
			if (
				HEADLINE_CLAIM.has(lemma) &&
				distance === 'neutral' &&
				looksLikeHeadline(this.context, paragraph)
			) {
				distance = 'distancing';
			}
			if (rule.needs === 'call') {
				const naming = /\bce qu['’]\p{L}*[\s\u00a0\u202f]+(?:\p{L}+[\s\u00a0\u202f]+)?$/iu.test(
					text.slice(Math.max(0, (aux ?? word).start - 30), (aux ?? word).start)
				);
				if (naming) distance = 'distancing';
				else if (!/^[\s\u00a0\u202f]+(?:à|au|aux)(?!\p{L})/iu.test(text.slice(word.end))) continue;
			}
			if (
				rule.needs === 'incise' &&
				!(invertedPlace(text, (aux ?? word).start) || followedByThat(text, word.end))
			)
				continue;
			if (
				rule.needs === 'as' &&
				/\bce qu/iu.test(text.slice(Math.max(0, (aux ?? word).start - 30), (aux ?? word).start))
			) {
				distance = 'distancing';
			}

			if (aux) {
				const next = lower(words[words.indexOf(aux) + 1]?.text ?? '');
				const passive = (ETRE.has(lower(aux.text)) || next === 'été') && !reflexive;
				if (passive && (rule.noPassive || rule.needs === 'incise')) continue;
				const startWord = clitic && (CLITIC.has(lower(clitic.text)) || reflexive) ? clitic : aux;
				if (passive) {
					this.passive(paragraph, words, startWord, word, lemma, distance);
				} else {
					const pronoun = /-(?:t-)?(il|elle|ils|elles|on)(?![\p{L}])/iu.exec(
						text.slice(aux.start, word.start)
					)?.[1];
					const speaker = pronoun
						? resolveSpeaker(this.context, pronoun)
						: this.subjectOf(paragraph, startWord.start, word.end);
					this.add({
						paragraph,
						start: startWord.start,
						end: word.end,
						lemma,
						distance,
						speaker,
						form: 'compound'
					});
				}
				return;
			}
			if (kinds.has('present-participle') && !kinds.has('finite')) {
				// "maintenant" is an adverb, "reconnaissant" an adjective, unless words are reported.
				if (
					this.participleHomograph(word.text) &&
					!followedByThat(text, word.end) &&
					!/^[\s\u00a0\u202f]+de\b/u.test(text.slice(word.end))
				)
					continue;
				this.add({
					paragraph,
					start: word.start,
					end: word.end,
					lemma,
					distance,
					form: 'participle'
				});
				return;
			}
			if (kinds.has('finite')) {
				if (NOUN_BEFORE.has(previousWord)) continue;
				// "l'annonce" is a noun, but in "il le dit" the article is an object pronoun.
				const subjectBefore = /^(?:il|elle|ils|elles|on|je|j['’]|nous|vous|tu|qui)$/iu.test(
					words[index - 2]?.text ?? ''
				);
				if (ARTICLE_OR_PRONOUN.has(previousWord) && !subjectBefore && this.homograph(word.text)) {
					continue;
				}
				const twoBefore = words[index - 2] ? lower(words[index - 2]!.text) : '';
				if (PRENOMINAL.has(previousWord) && NOUN_BEFORE.has(twoBefore)) continue;
				const start =
					clitic && (CLITIC.has(lower(clitic.text)) || reflexive) ? clitic.start : word.start;
				const speaker = this.subjectOf(paragraph, start, word.end);
				if (speaker?.agentless) {
					const on = previous && lower(previous.text) === 'on' ? previous.start : start;
					this.add({
						paragraph,
						start: on,
						end: word.end,
						lemma,
						distance: 'agentless',
						speaker,
						form: 'on'
					});
				} else {
					this.add({ paragraph, start, end: word.end, lemma, distance, speaker, form: 'finite' });
				}
				return;
			}
			if (kinds.has('past-participle') && rule.adjectival) {
				const agent = /^[\s\u00a0\u202f]+par[\s\u00a0\u202f]+(.+)$/u.exec(text.slice(word.end));
				const speaker = agent ? this.speakerOf(subjectAfter(' ' + agent[1]!)) : undefined;
				this.add({
					paragraph,
					start: word.start,
					end: word.end,
					lemma,
					distance: speaker ? distance : lemma === 'prétendre' ? 'distancing' : 'agentless',
					speaker: speaker ?? { id: unsourced(this.context), agentless: true, carried: false },
					form: 'adjectival'
				});
				return;
			}
		}
	}

	/** A present participle that is also an adverb, adjective or noun ("maintenant", "reconnaissant"). */
	participleHomograph(form: string): boolean {
		const analyses = this.context.lexicon.analyse(form);
		if (analyses.length === 0) return PARTICIPLE_HOMOGRAPHS.has(lower(form));
		return analyses.some((a) => a.pos === 'adverb' || a.pos === 'adjective' || a.pos === 'noun');
	}

	/** A form that may be a noun or an adjective as well as a verb ("annonce", "écrit"). */
	homograph(form: string): boolean {
		const analyses = this.context.lexicon.analyse(form);
		if (analyses.length === 0) return HOMOGRAPHS.has(lower(form));
		return analyses.some((a) => a.pos === 'noun' || a.pos === 'adjective');
	}

	/** "il est affirmé que", "a été annoncé par le ministère", "ont été démentis". */
	passive(
		paragraph: number,
		words: WordToken[],
		aux: WordToken,
		participle: WordToken,
		lemma: string,
		distance: Distance
	) {
		const text = this.context.paragraphs[paragraph]!;
		const agent = /^[\s\u00a0\u202f]+par[\s\u00a0\u202f]+(.+)$/u.exec(text.slice(participle.end));
		const speaker = agent ? this.speakerOf(subjectAfter(' ' + agent[1]!)) : undefined;
		if (speaker && !speaker.agentless) {
			this.add({
				paragraph,
				start: aux.start,
				end: participle.end,
				lemma,
				distance,
				speaker,
				form: 'passive'
			});
			return;
		}
		const before = words[words.indexOf(aux) - 1];
		const impersonal = before && lower(before.text) === 'il';
		const that = /^[\s\u00a0\u202f]+(?:que\b|qu['’])/u.exec(text.slice(participle.end));
		this.add({
			paragraph,
			start: impersonal ? before.start : aux.start,
			end: impersonal && that ? participle.end + that[0].length : participle.end,
			lemma,
			distance: 'agentless',
			speaker: { id: unsourced(this.context), agentless: true, carried: false },
			form: 'passive'
		});
	}

	/** "pointant du doigt", "a mis en garde", "fait savoir", "laisse entendre", "fait état de". */
	expressions(paragraph: number, words: WordToken[], from: number, to: number) {
		const text = this.context.paragraphs[paragraph]!;
		for (const [pattern, lemma, distance] of EXPRESSIONS) {
			for (const match of text.matchAll(pattern)) {
				const start = match.index;
				if (start < from || start >= to) continue;
				if (quotationAt(this.context, paragraph, start)) continue;
				const end = start + match[0].length;
				const participle = /ant$/u.test(match[1]!);
				let index = words.findIndex((w) => w.start === start) - 1;
				while (
					index > 0 &&
					(BETWEEN.has(lower(words[index]!.text)) || /.{3}ment$/u.test(words[index]!.text))
				)
					index--;
				const auxWord = index >= 0 ? words[index] : undefined;
				const first = auxWord && AVOIR.has(lower(auxWord.text)) ? auxWord.start : start;
				this.add({
					paragraph,
					start: first,
					end,
					lemma,
					distance,
					speaker: participle ? undefined : this.subjectOf(paragraph, first, end),
					form: participle ? 'participle' : first < start ? 'compound' : 'finite'
				});
			}
		}
	}

	/** "Selon X", "D'après X", "à en croire X", "Pour le procureur, …". */
	according(paragraph: number, from: number, to: number) {
		const text = this.context.paragraphs[paragraph]!;
		const markers = /(?<![\p{L}])(selon|d['’]après|à en croire|pour)(?=[\s\u00a0\u202f])/giu;
		for (const match of text.matchAll(markers)) {
			const start = match.index;
			if (start < from || start >= to) continue;
			const end = start + match[0].length;
			if (quotationAt(this.context, paragraph, start)) continue;
			const marker = lower(match[1]!);
			const rest = text.slice(end);
			if (marker === 'selon' && /^[\s\u00a0\u202f]+(?:que|qu['’])/iu.test(rest)) continue;
			if (marker === 'pour' && !this.pourSpeaker(text, start, rest)) continue;
			const pronoun = /^[\s\u00a0\u202f]+(lui|elle|eux|elles)\b/iu.exec(rest)?.[1];
			const subject = pronoun ? undefined : subjectAfter(rest);
			if (!pronoun && !subject) continue;
			if (
				subject &&
				/^(?:les? |la |l['’])?(?:cas|modèle|méthode|principe|règles?|besoins?|moment|heure|circonstances|plan|calendrier)\b/iu.test(
					subject.phrase
				)
			)
				continue;
			// "D'après elle": the subject of the sentence before, or the speaker named last.
			const antecedent = pronoun
				? this.previousSubject(paragraph, sentenceStartOf(this.context, paragraph, start))
				: undefined;
			const speaker = pronoun
				? antecedent
					? this.speakerOf(antecedent)
					: resolveSpeaker(this.context, pronoun)
				: this.speakerOf(subject);
			if (!speaker) continue;
			this.add({
				paragraph,
				start,
				end,
				lemma: marker,
				distance: speaker.agentless
					? 'agentless'
					: marker === 'à en croire'
						? 'distancing'
						: 'neutral',
				speaker,
				form: 'according'
			});
		}
	}

	/** "Pour le procureur, …" attributes; "Pour se justifier", "Pour sa part", "Pour l'instant" do not. */
	pourSpeaker(text: string, start: number, rest: string): boolean {
		const before = text.slice(0, start).trimEnd();
		if (before && !/[.;:!?,]$/u.test(before)) return false;
		const phrase = /^[\s\u00a0\u202f]+([^,.;:]{2,80}),/u.exec(rest)?.[1]?.trim();
		if (!phrase) return false;
		if (/^(?:lui|elle|eux|elles)$/iu.test(phrase)) return true;
		const words = phrase.split(/[\s\u00a0\u202f]+/u);
		const first = words[0]!;
		const elided = /^l['’]/iu.test(first);
		const determiner =
			elided || /^(?:le|la|les|un|une|ce|cette|ces|son|sa|ses|leur|leurs)$/iu.test(first);
		const head = elided ? first.slice(2) : determiner ? (words[1] ?? '') : first;
		// "Pour le procureur", "Pour la CFDT"
		if (POUR_ROLES.test(lower(head)) || /^\p{Lu}/u.test(head)) return true;
		// "Pour Amnesty International, …"
		return !determiner && /^\p{Lu}/u.test(first);
	}

	participleSpeaker(found: Found): ResolvedSpeaker | undefined {
		const text = this.context.paragraphs[found.paragraph]!;
		const sentenceStart = sentenceStartOf(this.context, found.paragraph, found.start);
		// "la droite pointant le doigt": a subject of its own just before, after a comma.
		const own = /,[\s\u00a0\u202f]*((?:la|le|les|l['’])[^,;:«»]{1,60}?)[\s\u00a0\u202f]+$/iu.exec(
			text.slice(sentenceStart, found.start)
		);
		if (own) return resolveSpeaker(this.context, own[1]!);
		const sameSentence = this.found.filter(
			(f) =>
				f !== found &&
				f.paragraph === found.paragraph &&
				f.form !== 'participle' &&
				f.speaker &&
				sentenceStartOf(this.context, f.paragraph, f.start) === sentenceStart
		);
		const before = sameSentence.filter((f) => f.start < found.start).at(-1);
		const after = sameSentence.find((f) => f.start > found.start);
		if (before?.speaker || after?.speaker) return (before ?? after)!.speaker;
		// The subject of the clause's verb: the words before the first auxiliary of the sentence.
		const clause = text.slice(sentenceStart, found.start);
		const aux =
			/(?:^|[\s\u00a0\u202f])(?:a|ont|avait|avaient|est|sont|était|étaient)[\s\u00a0\u202f]/u.exec(
				clause
			);
		return aux ? this.speakerOf(subjectBefore(clause.slice(0, aux.index + 1))) : undefined;
	}

	add(found: Found) {
		if (
			found.distance === 'distancing' &&
			HEADLINE_CLAIM.has(found.lemma) &&
			looksLikeHeadline(this.context, found.paragraph)
		) {
			found.headline = true;
		}
		const overlaps = this.found.some(
			(f) => f.paragraph === found.paragraph && f.start < found.end && found.start < f.end
		);
		if (!overlaps) this.found.push(found);
	}
}

/** Reporting verbs and attributing prepositions, with their distance and speaker. */
export const reportingVerbs: Detector = {
	name: 'reporting-verbs',
	run(context) {
		const finder = new Finder(context);
		finder.run();
		for (const found of [...finder.found].sort(
			(a, b) => a.paragraph - b.paragraph || a.start - b.start
		)) {
			const quote = context.paragraphs[found.paragraph]!.slice(found.start, found.end);
			// Whoever the verb, "on" or "des sources" name nobody.
			if (found.speaker?.agentless) found.distance = 'agentless';
			const speaker = found.speaker?.id;
			const annotation: DraftContext['annotations'][number] = {
				review: 'suggested',
				id: uniqueId(context, `verb ${quote}`),
				kind: 'reporting-verb',
				anchor: anchorFor(context.paragraphs, found.paragraph, found.start, found.end),
				explanation: explain(found, quote, mention(context, speaker)),
				...(speaker ? { speaker } : {}),
				distance: found.distance
			};
			if (found.form === 'adjectival') modifierReports.add(annotation);
			context.annotations.push(annotation);
		}
	}
};
