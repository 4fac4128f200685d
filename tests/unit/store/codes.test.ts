import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	formatCode,
	hashSecret,
	isSessionToken,
	newClassCode,
	newRecoveryCode,
	newSessionToken,
	normalizeCode,
	pseudonymKey
} from '$lib/server/store/codes';

describe('class and recovery codes', () => {
	it('use an alphabet without look-alikes', () => {
		expect(CODE_ALPHABET).toHaveLength(30);
		for (const lookAlike of '0O1ILU') expect(CODE_ALPHABET).not.toContain(lookAlike);
		expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
	});

	it('are XXX-XXX and XXX-XXX-XXX, drawing on the whole alphabet', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 500; i++) {
			const classCode = newClassCode();
			const recovery = newRecoveryCode();
			expect(classCode).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
			expect(recovery).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}$/);
			for (const char of (classCode + recovery).replaceAll('-', '')) {
				expect(CODE_ALPHABET).toContain(char);
				seen.add(char);
			}
		}
		// 7500 draws: every symbol shows up unless the draw is badly skewed.
		expect(seen.size).toBe(30);
		expect(new Set(Array.from({ length: 200 }, newRecoveryCode)).size).toBe(200);
	});

	it('are read back whatever the case and separators', () => {
		for (const typed of [
			'K7M-Q2X',
			'k7m-q2x',
			' k7m q2x ',
			'K7M.Q2X',
			'k7mq2x',
			'K7M – Q2X',
			'Ｋ７Ｍ-Ｑ２Ｘ'
		]) {
			expect(normalizeCode(typed), typed).toBe('K7MQ2X');
		}
		expect(normalizeCode('k7m-q2x-9tb', 9)).toBe('K7MQ2X9TB');
	});

	it('are refused with a foreign character or the wrong length', () => {
		for (const typed of [
			'K0M-Q2X',
			'KOM-Q2X',
			'K1M-Q2X',
			'KIM-Q2X',
			'KLM-Q2X',
			'KUM-Q2X',
			'K7M_Q2X',
			'K7M-Q2',
			'K7M-Q2XA',
			'',
			'é7M-Q2X'
		]) {
			expect(normalizeCode(typed), typed).toBeNull();
		}
		expect(normalizeCode('K7M-Q2X', 9)).toBeNull();
		expect(normalizeCode('K7M-Q2X-9TB')).toBeNull();
	});

	it('are formatted in groups of three', () => {
		expect(formatCode('K7MQ2X')).toBe('K7M-Q2X');
		expect(formatCode('K7MQ2X9TB')).toBe('K7M-Q2X-9TB');
		expect(formatCode(normalizeCode(newClassCode()) ?? '')).toMatch(/^...-...$/);
	});
});

describe('secrets', () => {
	it('hashes with SHA-256, hex', () => {
		expect(hashSecret('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('makes session tokens of 32 random bytes in base64url', () => {
		const tokens = Array.from({ length: 100 }, newSessionToken);
		for (const token of tokens) {
			expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(Buffer.from(token, 'base64url')).toHaveLength(32);
			expect(isSessionToken(token)).toBe(true);
		}
		expect(new Set(tokens).size).toBe(100);
		expect(isSessionToken('short')).toBe(false);
		expect(isSessionToken('a'.repeat(42) + '/')).toBe(false);
	});
});

describe('pseudonymKey', () => {
	it('makes pseudonyms that differ only by case, accents or spaces collide', () => {
		expect(pseudonymKey('Léa')).toBe(pseudonymKey('lea '));
		expect(pseudonymKey('LÉA')).toBe('lea');
		expect(pseudonymKey('Le\u0301a')).toBe('lea');
		expect(pseudonymKey('  Jean \t  Marc ')).toBe('jean marc');
		expect(pseudonymKey('ÉLOÏSE')).toBe('eloise');
		expect(pseudonymKey('İlker')).toBe('ilker');
	});

	it('keeps pseudonyms apart that really differ', () => {
		expect(pseudonymKey('Lea')).not.toBe(pseudonymKey('Leo'));
		expect(pseudonymKey('Jean Marc')).not.toBe(pseudonymKey('JeanMarc'));
	});
});
