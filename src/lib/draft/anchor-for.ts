import { resolveAnchor } from '../lesson/anchor';
import type { TextAnchor } from '../lesson/schema';
import type { DraftContext } from './types';

/** Words (and their start offsets) before `start` in a paragraph, nearest first. */
function wordStartsBefore(text: string, start: number): number[] {
	const starts: number[] = [];
	const pattern = /[\p{L}\p{N}’'«“"(]+/gu;
	for (const match of text.slice(0, start).matchAll(pattern)) starts.push(match.index);
	return starts.reverse();
}

function wordEndsAfter(text: string, end: number): number[] {
	const ends: number[] = [];
	const pattern = /[\p{L}\p{N}’'»”")]+/gu;
	for (const match of text.slice(end).matchAll(pattern))
		ends.push(end + match.index + match[0].length);
	return ends;
}

const resolvesTo = (
	paragraphs: readonly string[],
	anchor: TextAnchor,
	paragraph: number,
	start: number
) => {
	const found = resolveAnchor(paragraphs, anchor);
	return found.ok && found.range.paragraph === paragraph && found.range.start === start;
};

/**
 * The shortest anchor that resolves to exactly this span: the quote alone when it occurs once
 * in the text, else with its paragraph number, else with as many words before (or after) it as
 * it takes. Throws if no anchor can point there (the span is not in the paragraph).
 */
export function anchorFor(
	paragraphs: readonly string[],
	paragraph: number,
	start: number,
	end: number
): TextAnchor {
	const text = paragraphs[paragraph] ?? '';
	const quote = text.slice(start, end);
	const plain: TextAnchor = { quote };
	if (resolvesTo(paragraphs, plain, paragraph, start)) return plain;
	const base: TextAnchor = { quote, paragraph: paragraph + 1 };
	if (resolvesTo(paragraphs, base, paragraph, start)) return base;
	for (const from of wordStartsBefore(text, start)) {
		const anchor: TextAnchor = { ...base, prefix: text.slice(from, start) };
		if (resolvesTo(paragraphs, anchor, paragraph, start)) return anchor;
	}
	for (const to of wordEndsAfter(text, end)) {
		const anchor: TextAnchor = { ...base, suffix: text.slice(end, to) };
		if (resolvesTo(paragraphs, anchor, paragraph, start)) return anchor;
	}
	throw new Error(`no anchor points to "${quote}" in paragraph ${paragraph + 1}`);
}

/** Lower-case ASCII letters, digits and hyphens, as ids need: "Forces irrégulières" → "forces-irregulieres". */
export function slug(text: string, maxLength = 40): string {
	const plain = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return plain.slice(0, maxLength).replace(/-+$/, '') || 'x';
}

/** An annotation id not yet used in the context: `base`, else `base-2`, `base-3`… */
export function uniqueAnnotationId(context: DraftContext, base: string): string {
	const used = new Set(context.annotations.map((annotation) => annotation.id));
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
