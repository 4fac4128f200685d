import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hashSecret, newSessionToken } from '../store/codes';

// Teacher passwords, stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64) so the cost
// can be raised later without breaking the passwords already stored.

/**
 * OWASP's scrypt settings of equal strength to N=2^17, r=8, p=1, but needing 16 MiB of memory
 * instead of 128: a teacher's laptop may be short of memory during class (≈ 0.2 s here).
 */
const COST = { N: 2 ** 14, r: 8, p: 5 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** Shortest password accepted, in characters. */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest password accepted: a bound on the work a sign-in form can ask of the server. */
export const PASSWORD_MAX_LENGTH = 1024;

/** Why a new password is refused, as a code the page translates. */
export type PasswordProblem = 'too-short' | 'too-long';

// What a stored string may ask for: anything outside is a damaged or forged store, and an
// enormous N would let it take the server's memory and time at each sign-in.
const LIMITS = { logN: [10, 20], r: [1, 32], p: [1, 16], salt: [16, 64], hash: [16, 64] } as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DECIMAL = /^[1-9]\d{0,9}$/;

/** The same characters typed on any keyboard or system give the same bytes. */
function passwordBytes(password: string): Buffer {
	return Buffer.from(password.normalize('NFC'), 'utf8');
}

function derive(
	password: string,
	salt: Buffer,
	length: number,
	cost: { N: number; r: number; p: number }
): Promise<Buffer> {
	// Node refuses to use more than 32 MiB unless told; 128·N·r bytes is what scrypt needs.
	const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r + 1024 * 1024 };
	return new Promise((resolve, reject) =>
		scrypt(passwordBytes(password), salt, length, options, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

/** Strict base64: Buffer.from would silently skip characters that are not base64. */
function decodeBase64(text: string): Buffer | null {
	if (!BASE64.test(text)) return null;
	const bytes = Buffer.from(text, 'base64');
	return bytes.toString('base64') === text ? bytes : null;
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
	return value >= min && value <= max;
}

/** A stored string read back, or null if it is not one hashPassword could have written. */
function parseStored(stored: string) {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
	const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
	if (!DECIMAL.test(n) || !DECIMAL.test(r) || !DECIMAL.test(p)) return null;
	const cost = { N: Number(n), r: Number(r), p: Number(p) };
	const logN = Math.log2(cost.N);
	if (!Number.isInteger(logN) || !within(logN, LIMITS.logN)) return null;
	if (!within(cost.r, LIMITS.r) || !within(cost.p, LIMITS.p)) return null;
	const saltBytes = decodeBase64(salt);
	const hashBytes = decodeBase64(hash);
	if (!saltBytes || !within(saltBytes.length, LIMITS.salt)) return null;
	if (!hashBytes || !within(hashBytes.length, LIMITS.hash)) return null;
	return { cost, salt: saltBytes, hash: hashBytes };
}

/** A password hashed with scrypt and a fresh random salt, ready to store. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const hash = await derive(password, salt, HASH_BYTES, COST);
	const { N, r, p } = COST;
	return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * Whether `password` is the one `stored` was made from, compared in constant time. A stored
 * string that is damaged, of another format or asks for an unreasonable cost gives false.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parsed = typeof stored === 'string' ? parseStored(stored) : null;
	if (!parsed) return false;
	try {
		const hash = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
		return timingSafeEqual(hash, parsed.hash);
	} catch {
		return false;
	}
}

/**
 * What is wrong with a new password, or null if it is acceptable. Length is counted in
 * characters as a person counts them ("é" is one, whichever way the keyboard encodes it).
 */
export function passwordProblem(password: string): PasswordProblem | null {
	const length = [...password.normalize('NFC')].length;
	if (length < PASSWORD_MIN_LENGTH) return 'too-short';
	if (length > PASSWORD_MAX_LENGTH) return 'too-long';
	return null;
}

/**
 * A new secret for a one-time setup or invitation link, or a teacher session: 32 random
 * bytes, base64url (43 characters, safe in a URL and a cookie).
 */
export function newToken(): string {
	return newSessionToken();
}

/** SHA-256 of a token, hex: the store keeps this, never the token itself. */
export function hashToken(token: string): string {
	return hashSecret(token);
}
