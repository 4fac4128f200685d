import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cookies } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLowdbStore } from '$lib/server/store/lowdb/store';
import type { Classroom, Store, Teacher } from '$lib/server/store/types';

// A pupil's file is damaged on disk. What do the teacher's class page and the pupil's sign-in
// do with it? A real store on a temp directory; only the module that opens it is replaced.
let current: Store;
vi.mock('$lib/server/db', () => ({ store: async () => current }));

let dir: string;
let teacher: Teacher;
let classroom: Classroom;
let ana: { learnerId: string; recoveryCode: string };
let ben: { learnerId: string };

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-damaged-'));
	let store = await openLowdbStore(dir, { log: () => undefined });
	teacher = await store.createTeacher({ name: 'Mme Durand', passwordHash: 'scrypt$x' });
	classroom = await store.createClassroom('4e B', teacher.id);
	const a = await store.createLearner({ pseudonym: 'Anaïs', classroomId: classroom.id });
	const b = await store.createLearner({ pseudonym: 'Ben', classroomId: classroom.id });
	ana = { learnerId: a.learner.id, recoveryCode: a.recoveryCode };
	ben = { learnerId: b.learner.id };
	await store.close();
	writeFileSync(join(dir, 'learners', `${ana.learnerId}.json`), '{"version":2,"learner":{"id"');
	store = await openLowdbStore(dir, { log: () => undefined });
	current = store;
});

afterEach(async () => {
	await current.close();
	rmSync(dir, { recursive: true, force: true });
});

const url = () => new URL(`http://classroom.test:3000/teacher/classes/${classroom.id}`);
const locals = () => ({ teacher, t: (key: string) => key, lang: 'fr' }) as unknown as App.Locals;
const form = (fields: Record<string, string>) =>
	new Request(url(), { method: 'POST', body: new URLSearchParams(fields) });

// The first import of a route module loads the lessons: slow on a busy machine.
describe('a damaged learner file', { timeout: 60_000 }, () => {
	it('is listed on the class page, apart from the pupils whose files are fine', async () => {
		const { load } = await import('../../../src/routes/teacher/(app)/classes/[id]/+page.server');
		const data = (await load({
			locals: locals(),
			params: { id: classroom.id },
			url: url()
		} as never))!;
		expect(data.learners.map((l) => l.id)).toEqual([ben.learnerId]);
		expect(data.damaged).toEqual([
			{ learnerId: ana.learnerId, pseudonymKey: 'anais', problem: expect.stringMatching(/JSON/) }
		]);
	});

	it('gives the teacher a clear message on reset, not a server error', async () => {
		const { actions } = await import('../../../src/routes/teacher/(app)/classes/[id]/+page.server');
		const result = await actions.reset({
			request: form({ learner: ana.learnerId }),
			locals: locals(),
			params: { id: classroom.id }
		} as never);
		expect(result).toMatchObject({
			status: 409,
			data: { learnerError: 'teacher.class.learnerDamaged' }
		});
	});

	it('can be downloaded as it is on disk', async () => {
		const { GET } =
			await import('../../../src/routes/teacher/(app)/classes/[id]/learners/[learner]/export/+server');
		const response = await GET({
			locals: locals(),
			params: { id: classroom.id, learner: ana.learnerId }
		} as never);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toContain('attachment');
		expect(await response.text()).toBe('{"version":2,"learner":{"id"');
	});

	it('can be deleted after confirmation; the pupil can then join again', async () => {
		const { actions } = await import('../../../src/routes/teacher/(app)/classes/[id]/+page.server');
		const call = (fields: Record<string, string>) =>
			actions.delete({
				request: form(fields),
				locals: locals(),
				params: { id: classroom.id }
			} as never);
		expect(await call({ learner: ana.learnerId })).toMatchObject({ status: 400 });
		expect(existsSync(join(dir, 'learners', `${ana.learnerId}.json`))).toBe(true);
		expect(await call({ learner: ana.learnerId, confirm: 'yes' })).toEqual({ deleted: 'anais' });
		expect(existsSync(join(dir, 'learners', `${ana.learnerId}.json`))).toBe(false);
		expect(await current.listDamagedLearners(classroom.id)).toEqual([]);
		await expect(
			current.createLearner({ pseudonym: 'Anaïs', classroomId: classroom.id })
		).resolves.toBeTruthy();
	});

	it('gives the pupil signing in with their code the "damaged" message', async () => {
		const { actions } = await import('../../../src/routes/signin/+page.server');
		const cookies = { set: vi.fn(), delete: vi.fn(), get: vi.fn() } as unknown as Cookies;
		const result = await actions.default({
			request: new Request('http://classroom.test:3000/signin', {
				method: 'POST',
				body: new URLSearchParams({ code: ana.recoveryCode })
			}),
			cookies,
			url: new URL('http://classroom.test:3000/signin'),
			getClientAddress: () => '10.0.0.7'
		} as never);
		expect(result).toMatchObject({ status: 409, data: { error: 'signin.errors.damaged' } });
		expect(cookies.set).not.toHaveBeenCalled();
	});
});
