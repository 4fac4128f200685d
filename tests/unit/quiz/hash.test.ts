import { describe, expect, it } from 'vitest';
import { questionHash } from '$lib/quiz/hash';
import { question } from '$lib/quiz/schema';
import { all, parse, single } from './fixtures';

/** The same object with its keys (at every depth) in reverse order. */
function reversed(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reversed);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, reversed(v)])
		);
	}
	return value;
}

describe('questionHash', () => {
	it('is a SHA-256 hex digest, stable across calls', () => {
		expect(questionHash(single)).toMatch(/^[0-9a-f]{64}$/);
		expect(questionHash(single)).toBe(questionHash(structuredClone(single)));
	});

	it('does not depend on key order', () => {
		for (const q of all) expect(questionHash(question.parse(reversed(q)))).toBe(questionHash(q));
	});

	it('does not depend on writing a default explicitly', () => {
		const options = single.options.map(({ id, text, correct }) => ({ id, text, correct }));
		const implicit = single.options.map(({ id, text, correct }) =>
			correct ? { id, text, correct } : { id, text }
		);
		expect(questionHash(parse({ ...single, options }))).toBe(
			questionHash(parse({ ...single, options: implicit }))
		);
	});

	it('changes when the content changes, including array order', () => {
		const hash = questionHash(single);
		expect(questionHash({ ...single, prompt: { ...single.prompt, fr: 'Autre ?' } })).not.toBe(hash);
		expect(questionHash({ ...single, options: [...single.options].reverse() })).not.toBe(hash);
		expect(
			questionHash({
				...single,
				options: single.options.map((o) => ({ ...o, correct: o.id === 'artsakh' }))
			})
		).not.toBe(hash);
	});

	it('differs between questions', () => {
		expect(new Set(all.map(questionHash)).size).toBe(all.length);
	});

	it('ignores what the lesson loader adds, such as evidence ranges', () => {
		const loaded = { ...single, evidenceRanges: [{ paragraph: 0, start: 3, end: 9 }] };
		expect(questionHash(loaded)).toBe(questionHash(single));
	});
});
