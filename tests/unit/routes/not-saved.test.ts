import type { Cookies } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotSavedError, type Classroom, type Store } from '$lib/server/store/types';

// The disk is full: every write of the store fails. What does a pupil get from the forms?
const classroom: Classroom = {
	id: '00000000-0000-4000-8000-000000000001',
	code: 'K7M-Q2X',
	name: '3e B',
	ownerId: null,
	archived: false,
	createdAt: '2026-11-25T08:00:00.000Z'
};
const full = (): never => {
	throw new NotSavedError(
		'learners/x.json',
		Object.assign(new Error('no space left'), { code: 'ENOSPC' })
	);
};
const fullDisk = {
	findClassroomByCode: async () => classroom,
	createLearner: async () => full(),
	deleteLearner: async () => full()
} as unknown as Store;

vi.mock('$lib/server/db', () => ({ store: async () => fullDisk }));

const cookies = { set: vi.fn(), delete: vi.fn(), get: vi.fn() } as unknown as Cookies;
const post = (fields: Record<string, string>) =>
	new Request('http://classroom.test:3000/join', {
		method: 'POST',
		body: new URLSearchParams(fields)
	});

beforeEach(() => vi.clearAllMocks());

describe('a save that does not reach the disk', () => {
	it('joining says "not saved, try again" (503), keeps what was typed and signs nobody in', async () => {
		const { actions } = await import('../../../src/routes/join/+page.server');
		const result = await actions.classroom({
			request: post({ code: 'k7m q2x', pseudonym: 'Léa' }),
			cookies,
			url: new URL('http://classroom.test:3000/join'),
			getClientAddress: () => '192.168.1.30'
		} as never);
		expect(result).toMatchObject({
			status: 503,
			data: { values: { code: 'k7m q2x', pseudonym: 'Léa' }, errors: { form: 'store.notSaved' } }
		});
		expect(cookies.set).not.toHaveBeenCalled();
	});

	it('deleting my data says "not saved, try again" and keeps me signed in', async () => {
		const { actions } = await import('../../../src/routes/me/+page.server');
		const form = new URLSearchParams({ confirm: 'yes' });
		const result = await actions.delete({
			request: new Request('http://classroom.test:3000/me', { method: 'POST', body: form }),
			locals: { learner: { id: 'x', pseudonym: 'Léa' } },
			cookies,
			url: new URL('http://classroom.test:3000/me')
		} as never);
		expect(result).toMatchObject({ status: 503, data: { error: 'store.notSaved' } });
		expect(cookies.delete).not.toHaveBeenCalled();
	});
});
