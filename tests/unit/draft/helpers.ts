import { expect } from 'vitest';
import { makeContext } from '$lib/draft/context';
import type { DraftContext, Detector, Lexicon } from '$lib/draft/types';
import { resolveAnchor } from '$lib/lesson/anchor';
import { annotation as annotationSchema, type Annotation } from '$lib/lesson/annotation-schema';

/** Loading the real lexicon may first build its table (several seconds on a busy machine). */
export const LEXICON_TIMEOUT = 120_000;

/** Runs detectors over paragraphs (a string is one paragraph per line). */
export function draft(
	lexicon: Lexicon,
	text: string | string[],
	detectors: Detector[],
	level: DraftContext['level'] = 'B1'
): DraftContext {
	const paragraphs =
		typeof text === 'string' ? text.split('\n').filter((line) => line.trim()) : text;
	const context = makeContext(paragraphs, lexicon, level);
	for (const detector of detectors) detector.run(context);
	return context;
}

/** The words an annotation points to, after checking it is valid and its anchor resolves. */
export function pointedAt(context: DraftContext, annotation: Annotation): string {
	expect(annotationSchema.safeParse(annotation).success).toBe(true);
	const found = resolveAnchor(context.paragraphs, annotation.anchor);
	if (!found.ok) throw new Error(`${annotation.id}: ${found.problem}`);
	return context.paragraphs[found.range.paragraph]!.slice(found.range.start, found.range.end);
}

/** Every annotation is valid, suggested, has a unique id and an anchor that resolves. */
export function expectWellFormed(context: DraftContext) {
	const ids = context.annotations.map((a) => a.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const annotation of context.annotations) {
		expect(annotation.review).toBe('suggested');
		expect(pointedAt(context, annotation)).toBe(annotation.anchor.quote);
	}
}
