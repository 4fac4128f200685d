import { looseFrench } from './french';
import type { Phrase } from './problem-text';
import type { TextAnchor } from './schema';

/** A resolved anchor: paragraph index (0-based) and UTF-16 offsets in that paragraph. */
export interface TextRange {
	paragraph: number;
	start: number;
	end: number;
}

export type AnchorResult =
	| { ok: true; range: TextRange }
	| {
			ok: false;
			problem: string;
			fix: string;
			/** The same words as locale keys, for the teacher area (see problem-text.ts). */
			phrases: { message: Phrase; fix: Phrase };
	  };

// Phrases are plain data here: the locale files stay out of the modules pages import.
const say = (key: string, values?: Phrase['values']): Phrase =>
	values ? { key, values } : { key };

function allIndexes(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

const list = (numbers: number[]) => numbers.map((n) => n + 1).join(', ');

/**
 * Finds the words an anchor quotes (W3C TextQuoteSelector: exact text, optional prefix and
 * suffix, plus an optional paragraph number). Exactly one match is a success; none or several
 * is a problem worded for the teacher who wrote the anchor.
 */
export function resolveAnchor(paragraphs: readonly string[], anchor: TextAnchor): AnchorResult {
	const { quote, prefix = '', suffix = '', paragraph } = anchor;
	if (paragraph !== undefined && paragraph > paragraphs.length) {
		return {
			ok: false,
			problem: `paragraph ${paragraph} does not exist (the lesson has ${paragraphs.length})`,
			fix: `use a number from 1 to ${paragraphs.length}, or remove "paragraph"`,
			phrases: {
				message: say('anchor.noParagraph', { paragraph, count: paragraphs.length }),
				fix: say('anchor.noParagraphFix', { count: paragraphs.length })
			}
		};
	}
	const searched = paragraph === undefined ? paragraphs.map((_, i) => i) : [paragraph - 1];
	const where = paragraph === undefined ? 'in the text' : `in paragraph ${paragraph}`;
	const whereSaid =
		paragraph === undefined ? say('anchor.inText') : say('anchor.inParagraph', { paragraph });

	const quoteOnly: number[] = [];
	const matches: TextRange[] = [];
	for (const index of searched) {
		const text = paragraphs[index]!;
		for (const start of allIndexes(text, quote)) {
			quoteOnly.push(index);
			const end = start + quote.length;
			if (text.slice(0, start).endsWith(prefix) && text.slice(end).startsWith(suffix)) {
				matches.push({ paragraph: index, start, end });
			}
		}
	}

	if (matches.length === 1) return { ok: true, range: matches[0]! };
	if (matches.length > 1) {
		const paragraphsWithMatch = [...new Set(matches.map((m) => m.paragraph))];
		return {
			ok: false,
			problem:
				`quote "${quote}" is ambiguous: it occurs ${matches.length} times ${where}` +
				(paragraph === undefined ? ` (paragraph ${list(paragraphsWithMatch)})` : ''),
			fix:
				paragraph === undefined && paragraphsWithMatch.length > 1
					? 'add "paragraph: N", or a "prefix"/"suffix" with the words just before or after it'
					: 'add a "prefix" or "suffix" with the words just before or after it',
			phrases: {
				message:
					paragraph === undefined
						? say('anchor.ambiguousIn', {
								quote,
								count: matches.length,
								where: whereSaid,
								paragraphs: list(paragraphsWithMatch)
							})
						: say('anchor.ambiguous', { quote, count: matches.length, where: whereSaid }),
				fix: say(
					paragraph === undefined && paragraphsWithMatch.length > 1
						? 'anchor.ambiguousFixParagraph'
						: 'anchor.ambiguousFix'
				)
			}
		};
	}
	if (quoteOnly.length > 0) {
		return {
			ok: false,
			problem: `quote "${quote}" occurs ${where}, but never with this prefix/suffix`,
			fix: 'copy the prefix and suffix exactly from the text, spaces included',
			phrases: {
				message: say('anchor.wrongContext', { quote, where: whereSaid }),
				fix: say('anchor.wrongContextFix')
			}
		};
	}
	const loosely = searched.filter((i) => looseFrench(paragraphs[i]!).includes(looseFrench(quote)));
	if (loosely.length > 0) {
		return {
			ok: false,
			problem: `quote "${quote}" not found ${where} as written; it differs from paragraph ${list(loosely)} only in capitals, apostrophes, quotation marks or spaces`,
			fix: "copy the words exactly from the text (’ not ', “ ” or « » as printed)",
			phrases: {
				message: say('anchor.looselyFound', { quote, where: whereSaid, paragraphs: list(loosely) }),
				fix: say('anchor.looselyFoundFix')
			}
		};
	}
	return {
		ok: false,
		problem: `quote "${quote}" not found ${where}`,
		fix: 'copy the exact words from lesson.yaml; check spelling and accents',
		phrases: {
			message: say('anchor.notFound', { quote, where: whereSaid }),
			fix: say('anchor.notFoundFix')
		}
	};
}
