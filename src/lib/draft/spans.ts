// Helpers every voices-and-facts detector shares: where quotations open and close, an anchor
// that finds exactly one place, unique ids, and the words of a paragraph.
import { resolveAnchor } from '../lesson/anchor';
import { wordTokens, type WordToken } from '../lesson/french';
import type { DraftContext } from './types';

export type QuoteStyle = 'guillemets' | 'curly' | 'straight';

/** A span in quotation marks: offsets of the opening mark and just after the closing one. */
export interface QuoteSpan {
	paragraph: number;
	start: number;
	end: number;
	/** The words between the marks, spaces trimmed. */
	inner: { start: number; end: number };
	style: QuoteStyle;
	/** Quotations inside this one. */
	nested: QuoteSpan[];
	/** True when the paragraph ends before the closing mark. */
	unclosed: boolean;
}

const OPENING: Record<string, [QuoteStyle, string]> = {
	'«': ['guillemets', '»'],
	'“': ['curly', '”'],
	'"': ['straight', '"']
};

/** A straight " opens a quotation after a space, a bracket or the start, and closes one otherwise. */
const opensHere = (text: string, at: number) =>
	at === 0 || /[\s\u00a0\u202f([«'’-]/u.test(text[at - 1]!);

function trimmed(text: string, start: number, end: number) {
	while (start < end && /[\s\u00a0\u202f]/u.test(text[start]!)) start++;
	while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1]!)) end--;
	return { start, end };
}

/** Every quotation of a paragraph, outermost first, nested ones inside their parent. */
export function quotationSpans(text: string, paragraph: number): QuoteSpan[] {
	const top: QuoteSpan[] = [];
	const stack: { at: number; style: QuoteStyle; close: string; nested: QuoteSpan[] }[] = [];
	for (let at = 0; at < text.length; at++) {
		const char = text[at]!;
		const open = stack.at(-1);
		if (
			open &&
			char === open.close &&
			(char !== '"' || !opensHere(text, at) || at === text.length - 1)
		) {
			stack.pop();
			const span: QuoteSpan = {
				paragraph,
				start: open.at,
				end: at + 1,
				inner: trimmed(text, open.at + 1, at),
				style: open.style,
				nested: open.nested,
				unclosed: false
			};
			(stack.at(-1)?.nested ?? top).push(span);
			continue;
		}
		const opening = OPENING[char];
		if (opening && (char !== '"' || opensHere(text, at))) {
			stack.push({ at, style: opening[0], close: opening[1], nested: [] });
		}
	}
	// A quotation still open at the end of the paragraph runs to its end (it may go on below).
	while (stack.length > 0) {
		const open = stack.pop()!;
		if (open.style === 'straight') {
			(stack.at(-1)?.nested ?? top).push(...open.nested);
			continue;
		}
		const span: QuoteSpan = {
			paragraph,
			start: open.at,
			end: text.length,
			inner: trimmed(text, open.at + 1, text.length),
			style: open.style,
			nested: open.nested,
			unclosed: true
		};
		(stack.at(-1)?.nested ?? top).push(span);
	}
	return top.sort((a, b) => a.start - b.start);
}

const quoteCache = new WeakMap<DraftContext, QuoteSpan[][]>();

/** The outermost quotations of each paragraph of the text (computed once per context). */
export function quotations(context: DraftContext): QuoteSpan[][] {
	let found = quoteCache.get(context);
	if (!found) {
		found = context.paragraphs.map((text, p) => quotationSpans(text, p));
		quoteCache.set(context, found);
	}
	return found;
}

/** The outermost quotation around an offset of a paragraph, if any. */
export function quotationAt(context: DraftContext, paragraph: number, offset: number) {
	return quotations(context)[paragraph]!.find((q) => q.start <= offset && offset < q.end);
}

const tokenCache = new WeakMap<DraftContext, WordToken[][]>();

/** The words of each paragraph, elided l’ d’ qu’… split off (see wordTokens). */
export function tokens(context: DraftContext): WordToken[][] {
	let found = tokenCache.get(context);
	if (!found) {
		found = context.paragraphs.map((text) => wordTokens(text));
		tokenCache.set(context, found);
	}
	return found;
}

// One anchor rule for every detector: the shortest anchor that finds exactly the place.
export { anchorFor } from './anchor-for';

/** Lower-case letters, digits and hyphens, accents dropped: "Défense" → "defense". */
export function slug(text: string, words = 5): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim()
			.split(' ')
			.filter(Boolean)
			.slice(0, words)
			.join('-') || 'x'
	);
}

/** An annotation id not used yet in the context: "verb-affirme", then "verb-affirme-2"… */
export function uniqueId(context: DraftContext, base: string): string {
	const taken = new Set(context.annotations.map((a) => a.id));
	const root = slug(base, 6);
	if (!taken.has(root)) return root;
	for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** Where the context's annotations of a kind point, in order (those that resolve). */
export function rangesOf<K extends DraftContext['annotations'][number]['kind']>(
	context: DraftContext,
	kind: K
): {
	annotation: Extract<DraftContext['annotations'][number], { kind: K }>;
	paragraph: number;
	start: number;
	end: number;
}[] {
	const found = [];
	for (const annotation of context.annotations) {
		if (annotation.kind !== kind) continue;
		const resolved = resolveAnchor(context.paragraphs, annotation.anchor);
		if (resolved.ok) {
			found.push({
				annotation: annotation as Extract<DraftContext['annotations'][number], { kind: K }>,
				...resolved.range
			});
		}
	}
	return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
