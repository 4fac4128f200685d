import { describe, expect, it } from 'vitest';
import { readAccountForm } from '$lib/server/teacher/accounts';
import { verifyPassword } from '$lib/server/teacher/password';
import {
	isSetupToken,
	prepareTeacherAccess,
	setupDone,
	takeSetupToken
} from '$lib/server/teacher/setup';
import type { Store } from '$lib/server/store/types';
import { safeTeacherPath } from '$lib/teacher/paths';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};

describe('readAccountForm', () => {
	it('accepts a name and a long enough password typed twice, tidying the name', () => {
		expect(
			readAccountForm(
				form({
					name: '  Mme   Lefèvre ',
					password: 'cahier-de-textes',
					confirm: 'cahier-de-textes'
				})
			)
		).toEqual({ ok: true, value: { name: 'Mme Lefèvre', password: 'cahier-de-textes' } });
	});

	it('says which field is wrong and why, one at a time', () => {
		const cases: [Record<string, string>, string, string][] = [
			[{ name: ' ', password: 'x'.repeat(12), confirm: 'x'.repeat(12) }, 'name', 'nameMissing'],
			[
				{ name: 'é'.repeat(61), password: 'x'.repeat(12), confirm: 'x'.repeat(12) },
				'name',
				'nameLong'
			],
			[{ name: 'A', password: 'court', confirm: 'court' }, 'password', 'passwordShort'],
			[{ name: 'A', password: 'x'.repeat(12), confirm: 'y'.repeat(12) }, 'confirm', 'confirm']
		];
		for (const [fields, field, error] of cases) {
			expect(readAccountForm(form(fields))).toEqual({
				ok: false,
				field,
				error: `teacher.account.errors.${error}`
			});
		}
	});
});

describe('safeTeacherPath', () => {
	it('goes back to a teacher page, and nowhere else', () => {
		expect(safeTeacherPath('/teacher/classes/abc?x=1')).toBe('/teacher/classes/abc?x=1');
		expect(safeTeacherPath('/teacher')).toBe('/teacher');
		for (const bad of [
			'/me',
			'//evil.test/teacher',
			'https://evil.test/teacher',
			'/teachers',
			'/teacher\\x',
			'/teacher/\nx',
			null
		]) {
			expect(safeTeacherPath(bad), String(bad)).toBe('/teacher');
		}
	});
});

function fakeStore(teachers: number) {
	const created: { name: string; passwordHash: string }[] = [];
	const db = {
		countTeachers: async () => teachers + created.length,
		createTeacher: async (input: { name: string; passwordHash: string }) => {
			created.push(input);
			return { id: 'x', name: input.name, createdAt: '' };
		}
	} as unknown as Store;
	return { db, created };
}

describe('prepareTeacherAccess', () => {
	it('prints a one-time setup link when no teacher exists, and the link stops working once used', async () => {
		const { db } = fakeStore(0);
		const logs: string[] = [];
		await prepareTeacherAccess(db, { PORT: '3100' }, (m) => logs.push(m));
		const token = /\/teacher\/setup\?token=([\w-]+)/.exec(logs.join('\n'))?.[1];
		expect(logs.join('\n')).toContain('http://localhost:3100/teacher/setup?token=');
		expect(isSetupToken(token!)).toBe(true);
		expect(isSetupToken('wrong')).toBe(false);
		expect(isSetupToken(null)).toBe(false);
		setupDone();
		expect(isSetupToken(token!)).toBe(false);
	});

	it('creates the teacher from TEACHER_NAME / TEACHER_PASSWORD instead, hashed', async () => {
		const { db, created } = fakeStore(0);
		const logs: string[] = [];
		await prepareTeacherAccess(
			db,
			{ TEACHER_NAME: 'M. Durand', TEACHER_PASSWORD: 'phrase-secrete' },
			(m) => logs.push(m)
		);
		expect(created.map((c) => c.name)).toEqual(['M. Durand']);
		expect(created[0]!.passwordHash).not.toContain('phrase-secrete');
		expect(await verifyPassword('phrase-secrete', created[0]!.passwordHash)).toBe(true);
		expect(logs.join('\n')).not.toContain('setup?token');
	});

	it('refuses a short TEACHER_PASSWORD with a message that says how to fix it', async () => {
		const { db } = fakeStore(0);
		await expect(prepareTeacherAccess(db, { TEACHER_PASSWORD: 'court' }, () => {})).rejects.toThrow(
			/TEACHER_PASSWORD is shorter than 10 characters/
		);
	});

	it('does nothing once a teacher exists', async () => {
		const { db, created } = fakeStore(1);
		const logs: string[] = [];
		await prepareTeacherAccess(db, { TEACHER_PASSWORD: 'phrase-secrete' }, (m) => logs.push(m));
		expect(created).toEqual([]);
		expect(logs).toEqual([]);
	});

	it('lets two forms sent at once take the setup link only once; a failure gives it back', async () => {
		const logs: string[] = [];
		await prepareTeacherAccess(fakeStore(0).db, {}, (m) => logs.push(m));
		const token = /token=([\w-]+)/.exec(logs.join('\n'))![1]!;
		const first = takeSetupToken(token);
		expect(first).not.toBeNull();
		expect(takeSetupToken(token)).toBeNull();
		first!.giveBack();
		expect(takeSetupToken(token)).not.toBeNull();
		expect(isSetupToken(token)).toBe(false);
	});
});
