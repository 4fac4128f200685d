import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../../src/lib/lesson/anchor';
import { draft } from './voices-helpers';

describe('voices and facts on odd input', () => {
	it.each([
		[['« »', '"', '…', 'A', '1 2 3 %']],
		[['Selon', 'Pour', 'a affirmé', 'On dit']],
		[['« Une citation qui ne se ferme pas', 'et une autre » qui se ferme ailleurs.']],
		[['Texte\tavec\ttabulations et espaces\u00a0insécables : « oui » !']],
		[['Il a dit. Elle a dit. Ils ont dit. On a dit.']]
	])('drafts %j without failing, every anchor in its place', (paragraphs) => {
		const context = draft(...paragraphs);
		for (const a of context.annotations)
			expect(resolveAnchor(context.paragraphs, a.anchor).ok).toBe(true);
		expect(new Set(context.annotations.map((a) => a.id)).size).toBe(context.annotations.length);
	});
});
