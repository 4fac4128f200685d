import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../src/lib/draft/context';
import { detectors } from '../../../src/lib/draft/detectors';
import { resolveAnchor, type TextRange } from '../../../src/lib/lesson/anchor';
import { annotationsFile } from '../../../src/lib/lesson/annotation-schema';
import { annotationProblems } from '../../../src/lib/lesson/annotation-rules';
import { fixtureLexicon } from './voices-lexicon';
import { seedReference } from './score';

// What the voices and facts detectors write must load as a lesson's annotations: the schema,
// anchors that find exactly their place, unique ids, no overlap within a lens, a source for
// every sentence, claims whose status agrees with the rules.

const texts = [seedReference(resolve(__dirname, '../../../questions/karabakh-revenge'))];

describe.each(texts.map((t) => [t.name, t] as const))('the draft of %s', (_name, reference) => {
	const context = makeContext(reference.paragraphs, fixtureLexicon, 'B2');
	for (const detector of detectors) detector.run(context);

	it('passes the annotations schema, every entry marked as a suggestion', () => {
		const parsed = annotationsFile.safeParse({
			speakers: context.speakers,
			annotations: context.annotations
		});
		expect(parsed.success, parsed.error?.message).toBe(true);
		expect(context.annotations.every((a) => a.review === 'suggested')).toBe(true);
	});

	it('has unique ids and anchors that resolve', () => {
		expect(new Set(context.annotations.map((a) => a.id)).size).toBe(context.annotations.length);
		expect(new Set(context.speakers.map((s) => s.id)).size).toBe(context.speakers.length);
		for (const a of context.annotations) {
			const r = resolveAnchor(context.paragraphs, a.anchor);
			expect(r.ok, `${a.id}: ${r.ok ? '' : r.problem}`).toBe(true);
		}
	});

	it('breaks none of the annotation rules (overlaps, sources, claims)', () => {
		const ranges = new Map<number, TextRange>();
		context.annotations.forEach((a, i) => {
			const r = resolveAnchor(context.paragraphs, a.anchor);
			if (r.ok) ranges.set(i, r.range);
		});
		const problems = annotationProblems(
			context.paragraphs,
			context.speakers,
			context.annotations,
			ranges
		);
		expect(problems.map((p) => p.message)).toEqual([]);
	});

	it('gives a source to every sentence and a journalist speaker', () => {
		expect(context.speakers.some((s) => s.role === 'journalist')).toBe(true);
		const sources = context.annotations.filter((a) => a.kind === 'source');
		expect(sources.length).toBeGreaterThanOrEqual(context.sentences.length);
	});
});
