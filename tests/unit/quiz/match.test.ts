import { describe, expect, it } from 'vitest';
import { findWrongAnswer, matchesAny, normalizeAnswer } from '$lib/quiz/match';

describe('normalizeAnswer', () => {
	it('lower-cases, including capital accented letters', () => {
		expect(normalizeAnswer('ÉTAT-MAJOR', 'required')).toBe('état-major');
		expect(normalizeAnswer('Bakou', 'required')).toBe('bakou');
	});

	it("treats ’ ‘ ` ´ and ' alike, and ignores a space after an elision", () => {
		const expected = "l'opération";
		for (const text of [
			'l’opération',
			"l'opération",
			'l`opération',
			'l´opération',
			'l’ opération'
		]) {
			expect(normalizeAnswer(text, 'required')).toBe(expected);
		}
	});

	it('treats « », “ ” and " alike, spaces inside guillemets ignored', () => {
		const expected = normalizeAnswer('"prétend"', 'required');
		expect(normalizeAnswer('« prétend »', 'required')).toBe(expected);
		expect(normalizeAnswer('«\u202fprétend\u202f»', 'required')).toBe(expected);
		expect(normalizeAnswer('«prétend»', 'required')).toBe(expected);
		expect(normalizeAnswer('“prétend”', 'required')).toBe(expected);
		expect(normalizeAnswer('" prétend "', 'required')).toBe(expected);
	});

	it('collapses spaces, tabs, no-break and narrow no-break spaces, and trims', () => {
		expect(normalizeAnswer('  le \t porte-parole\n', 'required')).toBe('le porte-parole');
		expect(normalizeAnswer('le\u00a0porte-parole', 'required')).toBe('le porte-parole');
		expect(normalizeAnswer('le\u202f\u00a0 porte-parole', 'required')).toBe('le porte-parole');
	});

	it('removes trailing . ! ? ; : with or without the French space before them', () => {
		expect(normalizeAnswer('prétend.', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend !', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend\u202f?', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend ; :', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend...', 'required')).toBe('prétend');
	});

	it('keeps accents when they are required, removes them when forgiven', () => {
		expect(normalizeAnswer('prétend', 'required')).not.toBe(normalizeAnswer('pretend', 'required'));
		expect(normalizeAnswer('prétend', 'forgiven')).toBe('pretend');
		expect(normalizeAnswer('Ça s’est déroulé à Noël', 'forgiven')).toBe("ca s'est deroule a noel");
	});

	it('compares composed and decomposed accents equal even when accents are required', () => {
		expect(normalizeAnswer('pre\u0301tend', 'required')).toBe(
			normalizeAnswer('prétend', 'required')
		);
	});

	it('keeps hyphens: a hyphen and a space are different spellings', () => {
		expect(normalizeAnswer('porte-parole', 'forgiven')).not.toBe(
			normalizeAnswer('porte parole', 'forgiven')
		);
		expect(normalizeAnswer('porte\u2011parole', 'required')).toBe('porte-parole');
	});
});

describe('matchesAny', () => {
	const accepted = ['prétend', '« a prétendu »'];

	it('accepts French typography variants of an accepted answer', () => {
		expect(matchesAny('Prétend.', accepted, 'required')).toBe(true);
		expect(matchesAny('"a prétendu"', accepted, 'required')).toBe(true);
		expect(matchesAny('  A  PRÉTENDU ', ['a prétendu'], 'required')).toBe(true);
		expect(matchesAny("aujourd'hui", ['aujourd’hui'], 'required')).toBe(true);
	});

	it('refuses a missing accent when accents are required, accepts it when forgiven', () => {
		expect(matchesAny('pretend', accepted, 'required')).toBe(false);
		expect(matchesAny('pretend', accepted, 'forgiven')).toBe(true);
		expect(matchesAny('evenement', ['événement'], 'forgiven')).toBe(true);
	});

	it('refuses a space for a hyphen and an empty answer', () => {
		expect(matchesAny('porte parole', ['porte-parole'], 'forgiven')).toBe(false);
		expect(matchesAny('', accepted, 'forgiven')).toBe(false);
		expect(matchesAny(' . ', ['.'], 'forgiven')).toBe(false);
	});

	it('refuses another word', () => {
		expect(matchesAny('affirme', accepted, 'forgiven')).toBe(false);
	});
});

describe('findWrongAnswer', () => {
	const wrong = [
		{ answer: 'affirme', feedback: { fr: 'a', en: 'a' } },
		{ answer: 'dit', feedback: { fr: 'd', en: 'd' } }
	];

	it('finds the anticipated wrong answer with the same tolerance', () => {
		expect(findWrongAnswer('Affirme !', wrong, 'required')).toBe(wrong[0]);
		expect(findWrongAnswer(' dit', wrong, 'forgiven')).toBe(wrong[1]);
	});

	it('returns undefined for other answers', () => {
		expect(findWrongAnswer('prétend', wrong, 'required')).toBeUndefined();
		expect(findWrongAnswer('', wrong, 'required')).toBeUndefined();
	});
});
