import { describe, expect, it } from 'vitest';
import { readCode, readPseudonym, selfLearnerPseudonym } from '$lib/learner/forms';

const upper = (typed: string) => {
	const code = typed.toUpperCase().replace(/[\s-]/g, '');
	return /^[A-Z0-9]{6}$/.test(code) ? code : null;
};
const errors = { missing: 'missing', invalid: 'invalid' };

describe('readPseudonym', () => {
	it('trims and collapses spaces, keeps accents and apostrophes', () => {
		expect(readPseudonym('  Zoé   d’Arc ')).toEqual({ pseudonym: 'Zoé d’Arc' });
		expect(readPseudonym('Jean-Luc_2.0')).toEqual({ pseudonym: 'Jean-Luc_2.0' });
	});

	it('says why a pseudonym is refused', () => {
		expect(readPseudonym('A')).toEqual({ error: 'join.errors.pseudonymShort' });
		expect(readPseudonym(null)).toEqual({ error: 'join.errors.pseudonymShort' });
		expect(readPseudonym('x'.repeat(31))).toEqual({ error: 'join.errors.pseudonymLong' });
		expect(readPseudonym('<script>')).toEqual({ error: 'join.errors.pseudonymInvalid' });
		expect(readPseudonym('a\u0000b')).toEqual({ error: 'join.errors.pseudonymInvalid' });
	});

	it('counts characters as people see them, not UTF-16 units', () => {
		expect(readPseudonym('é'.repeat(30))).toEqual({ pseudonym: 'é'.repeat(30) });
	});
});

describe('readCode', () => {
	it('accepts a code typed loosely and returns it normalised', () => {
		expect(readCode(' k7m q2x ', upper, errors)).toEqual({ code: 'K7MQ2X' });
	});

	it('tells a missing code from a malformed one', () => {
		expect(readCode('   ', upper, errors)).toEqual({ error: 'missing' });
		expect(readCode(null, upper, errors)).toEqual({ error: 'missing' });
		expect(readCode('K7M', upper, errors)).toEqual({ error: 'invalid' });
	});
});

describe('selfLearnerPseudonym', () => {
	it('is a valid pseudonym', () => {
		const name = selfLearnerPseudonym(() => 0.5);
		expect(name).toBe('Solo-5500');
		expect(readPseudonym(name)).toEqual({ pseudonym: name });
	});
});
