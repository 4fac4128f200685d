import { looseFrench, wordTokens, type WordToken } from './french';

/** Where a glossary term occurs in a paragraph. `first`: its first occurrence there. */
export interface TermOccurrence {
	termId: string;
	start: number;
	end: number;
	first: boolean;
}

export interface TermForms {
	id: string;
	forms: readonly string[];
}

interface CompiledForm {
	termIndex: number;
	formIndex: number;
	termId: string;
	/** Number of words, elided articles counted as words. */
	size: number;
	loose: string;
}

interface Candidate extends CompiledForm {
	start: number;
	end: number;
}

// Forms indexed by their first word: a paragraph's word is compared with the few forms that
// start with it, not with every form of the glossary.
const compiled = new WeakMap<readonly TermForms[], Map<string, CompiledForm[]>>();

function formIndex(terms: readonly TermForms[]): Map<string, CompiledForm[]> {
	let index = compiled.get(terms);
	if (index) return index;
	index = new Map();
	terms.forEach(({ id, forms }, termIndex) => {
		forms.forEach((form, formIndex) => {
			const words = wordTokens(form);
			if (words.length === 0) return;
			const first = looseFrench(words[0]!.text);
			const entry = {
				termIndex,
				formIndex,
				termId: id,
				size: words.length,
				loose: looseFrench(form)
			};
			index!.set(first, [...(index!.get(first) ?? []), entry]);
		});
	});
	compiled.set(terms, index);
	return index;
}

function candidates(text: string, tokens: WordToken[], terms: readonly TermForms[]): Candidate[] {
	const index = formIndex(terms);
	const found: Candidate[] = [];
	tokens.forEach((token, i) => {
		for (const form of index.get(looseFrench(token.text)) ?? []) {
			if (i + form.size > tokens.length) continue;
			const end = tokens[i + form.size - 1]!.end;
			if (form.size === 1 || looseFrench(text.slice(token.start, end)) === form.loose) {
				found.push({ ...form, start: token.start, end });
			}
		}
	});
	return found;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Longest match wins; among equals, the earlier one, then the entry listed first. */
function select(all: Candidate[]): Candidate[] {
	const byLength = [...all].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.termIndex - b.termIndex
	);
	const kept: Candidate[] = [];
	for (const candidate of byLength) {
		if (!kept.some((k) => overlap(k, candidate))) kept.push(candidate);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/**
 * Glossary terms in one paragraph. Forms match whole words, in order, ignoring case and
 * apostrophe style, also after an elided article ("Artsakh" in "d’Artsakh"). Where matches
 * overlap the longest wins ("Haut-Karabakh" over "Karabakh").
 */
export function findTerms(text: string, terms: readonly TermForms[]): TermOccurrence[] {
	const seen = new Set<string>();
	return select(candidates(text, wordTokens(text), terms)).map(({ termId, start, end }) => {
		const first = !seen.has(termId);
		seen.add(termId);
		return { termId, start, end, first };
	});
}

export interface UnseenForm {
	/** Position of the entry in the glossary and of the form in its list (0-based). */
	termIndex: number;
	formIndex: number;
	termId: string;
	form: string;
	/** The term that always wins over it, when the form does occur but is never shown. */
	hiddenBy?: string;
}

/**
 * Forms a learner would never see marked: absent from every paragraph, or always overlapped
 * by a longer form of another term (in the same paragraph, at the same place).
 */
export function unseenForms(
	paragraphs: readonly string[],
	terms: readonly TermForms[]
): UnseenForm[] {
	const key = (c: { termIndex: number; formIndex: number }) => `${c.termIndex}/${c.formIndex}`;
	const shown = new Set<string>();
	const hiddenBy = new Map<string, string>();
	for (const text of paragraphs) {
		const all = candidates(text, wordTokens(text), terms);
		const kept = select(all);
		for (const c of kept) shown.add(key(c));
		for (const c of all) {
			const winner = kept.find((k) => overlap(k, c) && k !== c);
			if (winner && !hiddenBy.has(key(c))) hiddenBy.set(key(c), winner.termId);
		}
	}
	const unseen: UnseenForm[] = [];
	terms.forEach((term, termIndex) => {
		term.forms.forEach((form, formIndex) => {
			const k = key({ termIndex, formIndex });
			if (shown.has(k)) return;
			unseen.push({ termIndex, formIndex, termId: term.id, form, hiddenBy: hiddenBy.get(k) });
		});
	});
	return unseen;
}

/** A paragraph cut into plain text and glossary terms, ready to render. */
export type Segment = { text: string } | { text: string; termId: string; first: boolean };

export function segmentParagraph(text: string, occurrences: readonly TermOccurrence[]): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const { termId, start, end, first } of occurrences) {
		if (start > at) segments.push({ text: text.slice(at, start) });
		segments.push({ text: text.slice(start, end), termId, first });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}

/** A segment, possibly inside a highlighted passage (quiz evidence shown in the text). */
export type HighlightedSegment = Segment & { highlight: boolean };

/**
 * Marks the parts of a paragraph's segments that fall in any of `ranges`: plain text is cut at
 * the range edges; a glossary term is highlighted whole if the range touches it (a link is
 * never cut in two).
 */
export function highlightSegments(
	segments: readonly Segment[],
	ranges: readonly { start: number; end: number }[]
): HighlightedSegment[] {
	const out: HighlightedSegment[] = [];
	let at = 0;
	for (const segment of segments) {
		const start = at;
		const end = at + segment.text.length;
		at = end;
		const touching = ranges.filter((r) => r.start < end && start < r.end);
		if ('termId' in segment || touching.length === 0) {
			out.push({ ...segment, highlight: touching.length > 0 });
			continue;
		}
		const cuts = [
			...new Set(
				[start, end, ...touching.flatMap((r) => [r.start, r.end])].filter(
					(c) => c >= start && c <= end
				)
			)
		].sort((a, b) => a - b);
		for (let i = 0; i + 1 < cuts.length; i++) {
			const [from, to] = [cuts[i]!, cuts[i + 1]!];
			if (from === to) continue;
			out.push({
				text: segment.text.slice(from - start, to - start),
				highlight: touching.some((r) => r.start <= from && to <= r.end)
			});
		}
	}
	return out;
}
