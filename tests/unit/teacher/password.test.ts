import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	hashToken,
	newToken,
	passwordProblem,
	verifyPassword
} from '$lib/server/teacher/password';

const PASSWORD = 'Cessez-le-feu 2020 !';

describe('hashPassword and verifyPassword', () => {
	it('accept the right password and refuse a wrong one', async () => {
		const stored = await hashPassword(PASSWORD);
		expect(stored).toMatch(/^scrypt\$16384\$8\$5\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
		expect(stored).not.toContain(PASSWORD);
		expect(await verifyPassword(PASSWORD, stored)).toBe(true);
		expect(await verifyPassword('cessez-le-feu 2020 !', stored)).toBe(false);
		expect(await verifyPassword(PASSWORD + ' ', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
	});

	it('salt each hash: the same password is never stored twice the same way', async () => {
		const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
		expect(a).not.toBe(b);
		expect(await verifyPassword(PASSWORD, a)).toBe(true);
		expect(await verifyPassword(PASSWORD, b)).toBe(true);
	});

	it('take an accented password typed on another system (decomposed é) as the same', async () => {
		const composed = 'mot de passe sécurisé';
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		const stored = await hashPassword(composed);
		expect(await verifyPassword(decomposed, stored)).toBe(true);
	});

	it('read the cost from the stored string, so stronger settings later still verify', async () => {
		// A hash made with other parameters (as a later version of the app might choose).
		const salt = randomBytes(16);
		const key = scryptSync(PASSWORD, salt, 48, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 2 ** 20 });
		const stronger = `scrypt$32768$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
		expect(await verifyPassword(PASSWORD, stronger)).toBe(true);
		expect(await verifyPassword('another password', stronger)).toBe(false);
		// The parameters are part of what is checked: the same salt and hash under others fail.
		expect(await verifyPassword(PASSWORD, stronger.replace('$32768$', '$16384$'))).toBe(false);
		expect(await verifyPassword(PASSWORD, stronger.replace('$8$1$', '$8$2$'))).toBe(false);
	});

	it('answer false, never throw, for a damaged or foreign stored string', async () => {
		const stored = await hashPassword(PASSWORD);
		const [, n, r, p, salt, hash] = stored.split('$') as string[];
		const flipped = hash!.startsWith('A') ? 'B' + hash!.slice(1) : 'A' + hash!.slice(1);
		const damaged = [
			'',
			'not a hash',
			PASSWORD,
			`bcrypt$${n}$${r}$${p}$${salt}$${hash}`,
			`scrypt$${n}$${r}$${p}$${salt}`,
			`scrypt$${n}$${r}$${p}$${salt}$${hash}$extra`,
			`scrypt$${n}$${r}$${p}$${salt}$${flipped}`,
			`scrypt$${n}$${r}$${p}$${salt}$${hash!.slice(0, 20)}`,
			`scrypt$${n}$${r}$${p}$${salt}$`,
			`scrypt$${n}$${r}$${p}$!!not-base64!!$${hash}`,
			`scrypt$${n}$${r}$${p}$${salt}$${hash!.replace('=', '')}`,
			`scrypt$15000$${r}$${p}$${salt}$${hash}`,
			`scrypt$-16384$${r}$${p}$${salt}$${hash}`,
			`scrypt$0x4000$${r}$${p}$${salt}$${hash}`,
			`scrypt$${n}$0$${p}$${salt}$${hash}`,
			`scrypt$${n}$${r}$99$${salt}$${hash}`,
			`scrypt$${n}$${r}$${p}$${Buffer.alloc(4).toString('base64')}$${hash}`
		];
		for (const bad of damaged) {
			expect(await verifyPassword(PASSWORD, bad), bad).toBe(false);
		}
		expect(await verifyPassword(PASSWORD, null as unknown as string)).toBe(false);
	});

	it('refuse a stored cost that would take the server’s memory, without computing it', async () => {
		const stored = await hashPassword(PASSWORD);
		const [, , , , salt, hash] = stored.split('$');
		const started = performance.now();
		// N = 2^30 would need 1 TiB; checked and refused before scrypt runs.
		expect(await verifyPassword(PASSWORD, `scrypt$1073741824$8$1$${salt}$${hash}`)).toBe(false);
		expect(await verifyPassword(PASSWORD, `scrypt$16384$4096$1$${salt}$${hash}`)).toBe(false);
		expect(performance.now() - started).toBeLessThan(100);
	});
});

describe('passwordProblem', () => {
	it('refuses passwords shorter than 10 characters', () => {
		expect(passwordProblem('')).toBe('too-short');
		expect(passwordProblem('karabakh1')).toBe('too-short');
		expect(passwordProblem('karabakh12')).toBeNull();
		expect(passwordProblem('« Bakou » prétend')).toBeNull();
	});

	it('counts characters as a person does, not code units', () => {
		// Five "é" typed decomposed are ten code units but five characters.
		expect(passwordProblem('e\u0301'.repeat(5))).toBe('too-short');
		expect(passwordProblem('é'.repeat(10))).toBeNull();
		// Emoji are one character each, two UTF-16 code units.
		expect(passwordProblem('🙂'.repeat(9))).toBe('too-short');
	});

	it('refuses an absurdly long password', () => {
		expect(passwordProblem('a'.repeat(1024))).toBeNull();
		expect(passwordProblem('a'.repeat(1025))).toBe('too-long');
	});
});

describe('newToken and hashToken', () => {
	it('make URL-safe tokens of 32 random bytes, each different', () => {
		const tokens = Array.from({ length: 100 }, newToken);
		for (const token of tokens) {
			expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		}
		expect(new Set(tokens).size).toBe(100);
	});

	it('hash a token to the same SHA-256 hex every time, and another token to another', () => {
		const token = newToken();
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashToken(token)).toBe(hashToken(token));
		expect(hashToken(token)).not.toBe(hashToken(newToken()));
		expect(hashToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
