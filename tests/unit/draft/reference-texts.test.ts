import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '$lib/draft/types';
import { loadLexicon } from '$lib/server/draft/lexicon';
import {
	precision,
	recall,
	scoreSeed,
	type TextScore
} from '../../../scripts/lib/word-detectors-score';
import { LEXICON_TIMEOUT } from './helpers';

// The seed lesson's hand-made annotations (the shared texts' reference readings live outside the
// repository, so `npm run bench:draft` and `bench:word-detectors` score those): conditionals in the right class (hedge or not) and English
// words left in, at recall ≥ 0.9 and precision ≥ 0.85, and no conditional trap taken.
let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await loadLexicon();
}, LEXICON_TIMEOUT);

function expectGoals(score: TextScore) {
	for (const [what, s] of [
		['conditionals', score.conditionals],
		['English words', score.englishWords]
	] as const) {
		expect(
			recall(s),
			`${score.text}: ${what} missed ${s.missed.join(', ')}`
		).toBeGreaterThanOrEqual(0.9);
		expect(
			precision(s),
			`${score.text}: ${what} wrong ${s.extra.join(', ')}`
		).toBeGreaterThanOrEqual(0.85);
	}
	expect(score.trapsHit).toEqual([]);
}

describe('the lexicon detectors on reference readings', () => {
	it('the seed lesson', () => {
		const score = scoreSeed(lexicon);
		expectGoals(score);
		expect(score.conditionals.core).toBe(5);
		expect(score.englishWords.core).toBe(8);
	});
});
