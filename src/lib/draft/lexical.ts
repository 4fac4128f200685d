import type { Analysis, DraftContext, DraftWord, LexPos } from './types';

// Word-level helpers shared by the detectors that read the lexicon.

// Intl.Segmenter keeps an elided word inside the next one ("qu’il", "l’aurait", "s’est").
const ELISION = /^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’](?=\p{L})/iu;

/** A word as the lexicon should see it: the elided article or pronoun split off. */
export interface BareWord {
	text: string;
	start: number;
	end: number;
	/** The elided word in front ("qu’", "l’"), if any. */
	elided?: string;
}

export function bare(word: DraftWord): BareWord {
	const elision = ELISION.exec(word.text);
	if (!elision) return { text: word.text, start: word.start, end: word.end };
	const cut = elision[0].length;
	return {
		text: word.text.slice(cut),
		start: word.start + cut,
		end: word.end,
		elided: word.text.slice(0, cut)
	};
}

/** True when some analysis has one of these parts of speech. */
export const hasPos = (analyses: readonly Analysis[], ...pos: LexPos[]) =>
	analyses.some((analysis) => pos.includes(analysis.pos));

/** True for a word that starts with a capital letter. */
export const capitalised = (text: string) => /^\p{Lu}/u.test(text);

/** True when the word is the first of its sentence (quotation marks and dashes aside). */
export function sentenceInitial(context: DraftContext, index: number): boolean {
	const previous = context.words[index - 1];
	const word = context.words[index]!;
	if (!previous || previous.sentence !== word.sentence) return true;
	// After a colon or an opening quotation mark a capital starts a new clause.
	const between = context.paragraphs[word.paragraph]!.slice(previous.end, word.start);
	return /[:«“"]\s*$/u.test(between);
}

/**
 * The word at `index` joined with the words that follow it through hyphens ("porte-parole",
 * "low-cost", "cessez-le-feu"); `count` is how many words it spans (1 for a plain word).
 */
export function hyphenated(
	context: DraftContext,
	index: number
): { text: string; end: number; count: number } {
	const first = context.words[index]!;
	const text = context.paragraphs[first.paragraph]!;
	let end = first.end;
	let count = 1;
	for (let next = index + 1; next < context.words.length; next++) {
		const word = context.words[next]!;
		if (word.paragraph !== first.paragraph || word.start !== end + 1 || text[end] !== '-') break;
		end = word.end;
		count++;
	}
	return { text: text.slice(first.start, end), end, count };
}

/** The paragraph text between two words (the spaces and punctuation that separate them). */
export const between = (context: DraftContext, left: DraftWord, right: DraftWord) =>
	context.paragraphs[left.paragraph]!.slice(left.end, right.start);
