import { numbersToDigits, readTime, type VariantKind } from './variants';

/** Whether accents count: `required` when spelling is the point, `forgiven` otherwise. */
export type AccentRule = 'required' | 'forgiven';

// Characters a French keyboard, a phone or a word processor may put in place of one another.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g; // soft hyphen, zero-width spaces and joiners
const APOSTROPHES = /[’‘`´ʼ′]/g;
const QUOTES = /[«»‹›“”„‟"]/g;
const HYPHENS = /[\u2010\u2011]/g; // typographic and no-break hyphens are still hyphens
// \s covers the no-break space (U+00A0), the narrow no-break space (U+202F), thin spaces, tabs…
const SPACES = /\s+/g;
const TRAILING_PUNCTUATION = /[\s.!?;:…]+$/;

/**
 * A French answer reduced to what matters for grading: lower case (French rules), one kind of
 * apostrophe, one kind of quotation mark with no spaces inside, spaces collapsed and trimmed,
 * no trailing . ! ? ; : — and, when accents are forgiven, no diacritics.
 *
 * Hyphens are never forgiven: "porte-parole" and "porte parole" are different spellings.
 */
export function normalizeAnswer(text: string, accents: AccentRule): string {
	let result = text
		// Composed and decomposed "é" must compare equal even when accents are required.
		.normalize('NFC')
		.replace(INVISIBLE, '')
		.toLocaleLowerCase('fr')
		.replace(APOSTROPHES, "'")
		.replace(QUOTES, '"')
		.replace(HYPHENS, '-')
		// Most keyboards cannot type œ or æ: the ligature is typography, not spelling.
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(SPACES, ' ')
		.trim()
		// French puts a (thin) space before ; : ! ? — English habits do not; both are right.
		.replace(/ (?=[;:!?])/g, '')
		// Nothing is ever written after an elision apostrophe: "l' opération" is "l'opération".
		.replace(/' /g, "'")
		// « prétend » and "prétend" are the same quotation.
		.replace(/ ?" ?/g, '"')
		.replace(TRAILING_PUNCTUATION, '');
	if (accents === 'forgiven') {
		result = result.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
	}
	return result;
}

/**
 * What an answer is compared by: normalizeAnswer, then, when the question accepts them, the
 * time it names (every way of writing 18:00 gives one key) or its numbers in digits.
 */
export function answerKey(
	text: string,
	accents: AccentRule,
	variants: readonly VariantKind[] = []
): string {
	const normalized = normalizeAnswer(text, accents);
	if (normalized === '') return '';
	if (variants.includes('times')) {
		const minutes = readTime(normalized);
		// The zero-width space cannot survive normalizeAnswer, so no typed text has this key.
		if (minutes !== null) return `\u200btime ${minutes}`;
	}
	return variants.includes('numbers') ? numbersToDigits(normalized) : normalized;
}

/** Whether a learner's answer is one of the accepted answers, with French tolerance. */
export function matchesAny(
	given: string,
	accepted: readonly string[],
	accents: AccentRule,
	variants: readonly VariantKind[] = []
): boolean {
	const key = answerKey(given, accents, variants);
	// An empty answer never matches, even if a teacher's answer normalised to nothing.
	if (key === '') return false;
	return accepted.some((answer) => answerKey(answer, accents, variants) === key);
}

/** The teacher's anticipated wrong answer that the learner gave, to show its specific feedback. */
export function findWrongAnswer<W extends { answer: string }>(
	given: string,
	wrongAnswers: readonly W[],
	accents: AccentRule,
	variants: readonly VariantKind[] = []
): W | undefined {
	const key = answerKey(given, accents, variants);
	if (key === '') return undefined;
	return wrongAnswers.find((wrong) => answerKey(wrong.answer, accents, variants) === key);
}
