import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../src/lib/draft/context';
import { detectors } from '../../../src/lib/draft/detectors';
import { fixtureLexicon } from './voices-lexicon';
import { score, seedReference, sourceAccuracy, type Category, type Reference } from './score';

// The voices and facts detectors over the seed lesson, scored against its hand-made annotations.
// The small fixture lexicon stands in for the real one: the detectors must not depend on a
// lexicon knowing every word. The shared texts' reference readings live outside the repository:
// `npm run bench:draft` scores them (and the sentence sources, which the seed's reference splits
// by clause rather than by sentence).

const references: Reference[] = [
	seedReference(resolve(__dirname, '../../../questions/karabakh-revenge'))
];
const categories: Category[] = ['verbs', 'quotations', 'unattributed', 'textQuality'];

const drafted = references.map((reference) => {
	const context = makeContext(reference.paragraphs, fixtureLexicon, 'B1');
	for (const detector of detectors) detector.run(context);
	return { reference, context };
});

const totals = (category: Category) => {
	const all = drafted.map(({ reference, context }) =>
		score(reference, context.annotations, context.speakers, category)
	);
	const sum = (key: 'core' | 'found' | 'drafted' | 'correct') =>
		all.reduce((n, s) => n + s[key], 0);
	return { recall: sum('found') / sum('core'), precision: sum('correct') / sum('drafted') };
};

describe('voices and facts over the reference texts', () => {
	it('prints recall and precision per category and text', () => {
		const rows: Record<string, unknown> = {};
		for (const { reference, context } of drafted) {
			const row: Record<string, string> = {};
			for (const category of categories) {
				const s = score(reference, context.annotations, context.speakers, category);
				row[category] = `R ${s.found}/${s.core} P ${s.correct}/${s.drafted}`;
				if (process.env.SCORE_DEBUG)
					console.log(reference.name, category, 'missed', s.missed, 'extra', s.extra);
			}
			const sources = sourceAccuracy(reference, context.annotations, context.speakers);
			row.sources = `${sources.correct}/${sources.sentences}`;
			if (process.env.SCORE_DEBUG) console.log(reference.name, 'wrong sources', sources.wrong);
			rows[reference.name] = row;
		}
		console.table(rows);
		console.log(
			JSON.stringify({
				bench: 'draft-voices',
				...Object.fromEntries(categories.map((c) => [c, totals(c)]))
			})
		);
		expect(Object.keys(rows)).toHaveLength(references.length);
	});

	it('finds the reporting verbs: recall ≥ 0.9, precision ≥ 0.85', () => {
		const { recall, precision } = totals('verbs');
		expect(recall).toBeGreaterThanOrEqual(0.9);
		expect(precision).toBeGreaterThanOrEqual(0.85);
	});

	it('finds the quotations: recall ≥ 0.9, precision ≥ 0.85', () => {
		const { recall, precision } = totals('quotations');
		expect(recall).toBeGreaterThanOrEqual(0.9);
		expect(precision).toBeGreaterThanOrEqual(0.85);
	});
});
