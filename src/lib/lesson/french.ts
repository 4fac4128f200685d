/** A word of a French text, with its place (UTF-16 offsets into the text). */
export interface WordToken {
	text: string;
	start: number;
	end: number;
}

// Intl.Segmenter keeps an elided article or pronoun inside the next word ("d’Artsakh",
// "l’opération"); glossary forms and learners see two words, so split them.
const ELISION = /^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’](?=\p{L})/iu;

const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** The words of a French text, elided articles (l’, d’, qu’…) split off as words of their own. */
export function wordTokens(text: string): WordToken[] {
	const tokens: WordToken[] = [];
	for (const { segment, index, isWordLike } of segmenter.segment(text)) {
		if (!isWordLike) continue;
		const elision = ELISION.exec(segment);
		if (elision) {
			const cut = elision[0].length;
			tokens.push({ text: segment.slice(0, cut), start: index, end: index + cut });
			tokens.push({ text: segment.slice(cut), start: index + cut, end: index + segment.length });
		} else {
			tokens.push({ text: segment, start: index, end: index + segment.length });
		}
	}
	return tokens;
}

/**
 * A French string reduced to what a reader would call "the same words": lower case, ’ and '
 * alike, « » and “ ” and " alike, runs of spaces (including no-break spaces) as one space.
 * Accents are kept: "marché" and "marche" are different words.
 */
export function looseFrench(text: string): string {
	return (
		text
			.toLocaleLowerCase('fr')
			.replace(/[’‘`´]/g, "'")
			.replace(/[«»“”„"]/g, '"')
			.replace(/[\s\u00a0\u202f]+/g, ' ')
			// « relativement secure » and “relativement secure” are the same quotation.
			.replace(/\s*"\s*/g, '"')
			.trim()
	);
}

/** Number of words of a French text, as a reader counts them (l’opération is one). */
export function countWords(text: string): number {
	let count = 0;
	for (const { isWordLike } of segmenter.segment(text)) if (isWordLike) count++;
	return count;
}

// Sentences have their own module; kept here for the modules that import them from here.
export { sentences, type SentenceRange } from './sentences';
