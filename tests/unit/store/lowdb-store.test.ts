import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '$lib/server/store/codes';
import { nodeFileSystem, type FileSystemSeam } from '$lib/server/store/lowdb/durable-file';
import { openLowdbStore } from '$lib/server/store/lowdb/store';
import { DamagedFileError, NotSavedError, type Store } from '$lib/server/store/types';
import { answer, event, storeContract } from './contract';

const tempDirs: string[] = [];
const freshDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'qdq-store-'));
	tempDirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

storeContract('lowdb', async () => {
	const dir = freshDir();
	const store = await openLowdbStore(dir, { log: () => undefined });
	return { store, cleanup: () => store.close() };
});

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'unlink' | 'readFile';

/** The real file system, recording each call and failing the ones a test asks to fail. */
function recordingFs() {
	const calls: { step: Step; path: string }[] = [];
	const faults: { step: Step; code: string; path: RegExp; when?: (content: string) => boolean }[] =
		[];
	/** Records the call; throws the first matching fault (`content`: what a rename installs). */
	const pass = (step: Step, path: string, content = '') => {
		calls.push({ step, path });
		const fault = faults.find(
			(f) => f.step === step && f.path.test(path) && (!f.when || f.when(content))
		);
		if (fault) {
			throw Object.assign(new Error(`${fault.code}: injected at ${step} ${path}`), {
				code: fault.code
			});
		}
	};
	const fs: FileSystemSeam = {
		async open(path, flags, mode) {
			pass('open', path);
			const handle = await nodeFileSystem.open(path, flags, mode);
			return {
				writeFile: async (data, encoding) => {
					pass('writeFile', path);
					await handle.writeFile(data, encoding);
				},
				sync: async () => {
					pass('sync', path);
					await handle.sync();
				},
				close: async () => {
					pass('close', path);
					await handle.close();
				}
			};
		},
		async readFile(path, encoding) {
			pass('readFile', path);
			return nodeFileSystem.readFile(path, encoding);
		},
		async rename(from, to) {
			pass('rename', to, readFileSync(from, 'utf8'));
			await nodeFileSystem.rename(from, to);
		},
		async unlink(path) {
			pass('unlink', path);
			await nodeFileSystem.unlink(path);
		},
		mkdir: (path, options) => nodeFileSystem.mkdir(path, options),
		readdir: (path) => nodeFileSystem.readdir(path)
	};
	return {
		fs,
		calls,
		/** The files replaced (renamed onto) since the last `reset()`. */
		written: () => calls.filter((c) => c.step === 'rename').map((c) => c.path),
		fail: (step: Step, code: string, path = /./, when?: (content: string) => boolean) =>
			faults.push({ step, code, path, when }),
		heal: () => faults.splice(0),
		reset: () => calls.splice(0)
	};
}

