import { createHash, randomBytes, randomInt } from 'node:crypto';

// Codes a pupil reads off the board or a slip of paper and types on a phone: no characters
// that look alike in common fonts or handwriting (0/O, 1/I/L, U/V), so a code is never
// mistyped into another valid one. 30 symbols: 30^6 ≈ 7·10^8 class codes, 30^9 ≈ 2·10^13
// recovery codes.
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** Characters a pupil may type between groups: spaces (any kind), dashes, dots. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212.·]/gu;

/** Length of a class code (`XXX-XXX`) and of a recovery code (`XXX-XXX-XXX`), in symbols. */
export const CLASS_CODE_LENGTH = 6;
export const RECOVERY_CODE_LENGTH = 9;

function randomCode(length: number): string {
	let code = '';
	// randomInt draws without modulo bias, unlike `randomBytes()[i] % 30`.
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** Splits a normalised code into groups of three: `K7MQ2X` → `K7M-Q2X`. */
export function formatCode(normalized: string): string {
	return (normalized.match(/.{1,3}/g) ?? []).join('-');
}

/** A new class code, e.g. `K7M-Q2X`. */
export function newClassCode(): string {
	return formatCode(randomCode(CLASS_CODE_LENGTH));
}

/** A new recovery code, e.g. `K7M-Q2X-9TB`. */
export function newRecoveryCode(): string {
	return formatCode(randomCode(RECOVERY_CODE_LENGTH));
}

/**
 * A code as typed (any case, spaces, dashes or dots anywhere) in its canonical form without
 * separators, or null if it has a character outside the alphabet or not `length` symbols.
 */
export function normalizeCode(input: string, length: number = CLASS_CODE_LENGTH): string | null {
	// NFKC folds full-width letters and digits (phone keyboards) into plain ASCII.
	const code = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
	if (code.length !== length) return null;
	for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
	return code;
}

/** SHA-256 of a secret, hex: what the store keeps instead of recovery codes and tokens. */
export function hashSecret(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A new session token for the cookie: 32 random bytes, base64url (43 characters). */
export function newSessionToken(): string {
	return randomBytes(32).toString('base64url');
}

/** True if `token` has the shape newSessionToken() gives (checked before any lookup). */
export function isSessionToken(token: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * The form of a pseudonym used to compare them: lower case, accents removed, spaces
 * collapsed and trimmed, so that "Léa", "lea " and "LEA" are the same pupil in one class.
 */
export function pseudonymKey(pseudonym: string): string {
	// Lower case first: 'İ'.toLowerCase() gives 'i' + a combining dot, removed with the marks.
	return pseudonym
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/\s+/gu, ' ')
		.trim();
}
