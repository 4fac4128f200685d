/** A sentence of a paragraph: UTF-16 offsets, surrounding spaces left out. */
export interface SentenceRange {
	start: number;
	end: number;
}

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// Abbreviations a French news text writes with a full stop that never ends a sentence there.
// Case matters: "M." is Monsieur, while "m." would be the end of a word.
const ABBREVIATIONS = new Set([
	'M',
	'MM',
	'Mme',
	'Mmes',
	'Mlle',
	'Mlles',
	'Me',
	'Mgr',
	'Dr',
	'Pr',
	'St',
	'Ste',
	'av',
	'bd',
	'cf',
	'Cf',
	'p',
	'pp',
	'env',
	'janv',
	'févr',
	'avr',
	'juil',
	'sept',
	'oct',
	'nov',
	'déc'
]);

const SPACE = /[\s\u00a0\u202f]/u;
/** The word (or single initial) just before a final full stop. */
const LAST_WORD = /(?:^|[^\p{L}])(\p{L}+)\.$/u;
/** A list number alone: "1." before "Premier point". */
const LIST_NUMBER = /^\d+\.$/;
/** A cut in a quotation, "[…]" or "(...)": the sentence goes on. */
const QUOTE_CUT = /[[(](?:…|\.\.\.)[\])]$/;
/** Closing quotation marks that the Unicode rules push into the next sentence. */
const CLOSING_QUOTES = /^[\s\u00a0\u202f]*[»”]+/u;
/** An ellipsis followed by a capital: the Unicode rules split after "..." but not after "…". */
const ELLIPSIS_THEN_CAPITAL = /(?<![[(])…(?=[\s\u00a0\u202f]+[«“"]?[\s\u00a0\u202f]*\p{Lu})/gu;

function endsWithoutEndingSentence(body: string): boolean {
	if (LIST_NUMBER.test(body) || QUOTE_CUT.test(body)) return true;
	const word = LAST_WORD.exec(body)?.[1];
	if (!word) return false;
	// A single capital is an initial: "B. Obama", "J.-P. Sartre".
	return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/** The Unicode sentence cuts, plus a cut after "…" before a capital. */
function rawCuts(text: string): number[] {
	const cuts = new Set<number>();
	for (const { index } of segmenter.segment(text)) if (index > 0) cuts.add(index);
	for (const match of text.matchAll(ELLIPSIS_THEN_CAPITAL)) {
		let cut = match.index + 1;
		while (cut < text.length && SPACE.test(text[cut]!)) cut++;
		cuts.add(cut);
	}
	return [...cuts].sort((a, b) => a - b);
}

/**
 * The sentences of a French paragraph, as a reader sees them. Starts from the Unicode sentence
 * rules (`Intl.Segmenter`) and mends what they get wrong in French: abbreviations (M., Mme,
 * MM., Dr, St, av.), initials (B. Obama), list numbers (1.), cuts in quotations ([…]), a closing
 * » or ” after the full stop (it stays with its sentence), an ellipsis before a capital (it ends
 * one), and a next "sentence" that starts in lower case (« Pourquoi ? » demande-t-il).
 */
export function sentences(text: string): SentenceRange[] {
	const pieces: { start: number; end: number }[] = [];
	let start = 0;
	for (const cut of [...rawCuts(text), text.length]) {
		if (cut > start) pieces.push({ start, end: cut });
		start = cut;
	}

	const merged: { start: number; end: number }[] = [];
	for (const piece of pieces) {
		const previous = merged.at(-1);
		if (!previous) {
			merged.push({ ...piece });
			continue;
		}
		// A closing quotation mark belongs to the sentence before it.
		const closing = CLOSING_QUOTES.exec(text.slice(piece.start, piece.end));
		if (closing) {
			previous.end = piece.start + closing[0].length;
			piece.start = previous.end;
			if (!text.slice(piece.start, piece.end).trim()) continue;
		}
		const before = text.slice(previous.start, previous.end).trim();
		const after = text.slice(piece.start, piece.end).trimStart();
		if (endsWithoutEndingSentence(before) || /^\p{Ll}/u.test(after)) {
			previous.end = piece.end;
		} else {
			merged.push({ ...piece });
		}
	}

	const found: SentenceRange[] = [];
	for (const { start, end } of merged) {
		const segment = text.slice(start, end);
		const lead = segment.length - segment.trimStart().length;
		const body = segment.trim();
		if (body) found.push({ start: start + lead, end: start + lead + body.length });
	}
	return found;
}
