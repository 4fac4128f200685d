// The drafting assistant reads a French news text and proposes a lesson: glossary entries,
// annotations (who speaks, reporting verbs, hedges, quotations, figures, text defects) and a
// quiz. It runs as a chain of detectors over one shared reading of the text; each detector lives
// in its own file under ./detectors and the chain in ./detectors/index.ts lists them in order.
// Everything here is pure: the lexicon is handed in, never loaded by a detector.

// Relative imports: the `lesson:draft` command runs this code outside SvelteKit.
import type { Annotation, Speaker } from '../lesson/annotation-schema';

export interface Bilingual {
	fr: string;
	en: string;
}

/** Parts of speech the lexicon gives (a superset of the glossary's). */
export type LexPos =
	| 'noun'
	| 'proper-noun'
	| 'verb'
	| 'auxiliary'
	| 'adjective'
	| 'adverb'
	| 'preposition'
	| 'conjunction'
	| 'pronoun'
	| 'determiner'
	| 'interjection'
	| 'other';

export type Mood =
	'indicative' | 'conditional' | 'subjunctive' | 'imperative' | 'infinitive' | 'participle';

export type Tense = 'present' | 'imperfect' | 'simple-past' | 'future' | 'past';

/** One reading of a word form: "affirmait" → { lemma: "affirmer", pos: "verb", mood: "indicative", tense: "imperfect", person: 3, number: "s" }. */
export interface Analysis {
	lemma: string;
	pos: LexPos;
	gender?: 'm' | 'f';
	number?: 's' | 'p';
	/** Verbs only. */
	mood?: Mood;
	/** Verbs only; participles: "present" (affirmant) or "past" (affirmé). */
	tense?: Tense;
	person?: 1 | 2 | 3;
}

/** A French lexicon: every analysis of a written form, and how common a lemma is. */
export interface Lexicon {
	/** Every analysis of a form as written in the text; case-insensitive, accents significant. */
	analyse(form: string): readonly Analysis[];
	/** Every form of a lemma (all inflections), e.g. to find "affirmant" from "affirmer". */
	forms(lemma: string, pos?: LexPos): readonly string[];
	/** Frequency rank of a lemma in general French (1 = most common); undefined if unknown. */
	rank(lemma: string): number | undefined;
	/** True for a word of an English word list that no French list has ("fight", "secure"). */
	english?(form: string): boolean;
}

/** A sentence of the text: paragraph index (0-based) and UTF-16 offsets in that paragraph. */
export interface DraftSentence {
	paragraph: number;
	start: number;
	end: number;
	text: string;
}

/** A word of the text (Intl.Segmenter word-like segments), with its offsets. */
export interface DraftWord {
	paragraph: number;
	sentence: number;
	start: number;
	end: number;
	text: string;
}

/** A glossary entry the assistant proposes; English and definition only when a source gives them. */
export interface GlossaryCandidate {
	id: string;
	lemma: string;
	pos: 'noun' | 'proper-noun' | 'verb' | 'adjective' | 'adverb' | 'expression';
	gender?: 'm' | 'f';
	/** Every form as it appears in the text. */
	forms: string[];
	/** Frequency rank of the lemma, the reason it was proposed. */
	rank?: number;
	en?: string;
	definition?: string;
	note?: Bilingual;
}

/** The shared reading that detectors fill in, in the order of the chain. */
export interface DraftContext {
	/** The paragraphs, verbatim. */
	readonly paragraphs: readonly string[];
	readonly sentences: readonly DraftSentence[];
	readonly words: readonly DraftWord[];
	readonly lexicon: Lexicon;
	/** The lesson's CEFR level: what a learner is likely to know. */
	readonly level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
	/** Speakers found so far (a detector may add or merge). */
	speakers: Speaker[];
	/** Annotations proposed so far, each with review: 'suggested'. */
	annotations: Annotation[];
	glossary: GlossaryCandidate[];
}

/** One step of the chain: reads the context, adds what it finds. */
export interface Detector {
	/** A short name, for the benchmark's timing and for problems. */
	name: string;
	run(context: DraftContext): void;
}
