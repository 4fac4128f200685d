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

interface Candidate {
	termId: string;
	form: string;
	start: number;
	end: number;
}

function candidates(text: string, tokens: WordToken[], terms: readonly TermForms[]): Candidate[] {
	const found: Candidate[] = [];
	for (const { id, forms } of terms) {
		for (const form of forms) {
			const size = wordTokens(form).length;
			const wanted = looseFrench(form);
			if (size === 0) continue;
			for (let i = 0; i + size <= tokens.length; i++) {
				const start = tokens[i]!.start;
				const end = tokens[i + size - 1]!.end;
				if (looseFrench(text.slice(start, end)) === wanted) {
					found.push({ termId: id, form, start, end });
				}
			}
		}
	}
	return found;
}

/**
 * Glossary terms in one paragraph. Forms match whole words, in order, ignoring case and
 * apostrophe style, also after an elided article ("Artsakh" in "d’Artsakh"). Where matches
 * overlap the longest wins ("Haut-Karabakh" over "Karabakh").
 */
export function findTerms(text: string, terms: readonly TermForms[]): TermOccurrence[] {
	return findTermsWithForms(text, terms).map(({ termId, start, end, first }) => ({
		termId,
		start,
		end,
		first
	}));
}

function findTermsWithForms(
	text: string,
	terms: readonly TermForms[]
): (TermOccurrence & { form: string })[] {
	const all = candidates(text, wordTokens(text), terms).sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Candidate[] = [];
	for (const candidate of all) {
		if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
	}
	kept.sort((a, b) => a.start - b.start);
	const seen = new Set<string>();
	return kept.map((candidate) => {
		const first = !seen.has(candidate.termId);
		seen.add(candidate.termId);
		return { ...candidate, first };
	});
}

export interface UnseenForm {
	termId: string;
	form: string;
	/** The longer term that always covers it, when the form does occur but never on its own. */
	hiddenBy?: string;
}

/**
 * Forms a learner would never see marked: absent from every paragraph, or always inside a
 * longer form of another term.
 */
export function unseenForms(
	paragraphs: readonly string[],
	terms: readonly TermForms[]
): UnseenForm[] {
	const found = new Map<string, Candidate[]>();
	const shown = new Set<string>();
	for (const text of paragraphs) {
		const tokens = wordTokens(text);
		for (const c of candidates(text, tokens, terms)) {
			const key = `${c.termId}\u0000${c.form}`;
			found.set(key, [...(found.get(key) ?? []), c]);
		}
		for (const o of findTermsWithForms(text, terms)) shown.add(`${o.termId}\u0000${o.form}`);
	}
	const unseen: UnseenForm[] = [];
	for (const { id, forms } of terms) {
		for (const form of forms) {
			const key = `${id}\u0000${form}`;
			if (shown.has(key)) continue;
			const occurrences = found.get(key);
			if (!occurrences) {
				unseen.push({ termId: id, form });
				continue;
			}
			const hiddenBy = paragraphs
				.flatMap((text) => findTermsWithForms(text, terms))
				.find((o) => o.start <= occurrences[0]!.start && occurrences[0]!.end <= o.end);
			unseen.push({ termId: id, form, hiddenBy: hiddenBy?.termId });
		}
	}
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
