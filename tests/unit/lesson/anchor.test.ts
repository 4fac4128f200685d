import { describe, expect, it } from 'vitest';
import { resolveAnchor, type AnchorResult } from '$lib/lesson/anchor';

const paragraphs = [
	'Bakou affirme avoir mené une opération après la mort d’un soldat.',
	'Selon Bakou, l’armée construit des avant-postes. Bakou affirme aussi avoir détruit des camions.',
	'Un porte-parole de l’armée d’Artsakh affirme que la ligne est « relativement secure ».'
];

/** The text a successful anchor points at, or the problem it reports. */
function sliced(result: AnchorResult): string {
	if (!result.ok) throw new Error(`expected a match, got: ${result.problem} — ${result.fix}`);
	const { paragraph, start, end } = result.range;
	return paragraphs[paragraph]!.slice(start, end);
}

function failure(result: AnchorResult): { problem: string; fix: string } {
	if (result.ok)
		throw new Error(`expected a problem, got a match at ${JSON.stringify(result.range)}`);
	return result;
}

describe('resolveAnchor: finding the quoted words', () => {
	it('finds a quote that occurs once, with its 0-based paragraph and offsets', () => {
		const result = resolveAnchor(paragraphs, { quote: 'avant-postes' });
		expect(result).toEqual({
			ok: true,
			range: { paragraph: 1, start: 35, end: 47 }
		});
		expect(sliced(result)).toBe('avant-postes');
	});

	it('finds a quote with a typographic apostrophe and guillemets exactly as printed', () => {
		expect(sliced(resolveAnchor(paragraphs, { quote: 'l’armée d’Artsakh' }))).toBe(
			'l’armée d’Artsakh'
		);
		expect(sliced(resolveAnchor(paragraphs, { quote: '« relativement secure »' }))).toBe(
			'« relativement secure »'
		);
	});

	it('uses "paragraph" (1 = first) to choose between occurrences in different paragraphs', () => {
		const result = resolveAnchor(paragraphs, { quote: 'Bakou affirme', paragraph: 1 });
		expect(result).toEqual({ ok: true, range: { paragraph: 0, start: 0, end: 13 } });
	});

	it('uses a prefix or a suffix to choose between occurrences', () => {
		const byPrefix = resolveAnchor(paragraphs, { quote: 'Bakou', prefix: 'Selon ' });
		expect(byPrefix).toEqual({ ok: true, range: { paragraph: 1, start: 6, end: 11 } });
		const bySuffix = resolveAnchor(paragraphs, {
			quote: 'Bakou affirme',
			suffix: ' aussi'
		});
		expect(bySuffix.ok && bySuffix.range.paragraph).toBe(1);
		expect(sliced(bySuffix)).toBe('Bakou affirme');
		const both = resolveAnchor(paragraphs, {
			quote: 'affirme',
			prefix: 'Bakou ',
			suffix: ' avoir mené',
			paragraph: 1
		});
		expect(both).toEqual({ ok: true, range: { paragraph: 0, start: 6, end: 13 } });
	});

	it('stays ambiguous when the prefix precedes every occurrence; a longer quote settles it', () => {
		const result = resolveAnchor(paragraphs, { quote: 'affirme', prefix: 'Bakou ' });
		// "Bakou affirme" occurs in paragraphs 1 and 2: still ambiguous with this prefix alone.
		expect(failure(result).problem).toContain('ambiguous');
		const first = resolveAnchor(paragraphs, {
			quote: 'affirme avoir mené',
			prefix: 'Bakou '
		});
		expect(first).toEqual({ ok: true, range: { paragraph: 0, start: 6, end: 24 } });
	});
});

describe('resolveAnchor: what the teacher is told when it fails', () => {
	it('says a quote is not found, and to copy the exact words with their accents', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: 'Moscou affirme' }));
		expect(problem).toBe('quote "Moscou affirme" not found in the text');
		expect(fix).toContain('copy the exact words');
		expect(fix).toContain('accents');
	});

	it('does not accept a quote that differs only in accents (accents are not "loose")', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: 'operation' }));
		expect(problem).toContain('not found');
		expect(problem).not.toContain('only in');
		expect(fix).toContain('accents');
	});

	it('says in which paragraph the quote is only missing a typographic apostrophe ’', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: "l'armée construit" }));
		expect(problem).toContain(`quote "l'armée construit" not found`);
		expect(problem).toContain('paragraph 2');
		expect(problem).toContain('apostrophes');
		expect(fix).toContain("’ not '");
	});

	it('gives the same hint for a quote that differs only in capitals', () => {
		const { problem } = failure(resolveAnchor(paragraphs, { quote: 'selon bakou' }));
		expect(problem).toContain('paragraph 2');
		expect(problem).toContain('capitals');
	});

	it('gives the quotation-mark hint for “…” typed where the text prints « … »', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: '“relativement secure”' }));
		expect(problem).toContain('paragraph 3');
		expect(problem).toContain('quotation marks');
		expect(fix).toContain('« »');
	});

	it('says an ambiguous quote occurs several times, where, and suggests prefix/suffix or paragraph', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: 'Bakou affirme' }));
		expect(problem).toBe(
			'quote "Bakou affirme" is ambiguous: it occurs 2 times in the text (paragraph 1, 2)'
		);
		expect(fix).toContain('paragraph: N');
		expect(fix).toContain('prefix');
		expect(fix).toContain('suffix');
	});

	it('suggests only a prefix/suffix when the quote occurs twice in the paragraph it names', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: 'Bakou', paragraph: 2 }));
		expect(problem).toContain('ambiguous');
		expect(problem).toContain('2 times in paragraph 2');
		expect(fix).toContain('prefix');
		expect(fix).not.toContain('paragraph: N');
	});

	it('suggests only a prefix/suffix when both occurrences are in the same paragraph', () => {
		const { fix } = failure(resolveAnchor(['Bakou dit. Bakou dit encore.'], { quote: 'Bakou' }));
		expect(fix).toContain('prefix');
		expect(fix).not.toContain('paragraph: N');
	});

	it('says a paragraph number is out of range, and how many paragraphs there are', () => {
		const { problem, fix } = failure(resolveAnchor(paragraphs, { quote: 'Bakou', paragraph: 4 }));
		expect(problem).toBe('paragraph 4 does not exist (the lesson has 3)');
		expect(fix).toContain('from 1 to 3');
		expect(fix).toContain('remove "paragraph"');
	});

	it('says the quote is not in the paragraph it names, even though it is elsewhere', () => {
		const { problem } = failure(resolveAnchor(paragraphs, { quote: 'avant-postes', paragraph: 1 }));
		expect(problem).toBe('quote "avant-postes" not found in paragraph 1');
	});

	it('says the quote exists but never with the given prefix/suffix', () => {
		const { problem, fix } = failure(
			resolveAnchor(paragraphs, { quote: 'Bakou', prefix: 'Selon Moscou, ' })
		);
		expect(problem).toContain('occurs in the text, but never with this prefix/suffix');
		expect(fix).toContain('prefix and suffix exactly');
	});
});