describe('openLowdbStore', () => {
	let dir: string;
	let logs: string[];
	const stores: Store[] = [];
	const open = async (fs?: FileSystemSeam) => {
		const store = await openLowdbStore(dir, { fs, log: (m) => logs.push(m) });
		stores.push(store);
		return store;
	};
	const learnerFile = (id: string) => join(dir, 'learners', `${id}.json`);
	const classroomFile = (id: string) => join(dir, 'classrooms', `${id}.json`);
	const accountsFile = () => join(dir, 'teachers', 'accounts.json');
	const teacherSessionsFile = () => join(dir, 'teachers', 'sessions.json');
	const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
	const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
	const newTeacher = (store: Store, name: string) =>
		store.createTeacher({ name, passwordHash: `scrypt$16384$8$5$salt$hash-of-${name}` });

	beforeEach(() => {
		dir = freshDir();
		logs = [];
	});
	afterEach(async () => {
		for (const store of stores.splice(0)) await store.close();
	});

	it('keeps everything on disk across close and reopen', async () => {
		let store = await open();
		const classroom = await store.createClassroom('4e B');
		const { learner, recoveryCode } = await store.createLearner({
			pseudonym: 'Léa',
			classroomId: classroom.id
		});
		const token = await store.createSession(learner.id);
		await store.updatePreferences(learner.id, { uiLanguage: 'en', quizLanguage: 'both' });
		const opened = event('e1', 'lesson-a', 1, { type: 'lesson-opened' });
		const given = answer('a1', 'lesson-a', 2, { answer: { marked: ['serait', 'aurait'] } });
		await store.recordEvent(learner.id, opened);
		await store.recordAnswer(learner.id, given);
		const progress = await store.getProgress(learner.id);
		await store.close();

		// The files themselves, not the memory of the closed store.
		expect(readJson(learnerFile(learner.id))).toMatchObject({
			version: 2,
			learner: { id: learner.id, pseudonym: 'Léa', uiLanguage: 'en', quizLanguage: 'both' },
			reading: [{ lessonId: 'lesson-a', firstOpenedAt: opened.at }],
			recentEventKeys: [opened.key],
			answers: [given]
		});
		expect(readJson(join(dir, 'classrooms', `${classroom.id}.json`))).toEqual({
			version: 1,
			classroom,
			members: [{ pseudonymKey: 'lea', learnerId: learner.id }]
		});
		expect(readJson(join(dir, 'index', 'codes.json'))).toEqual({
			version: 1,
			codes: { [classroom.code.replace('-', '')]: classroom.id }
		});
		expect(existsSync(join(dir, 'server.lock'))).toBe(false);

		store = await open();
		expect(await store.findClassroomByCode(classroom.code)).toEqual(classroom);
		expect(await store.findSessionLearner(token)).toMatchObject({ id: learner.id });
		expect(await store.findLearnerByRecoveryCode(recoveryCode)).toMatchObject({ id: learner.id });
		expect(await store.getProgress(learner.id)).toEqual(progress);
		expect(await store.recordEvent(learner.id, opened)).toBe(false);
		await expect(
			store.createLearner({ pseudonym: 'LEA', classroomId: classroom.id })
		).rejects.toThrow(/already used/);
	});

	it('stores no secret in clear: only hashes of recovery codes and session tokens', async () => {
		const store = await open();
		const { learner, recoveryCode } = await store.createLearner({
			pseudonym: 'Ana',
			classroomId: null
		});
		const token = await store.createSession(learner.id);
		await store.close();
		const everything = ['learners', 'recovery', 'sessions']
			.flatMap((sub) => readdirSync(join(dir, sub)).map((name) => join(dir, sub, name)))
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		expect(everything).toContain(learner.id);
		expect(everything).not.toContain(token);
		expect(everything).not.toContain(recoveryCode.replaceAll('-', ''));
		expect(everything).not.toContain(recoveryCode);
	});

	it('leaves no trace of a deleted learner in any file', async () => {
		const store = await open();
		const classroom = await store.createClassroom('4e B');
		const ana = await store.createLearner({ pseudonym: 'Anaïs', classroomId: classroom.id });
		const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: classroom.id });
		for (const { learner } of [ana, ben]) {
			await store.createSession(learner.id);
			await store.createSession(learner.id);
			await store.recordEvent(learner.id, event('e', 'lesson-a', 1, { type: 'lesson-opened' }));
		}
		await store.deleteLearner(ana.learner.id);
		const everything = ['index', 'classrooms', 'learners', 'recovery', 'sessions']
			.flatMap((sub) => readdirSync(join(dir, sub)).map((name) => join(dir, sub, name)))
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		expect(everything).toContain(ben.learner.id);
		expect(everything).not.toContain(ana.learner.id);
		expect(everything).not.toMatch(/anais/i);
		expect(existsSync(learnerFile(ana.learner.id))).toBe(false);
	});

	it('writes only the learner’s own file per event or answer, however many learners', async () => {
		const recording = recordingFs();
		const store = await open(recording.fs);
		const classroom = await store.createClassroom('4e B');
		const { learner } = await store.createLearner({ pseudonym: 'P0', classroomId: classroom.id });
		const costOfOneSave = async (n: number) => {
			recording.reset();
			await store.recordEvent(learner.id, event(`e${n}`, 'lesson-a', n, { type: 'lesson-opened' }));
			await store.recordAnswer(learner.id, answer(`a${n}`, 'lesson-a', n));
			return { written: recording.written(), calls: recording.calls.length };
		};

		const withOne = await costOfOneSave(1);
		expect(withOne.written).toEqual([learnerFile(learner.id), learnerFile(learner.id)]);
		for (let i = 1; i <= 40; i++) {
			await store.createLearner({ pseudonym: `P${i}`, classroomId: classroom.id });
		}
		const withMany = await costOfOneSave(2);
		expect(withMany).toEqual(withOne);
		// A resent event writes nothing at all.
		recording.reset();
		await store.recordEvent(learner.id, event('e1', 'lesson-a', 1, { type: 'lesson-opened' }));
		expect(recording.written()).toEqual([]);
	});

	it('keeps what a class is given of a lesson in its class file, across close and reopen', async () => {
		let store = await open();
		const classroom = await store.createClassroom('4e B');
		const chosen = { kind: 'chosen' as const, questionIds: ['q2', 'q5'] };
		await store.setAssignment(classroom.id, 'lesson-a', chosen);
		await store.close();
		expect(readJson(classroomFile(classroom.id))).toMatchObject({
			assignments: [{ lessonId: 'lesson-a', assignment: chosen, at: expect.any(String) }]
		});
		store = await open();
		expect(await store.getAssignment(classroom.id, 'lesson-a')).toEqual(chosen);
		expect(await store.getAssignment(classroom.id, 'lesson-b')).toEqual({ kind: 'core' });
		expect(logs).toEqual([]);
	});

	describe('teachers on disk', () => {
		it('remembers a creation key across close and reopen, and deletes a class’s files', async () => {
			let store = await open();
			const teacher = await newTeacher(store, 'Mme Durand');
			const made = await store.createClassroom('4e B', teacher.id, 'form-1');
			const gone = await store.createClassroom('4e C', teacher.id);
			const { learner } = await store.createLearner({ pseudonym: 'Léa', classroomId: gone.id });
			await store.close();
			store = await open();
			expect(await store.createClassroom('4e B', teacher.id, 'form-1')).toEqual(made);
			await store.deleteClassroom(gone.id);
			await store.close();
			expect(existsSync(classroomFile(gone.id))).toBe(false);
			expect(existsSync(learnerFile(learner.id))).toBe(false);
			store = await open();
			expect(await store.listClassrooms(teacher.id)).toEqual([made]);
			expect(logs).toEqual([]);
		});

		it('keeps teachers, their classes, sessions and invitations across close and reopen', async () => {
			let store = await open();
			const older = await store.createClassroom('4e A');
			const teacher = await newTeacher(store, 'Mme Durand');
			const own = await store.createClassroom('4e B', teacher.id);
			await store.renameClassroom(own.id, '4e B latin');
			await store.setClassroomArchived(older.id, true);
			const session = await store.createTeacherSession(teacher.id, inHours(8));
			const invite = await store.createTeacherInvite(teacher.id, inHours(48));
			const used = await store.createTeacherInvite(teacher.id, inHours(48));
			expect(await store.consumeTeacherInvite(used)).toBe(true);
			const classes = await store.listClassrooms(teacher.id);
			await store.close();

			expect(readJson(accountsFile())).toEqual({
				version: 1,
				teachers: {
					[teacher.id]: {
						...teacher,
						passwordHash: 'scrypt$16384$8$5$salt$hash-of-Mme Durand'
					}
				},
				invites: {
					[hashSecret(invite)]: {
						createdBy: teacher.id,
						createdAt: expect.any(String),
						expiresAt: expect.any(String)
					}
				}
			});
			expect(readJson(classroomFile(older.id))).toMatchObject({
				classroom: { ownerId: teacher.id, archived: true }
			});

			store = await open();
			expect(await store.countTeachers()).toBe(1);
			expect(await store.getTeacher(teacher.id)).toEqual(teacher);
			expect(await store.findSessionTeacher(session)).toEqual(teacher);
			expect(await store.listClassrooms(teacher.id)).toEqual(classes);
			expect(classes.map((c) => c.name)).toEqual(['4e A', '4e B latin']);
			expect(await store.consumeTeacherInvite(used)).toBe(false);
			expect(await store.consumeTeacherInvite(invite)).toBe(true);
			await expect(newTeacher(store, 'mme durand')).rejects.toThrow(/already exists/);
		});

		it('stores no invitation or session token in clear, only their hashes', async () => {
			const store = await open();
			const teacher = await newTeacher(store, 'Mme Durand');
			const session = await store.createTeacherSession(teacher.id, inHours(8));
			const invite = await store.createTeacherInvite(teacher.id, inHours(8));
			await store.close();
			const everything = readdirSync(join(dir, 'teachers'))
				.map((name) => readFileSync(join(dir, 'teachers', name), 'utf8'))
				.join('\n');
			for (const hash of [hashSecret(session), hashSecret(invite)]) {
				expect(everything).toContain(hash);
			}
			expect(everything).not.toContain(session);
			expect(everything).not.toContain(invite);
		});

		it('drops expired sessions and invitations at the next write', async () => {
			const store = await open();
			const teacher = await newTeacher(store, 'Mme Durand');
			const oldSession = await store.createTeacherSession(teacher.id, inHours(-1));
			const oldInvite = await store.createTeacherInvite(teacher.id, inHours(-1));
			const session = await store.createTeacherSession(teacher.id, inHours(1));
			const invite = await store.createTeacherInvite(teacher.id, inHours(1));
			expect(
				Object.keys((readJson(teacherSessionsFile()) as { sessions: object }).sessions)
			).toEqual([hashSecret(session)]);
			expect(Object.keys((readJson(accountsFile()) as { invites: object }).invites)).toEqual([
				hashSecret(invite)
			]);
			expect(await store.findSessionTeacher(oldSession)).toBeNull();
			expect(await store.consumeTeacherInvite(oldInvite)).toBe(false);
		});

		it('an expiry written with an offset-free, shorter form still compares right', async () => {
			const store = await open();
			const teacher = await newTeacher(store, 'Mme Durand');
			// Whole seconds, no milliseconds: stored as …:00.000Z so string comparison holds.
			const soon = new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
			const session = await store.createTeacherSession(teacher.id, soon);
			expect(await store.findSessionTeacher(session)).toEqual(teacher);
			const stored = Object.values(
				(readJson(teacherSessionsFile()) as { sessions: Record<string, { expiresAt: string }> })
					.sessions
			);
			expect(stored.map((s) => s.expiresAt)).toEqual([new Date(soon).toISOString()]);
		});

		it('ENOSPC on createTeacher: no account, no class adopted, and the next try works', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const classroom = await store.createClassroom('4e B');
			const classBefore = readFileSync(classroomFile(classroom.id), 'utf8');

			recording.fail('writeFile', 'ENOSPC', /teachers/);
			const failure = await newTeacher(store, 'Mme Durand').catch((e: unknown) => e);
			expect(failure).toBeInstanceOf(NotSavedError);
			expect((failure as NotSavedError).file).toBe(accountsFile());
			expect(readdirSync(join(dir, 'teachers'))).toEqual([]);
			expect(readFileSync(classroomFile(classroom.id), 'utf8')).toBe(classBefore);
			expect(await store.countTeachers()).toBe(0);
			expect(await store.findTeacherByName('Mme Durand')).toBeNull();

			recording.heal();
			const teacher = await newTeacher(store, 'Mme Durand');
			expect(await store.listClassrooms(teacher.id)).toEqual([
				{ ...classroom, ownerId: teacher.id }
			]);
		});

		it('ENOSPC on a second teacher leaves the accounts file as it was', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const first = await newTeacher(store, 'Mme Durand');
			const before = readFileSync(accountsFile(), 'utf8');
			recording.fail('rename', 'ENOSPC', /teachers/);
			await expect(newTeacher(store, 'M. Petit')).rejects.toThrow(NotSavedError);
			expect(readFileSync(accountsFile(), 'utf8')).toBe(before);
			expect(readdirSync(join(dir, 'teachers'))).toEqual(['accounts.json']);
			expect(await store.countTeachers()).toBe(1);
			recording.heal();
			expect(await newTeacher(store, 'M. Petit')).toMatchObject({ name: 'M. Petit' });
			expect(await store.getTeacher(first.id)).toEqual(first);
		});

		it('an invitation whose use was not saved can be used again', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const teacher = await newTeacher(store, 'Mme Durand');
			const invite = await store.createTeacherInvite(teacher.id, inHours(1));
			recording.fail('sync', 'EIO', /teachers/);
			await expect(store.consumeTeacherInvite(invite)).rejects.toThrow(NotSavedError);
			recording.heal();
			expect(await store.consumeTeacherInvite(invite)).toBe(true);
			expect(await store.consumeTeacherInvite(invite)).toBe(false);
		});

		it('a class the first teacher could not adopt is logged, and adopted at the next start', async () => {
			const recording = recordingFs();
			let store = await open(recording.fs);
			const stuck = await store.createClassroom('4e A');
			const fine = await store.createClassroom('4e B');
			recording.fail('rename', 'ENOSPC', new RegExp(stuck.id));
			const teacher = await newTeacher(store, 'Mme Durand');
			expect(logs.join('\n')).toMatch(new RegExp(`${stuck.id}.*ENOSPC`));
			expect(await store.getClassroom(stuck.id)).toEqual(stuck);
			expect(await store.listClassrooms(teacher.id)).toEqual([{ ...fine, ownerId: teacher.id }]);
			recording.heal();
			// Made after the first teacher: nobody adopts it, not even at the next start.
			const later = await store.createClassroom('3e C');
			await store.close();

			store = await open();
			expect((await store.listClassrooms(teacher.id)).map((c) => c.id)).toEqual([
				stuck.id,
				fine.id
			]);
			expect(await store.getClassroom(later.id)).toEqual(later);
		});

		it('renaming a class writes that class file only', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const teacher = await newTeacher(store, 'Mme Durand');
			const classroom = await store.createClassroom('4e B', teacher.id);
			await store.createClassroom('4e C', teacher.id);
			recording.reset();
			await store.renameClassroom(classroom.id, '4e D');
			await store.setClassroomArchived(classroom.id, true);
			expect(recording.written()).toEqual([
				classroomFile(classroom.id),
				classroomFile(classroom.id)
			]);
		});
	});

	describe('a write that fails (full disk, I/O error, permission)', () => {
		for (const [step, code] of [
			['writeFile', 'ENOSPC'],
			['open', 'EACCES'],
			['sync', 'EIO'],
			['rename', 'EIO']
		] as const) {
			it(`${code} at ${step}: NotSavedError, disk and memory kept, next write works`, async () => {
				const recording = recordingFs();
				const store = await open(recording.fs);
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const first = event('e1', 'lesson-a', 1, { type: 'lesson-opened' });
				await store.recordEvent(learner.id, first);
				const file = learnerFile(learner.id);
				const before = readFileSync(file, 'utf8');
				const progressBefore = await store.getProgress(learner.id);

				recording.fail(step, code, /learners/);
				const second = event('e2', 'lesson-a', 2, { type: 'position', paragraph: 4 });
				const failure = await store.recordEvent(learner.id, second).catch((e: unknown) => e);
				expect(failure).toBeInstanceOf(NotSavedError);
				expect((failure as NotSavedError).file).toBe(file);
				expect((failure as NotSavedError).message).toContain(code);
				expect(readFileSync(file, 'utf8')).toBe(before);
				expect(readdirSync(join(dir, 'learners'))).toEqual([`${learner.id}.json`]);
				expect(await store.getProgress(learner.id)).toEqual(progressBefore);

				recording.heal();
				// Memory did not claim the event: sending it again records it.
				expect(await store.recordEvent(learner.id, second)).toBe(true);
				expect(readJson(file)).toMatchObject({
					reading: [{ lastParagraph: 4 }],
					recentEventKeys: [first.key, second.key]
				});
			});
		}

		it('a failed first save of a new learner leaves no file and no learner', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			recording.fail('writeFile', 'ENOSPC', /learners/);
			await expect(store.createLearner({ pseudonym: 'Ana', classroomId: null })).rejects.toThrow(
				NotSavedError
			);
			expect(readdirSync(join(dir, 'learners'))).toEqual([]);
		});

		it('a failed class update undoes the new learner, and the pseudonym stays free', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const classroom = await store.createClassroom('4e B');
			recording.fail('rename', 'ENOSPC', /classrooms/);
			await expect(
				store.createLearner({ pseudonym: 'Ana', classroomId: classroom.id })
			).rejects.toThrow(NotSavedError);
			recording.heal();
			expect(readdirSync(join(dir, 'learners'))).toEqual([]);
			expect(
				readdirSync(join(dir, 'recovery')).map((f) => readJson(join(dir, 'recovery', f)))
			).toEqual(readdirSync(join(dir, 'recovery')).map(() => ({ version: 1, learners: {} })));
			await expect(
				store.createLearner({ pseudonym: 'Ana', classroomId: classroom.id })
			).resolves.toBeTruthy();
		});

		it('a failed deletion keeps the learner whole, so it can be tried again', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const { learner, recoveryCode } = await store.createLearner({
				pseudonym: 'Ana',
				classroomId: null
			});
			const token = await store.createSession(learner.id);
			recording.fail('unlink', 'EIO', /learners/);
			await expect(store.deleteLearner(learner.id)).rejects.toThrow(NotSavedError);
			expect(await store.findSessionLearner(token)).toMatchObject({ id: learner.id });
			recording.heal();
			await store.deleteLearner(learner.id);
			expect(existsSync(learnerFile(learner.id))).toBe(false);
			expect(await store.findSessionLearner(token)).toBeNull();
			expect(await store.findLearnerByRecoveryCode(recoveryCode)).toBeNull();
		});
	});

	describe('an index entry left behind by a failure leads nowhere', () => {
		it('an old recovery code whose removal failed does not work', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const { learner, recoveryCode } = await store.createLearner({
				pseudonym: 'Ana',
				classroomId: null
			});
			const oldHash = hashSecret(recoveryCode.replaceAll('-', ''));
			// Fails only the write that would remove the old code's entry.
			const oldShard = new RegExp(`recovery/${oldHash.slice(0, 2)}\\.json$`);
			recording.fail('rename', 'EIO', oldShard, (content) => !content.includes(oldHash));
			const fresh = await store.resetRecoveryCode(learner.id);
			expect(logs.join('\n')).toMatch(/EIO/);
			const shard = join(dir, 'recovery', `${oldHash.slice(0, 2)}.json`);
			expect(readFileSync(shard, 'utf8')).toContain(oldHash);
			expect(await store.findLearnerByRecoveryCode(recoveryCode)).toBeNull();
			recording.heal();
			expect(await store.findLearnerByRecoveryCode(fresh)).toMatchObject({ id: learner.id });
		});

		it('a session of a deleted learner whose entry could not be removed does not work', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
			const token = await store.createSession(learner.id);
			recording.fail('rename', 'EIO', /sessions/);
			await store.deleteLearner(learner.id);
			expect(
				readFileSync(join(dir, 'sessions', `${hashSecret(token).slice(0, 2)}.json`), 'utf8')
			).toContain(hashSecret(token));
			expect(await store.findSessionLearner(token)).toBeNull();
		});

		it('a session entry not confirmed by the learner file does not work', async () => {
			const recording = recordingFs();
			const store = await open(recording.fs);
			const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
			const token = await store.createSession(learner.id);
			await store.close();
			// As after a crash between the two writes of createSession.
			const file = learnerFile(learner.id);
			const data = readJson(file) as { sessionHashes: string[] };
			writeFileSync(file, JSON.stringify({ ...data, sessionHashes: [] }));
			const reopened = await open();
			expect(await reopened.findSessionLearner(token)).toBeNull();
		});
	});

	describe('a damaged learner file', () => {
		for (const [what, content] of [
			['truncated JSON', '{"version":1,"learner":{"id":'],
			['null', 'null'],
			['an empty object', '{}'],
			['an empty file', ''],
			['a wrong field', 'WRONG_FIELD']
		] as const) {
			it(`(${what}) stops that learner only, and is never overwritten`, async () => {
				let store = await open();
				const classroom = await store.createClassroom('4e B');
				const ana = await store.createLearner({ pseudonym: 'Ana', classroomId: classroom.id });
				const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: classroom.id });
				const anaToken = await store.createSession(ana.learner.id);
				await store.close();

				const file = learnerFile(ana.learner.id);
				const good = readFileSync(file, 'utf8');
				const bad = content === 'WRONG_FIELD' ? good.replace('"learner"', '"learnr"') : content;
				writeFileSync(file, bad);
				store = await open();
				expect(logs.join('\n')).toContain(file);

				const calls: [string, () => Promise<unknown>][] = [
					['getLearner', () => store.getLearner(ana.learner.id)],
					['getProgress', () => store.getProgress(ana.learner.id)],
					['exportLearner', () => store.exportLearner(ana.learner.id)],
					['findSessionLearner', () => store.findSessionLearner(anaToken)],
					['findLearnerByRecoveryCode', () => store.findLearnerByRecoveryCode(ana.recoveryCode)],
					[
						'recordEvent',
						() =>
							store.recordEvent(
								ana.learner.id,
								event('x', 'lesson-a', 1, { type: 'lesson-opened' })
							)
					],
					['recordAnswer', () => store.recordAnswer(ana.learner.id, answer('x', 'lesson-a', 1))],
					[
						'updatePreferences',
						() => store.updatePreferences(ana.learner.id, { uiLanguage: 'en' })
					],
					['createSession', () => store.createSession(ana.learner.id)],
					['resetRecoveryCode', () => store.resetRecoveryCode(ana.learner.id)]
				];
				for (const [name, call] of calls) {
					const error = await call().then(
						() => null,
						(e: unknown) => e
					);
					expect(error, name).toBeInstanceOf(DamagedFileError);
					expect((error as DamagedFileError).file, name).toBe(file);
					expect((error as DamagedFileError).message, name).toMatch(/nothing was overwritten/);
				}
				expect(readFileSync(file, 'utf8')).toBe(bad);
				// The pseudonym stays taken: the file may be restored.
				await expect(
					store.createLearner({ pseudonym: 'ana', classroomId: classroom.id })
				).rejects.toThrow(/already used/);

				// Other learners carry on, and the class view shows them.
				expect(
					await store.recordEvent(
						ben.learner.id,
						event('b', 'lesson-a', 1, { type: 'lesson-opened' })
					)
				).toBe(true);
				expect((await store.listClassProgress(classroom.id)).map((p) => p.learner.id)).toEqual([
					ben.learner.id
				]);

				// Restored from a backup: works again without a restart.
				writeFileSync(file, good);
				expect(await store.findSessionLearner(anaToken)).toEqual(ana.learner);
			});
		}

		it('is listed for its class, can be downloaded as it is, and deleted', async () => {
			let store = await open();
			const classroom = await store.createClassroom('4e B');
			const ana = await store.createLearner({ pseudonym: 'Anaïs', classroomId: classroom.id });
			const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: classroom.id });
			const anaToken = await store.createSession(ana.learner.id);
			await store.close();
			const file = learnerFile(ana.learner.id);
			const bad = readFileSync(file, 'utf8').slice(0, 40);
			writeFileSync(file, bad);
			store = await open();

			const damaged = await store.listDamagedLearners(classroom.id);
			expect(damaged).toEqual([
				{ learnerId: ana.learner.id, pseudonymKey: 'anais', problem: expect.any(String) }
			]);
			expect(damaged[0]!.problem).toMatch(/not valid JSON/);
			expect(await store.listDamagedLearners(crypto.randomUUID())).toEqual([]);
			expect(await store.readLearnerFileRaw(ana.learner.id)).toBe(bad);
			expect(await store.readLearnerFileRaw('../index/codes')).toBeNull();

			await store.deleteLearner(ana.learner.id);
			expect(existsSync(file)).toBe(false);
			expect(await store.listDamagedLearners(classroom.id)).toEqual([]);
			expect(await store.findLearnerByRecoveryCode(ana.recoveryCode)).toBeNull();
			expect(await store.findSessionLearner(anaToken)).toBeNull();
			const everything = ['classrooms', 'recovery', 'sessions']
				.flatMap((sub) => readdirSync(join(dir, sub)).map((name) => join(dir, sub, name)))
				.map((name) => readFileSync(name, 'utf8'))
				.join('\n');
			expect(everything).not.toContain(ana.learner.id);
			expect(everything).toContain(ben.learner.id);
			// The pseudonym is free again: the pupil can join anew.
			await expect(
				store.createLearner({ pseudonym: 'Anaïs', classroomId: classroom.id })
			).resolves.toBeTruthy();
		});

		it('of version 1, with its log of events, is read and then written as version 2', async () => {
			let store = await open();
			const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
			const token = await store.createSession(learner.id);
			await store.close();
			const file = learnerFile(learner.id);
			const current = readJson(file) as Record<string, unknown>;
			const events = [
				event('old-1', 'lesson-a', 1, { type: 'lesson-opened' }),
				event('old-2', 'lesson-a', 2, { type: 'position', paragraph: 5 }),
				event('old-3', 'lesson-a', 3, { type: 'term-looked-up', termId: 'x', how: 'hover' })
			];
			const { reading: _r, recentEventKeys: _k, ...rest } = current;
			writeFileSync(file, JSON.stringify({ ...rest, version: 1, events }));

			store = await open();
			expect(await store.findSessionLearner(token)).toEqual(learner);
			expect((await store.getProgress(learner.id))?.lessons[0]).toMatchObject({
				lastParagraph: 5,
				termLookUps: [{ termId: 'x', count: 1 }]
			});
			// A resent old event counts once; the next write is in the new form.
			expect(await store.recordEvent(learner.id, events[2]!)).toBe(false);
			await store.updatePreferences(learner.id, { uiLanguage: 'en' });
			expect(readJson(file)).toMatchObject({
				version: 2,
				reading: [{ lessonId: 'lesson-a', furthestParagraph: 5 }],
				recentEventKeys: ['old-1', 'old-2', 'old-3']
			});
			expect(readJson(file)).not.toHaveProperty('events');
		});

		it('names the problem in plain words', async () => {
			let store = await open();
			const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
			await store.close();
			const file = learnerFile(learner.id);

			writeFileSync(file, '{"version":1,');
			store = await open();
			await expect(store.getLearner(learner.id)).rejects.toThrow(
				/not valid JSON \(.+\) — restore it from a backup or move it away; nothing was overwritten/
			);
			writeFileSync(file, 'null');
			await expect(store.getLearner(learner.id)).rejects.toThrow(/holds null/);
			writeFileSync(file, '{}');
			await expect(store.getLearner(learner.id)).rejects.toThrow(
				/expected shape \(version: expected 2; learner: expected object/
			);
		});

		it('whose content is another learner’s is refused', async () => {
			let store = await open();
			const ana = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
			const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: null });
			await store.close();
			writeFileSync(learnerFile(ana.learner.id), readFileSync(learnerFile(ben.learner.id)));
			store = await open();
			await expect(store.getLearner(ana.learner.id)).rejects.toThrow(/holds id .* name says/);
		});
	});

	describe('a damaged index, class or teacher file stops the server from starting', () => {
		const teacher = (id: string, name: string) => ({
			id,
			name,
			passwordHash: 'scrypt$x',
			createdAt: '2025-03-10T08:00:00.000Z'
		});
		const [idA, idB] = [crypto.randomUUID(), crypto.randomUUID()];
		for (const [what, file, content] of [
			['class codes index', 'index/codes.json', '{"version":1,"codes":{'],
			['class file', 'classrooms/CLASS.json', '{}'],
			['recovery shard', 'recovery/0f.json', '{"version":2,"learners":{}}'],
			['teacher accounts', 'teachers/accounts.json', '{"version":1,"teachers":{},"invites":'],
			['teacher sessions', 'teachers/sessions.json', '{}'],
			[
				'teacher accounts, two with one name',
				'teachers/accounts.json',
				JSON.stringify({
					version: 1,
					teachers: { [idA]: teacher(idA, 'Élodie'), [idB]: teacher(idB, 'ELODIE') },
					invites: {}
				})
			],
			[
				'teacher accounts, filed under another id',
				'teachers/accounts.json',
				JSON.stringify({ version: 1, teachers: { [idA]: teacher(idB, 'Ana') }, invites: {} })
			]
		] as const) {
			it(`(${what})`, async () => {
				const store = await open();
				const classroom = await store.createClassroom('4e B');
				await store.close();
				const path = join(dir, file.replace('CLASS', classroom.id));
				writeFileSync(path, content);

				const error = await openLowdbStore(dir, { log: () => undefined }).catch((e: unknown) => e);
				expect(error).toBeInstanceOf(DamagedFileError);
				expect((error as DamagedFileError).file).toBe(path);
				expect((error as DamagedFileError).message).toContain(path);
				expect(readFileSync(path, 'utf8')).toBe(content);
				// It let go of the lock: once the file is moved away, the server starts.
				rmSync(path);
				await expect(open()).resolves.toBeTruthy();
			});
		}
	});

	it('a damaged sessions file does not stop the server: its sessions are dropped, and logged', async () => {
		let store = await open();
		const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
		const token = await store.createSession(learner.id);
		await store.close();
		const shard = join(dir, 'sessions', `${hashSecret(token).slice(0, 2)}.json`);
		writeFileSync(shard, '{"version":1,"sessions":{');

		store = await open();
		expect(logs.join('\n')).toMatch(/Damaged sessions file.*dropped.*recovery code/);
		expect(await store.findSessionLearner(token)).toBeNull();
		// The damaged file is kept aside, not overwritten; signing in again works.
		const aside = readdirSync(join(dir, 'sessions')).filter((f) => f.includes('.damaged-'));
		expect(aside).toHaveLength(1);
		expect(readFileSync(join(dir, 'sessions', aside[0]!), 'utf8')).toBe(
			'{"version":1,"sessions":{'
		);
		const again = await store.createSession(learner.id);
		expect(await store.findSessionLearner(again)).toEqual(learner);
	});

	it('records all of 200 events sent at once, on disk', async () => {
		const store = await open();
		const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
		const results = await Promise.all(
			Array.from({ length: 200 }, (_, i) =>
				store.recordEvent(
					learner.id,
					event(`k${i}`, 'lesson-a', i % 60, { type: 'position', paragraph: i + 1 })
				)
			)
		);
		expect(results.filter(Boolean)).toHaveLength(200);
		const onDisk = readJson(learnerFile(learner.id)) as { recentEventKeys: string[] };
		expect(new Set(onDisk.recentEventKeys).size).toBe(200);
	});

	it('records each key once when the same events are sent again and again at once', async () => {
		const store = await open();
		const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
		const results = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				store.recordAnswer(learner.id, answer(`k${i % 10}`, 'lesson-a', 1))
			)
		);
		expect(results.filter(Boolean)).toHaveLength(10);
		expect((readJson(learnerFile(learner.id)) as { answers: unknown[] }).answers).toHaveLength(10);
	});

	it('refuses a second store on the same directory while the first is open', async () => {
		const first = await open();
		await expect(openLowdbStore(dir, { log: () => undefined })).rejects.toThrow(
			`another server (pid ${process.pid}) already uses DATA_DIR ${dir}; ` +
				'stop it, or start with another DATA_DIR'
		);
		// The first one is unharmed.
		expect(await first.createClassroom('still fine')).toBeTruthy();
		await first.close();
		await expect(open()).resolves.toBeTruthy();
	});

	it('refuses to open while another running process holds the lock', async () => {
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			await new Promise((done) => other.once('spawn', done));
			const lock = JSON.stringify({ pid: other.pid, startedAt: 'now', token: 'theirs' });
			writeFileSync(join(dir, 'server.lock'), lock);
			await expect(openLowdbStore(dir, { log: () => undefined })).rejects.toThrow(
				`another server (pid ${other.pid}) already uses DATA_DIR ${dir}`
			);
			expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(lock);
		} finally {
			other.kill();
		}
	});

	it('takes over the lock of a server that no longer runs', async () => {
		const child = spawn(process.execPath, ['-e', '']);
		const pid = child.pid;
		await new Promise((done) => child.on('exit', done));
		expect(pid).toBeTypeOf('number');
		writeFileSync(join(dir, 'server.lock'), JSON.stringify({ pid, startedAt: 'then', token: 't' }));

		const store = await open();
		expect(logs.join('\n')).toMatch(new RegExp(`stale lock.*pid ${pid}`));
		expect(readJson(join(dir, 'server.lock'))).toMatchObject({ pid: process.pid });
		expect(await store.listClassrooms()).toEqual([]);
	});

	it('removes temp files left by an interrupted write, and keeps the real file', async () => {
		let store = await open();
		const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
		await store.close();
		const leftover = join(dir, 'learners', `.${learner.id}.json.123.abcd.tmp`);
		writeFileSync(leftover, '{"version":1,"learner":');
		store = await open();
		expect(existsSync(leftover)).toBe(false);
		expect(logs.join('\n')).toContain(leftover);
		expect(await store.getLearner(learner.id)).toEqual(learner);
	});

	it('waits for writes under way when closing, then refuses calls', async () => {
		const store = await open();
		const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
		const writes = Array.from({ length: 20 }, (_, i) =>
			store.recordEvent(learner.id, event(`k${i}`, 'lesson-a', i, { type: 'lesson-opened' }))
		);
		await store.close();
		expect(
			(readJson(learnerFile(learner.id)) as { recentEventKeys: unknown[] }).recentEventKeys
		).toHaveLength(20);
		expect(await Promise.all(writes)).toEqual(writes.map(() => true));
		await expect(store.getLearner(learner.id)).rejects.toThrow(/closed/);
		expect(existsSync(join(dir, 'server.lock'))).toBe(false);
	});
});
