import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { isLang, type Lang } from '../../i18n/languages';
import {
	RECOVERY_CODE_LENGTH,
	hashSecret,
	isSessionToken,
	newClassCode,
	newRecoveryCode,
	newSessionToken,
	normalizeCode,
	pseudonymKey
} from './codes';
import { DocCollection, type StoredDoc } from './documents';
import {
	DurableFile,
	TEMP_SUFFIX,
	nodeFileSystem,
	syncDirectory,
	type FileSystemSeam
} from './durable-file';
import { assignmentIn, checkedAssignment, putAssignment } from './assignments';
import { acquireDataDirLock } from './lock';
import { deriveProgress } from './progress';
import { foldEvent, parseLearnerFile, rememberKey } from './reading';
import {
	answerRecordSchema,
	classroomFileSchema,
	codesIndexSchema,
	describeIssues,
	isStoreId,
	own,
	parserFor,
	readingEventSchema,
	recoveryShardSchema,
	sessionShardSchema,
	type ClassroomFile,
	type CodesIndex,
	type LearnerFile,
	type RecoveryShard,
	type SessionShard
} from './schema';
import { TEACHERS_SUBDIRECTORY, TeacherAccounts } from './teachers';
import {
	DamagedFileError,
	NotFoundError,
	type DamagedLearner,
	PseudonymTakenError,
	type AnswerRecord,
	type Classroom,
	type Learner,
	type LearnerExport,
	type LearnerProgress,
	type LessonAssignment,
	type LessonProgress,
	type QuizLanguage,
	type ReadingEvent,
	type Store,
	type Teacher
} from './types';

// Layout of the data directory. Sharded so that the cost of a save does not grow with the
// number of learners (lowdb rewrites a whole file on each write):
//   learners/<learnerId>.json      one learner: record, reading summary, answers, secret hashes
//   classrooms/<classroomId>.json  one class and its pseudonym → learner list
//   index/codes.json               class code → class id (classes are few)
//   recovery/<xx>.json             hash of a recovery code → learner id
//   sessions/<xx>.json             hash of a session token → learner id
//   teachers/accounts.json         teachers and their invitations; teachers/sessions.json
//                                  their sessions (./teachers.ts)
// (xx: the first two hex digits of the hash.) The learner file is the truth: an index entry
// counts only if the learner file agrees (its recoveryHash, its sessionHashes, its class), so
// a change that touches several files commits in the learner file, and an index entry left
// behind by a failure halfway leads nowhere instead of to the wrong data.

const SUBDIRECTORIES = [
	'index',
	'classrooms',
	'learners',
	'recovery',
	'sessions',
	TEACHERS_SUBDIRECTORY
] as const;

export interface LowdbStoreOptions {
	/** File system calls (tests inject faults here); default node:fs/promises. */
	fs?: FileSystemSeam;
	/** Where problems are reported (damaged learner files, stale lock…); default console.warn. */
	log?: (message: string) => void;
}

/** What the store keeps in memory per learner file, so a resent answer is refused at once. */
interface LearnerMemo {
	answerKeys: Set<string>;
}

const now = () => new Date().toISOString();
const clone = <T>(value: T): T => structuredClone(value);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A parse function that also checks that the id inside the file matches its name. */
function parseNamed<T>(parse: (value: unknown) => T, idOf: (data: T) => string) {
	return (file: string) => (value: unknown) => {
		const data = parse(value);
		const expected = basename(file, '.json');
		if (idOf(data) !== expected) {
			throw new Error(`holds id ${idOf(data)}, but its name says ${expected}`);
		}
		return data;
	};
}

/**
 * Opens the lowdb store in `dataDir` (created if missing): takes the directory's lock (a
 * second server on the same data is refused), removes temp files left by a crash, and checks
 * every file. A damaged index, class or teacher file makes it throw DamagedFileError naming
 * the file (the server must not start on half its data); a damaged learner file is only
 * logged, and only that learner's calls fail. Then finishes any adoption of older classes by
 * the first teacher that a failure cut short.
 */
export async function openLowdbStore(
	dataDir: string,
	options: LowdbStoreOptions = {}
): Promise<Store> {
	const log = options.log ?? ((message: string) => console.warn(message));
	const lock = await acquireDataDirLock(dataDir, { log });
	try {
		const store = new LowdbStore(resolve(dataDir), {
			fs: options.fs ?? nodeFileSystem,
			log,
			release: () => lock.release()
		});
		await store.check();
		await store.finishAdoption();
		return store;
	} catch (error) {
		await lock.release();
		throw error;
	}
}

interface LowdbStoreDeps {
	fs: FileSystemSeam;
	log: (message: string) => void;
	release: () => Promise<void>;
}

class LowdbStore implements Store {
	readonly #dir: string;
	readonly #fs: FileSystemSeam;
	readonly #log: (message: string) => void;
	readonly #release: () => Promise<void>;
	readonly #pending = new Set<Promise<unknown>>();
	#closed = false;

	readonly #learners: DocCollection<LearnerFile, LearnerMemo>;
	readonly #classrooms: DocCollection<ClassroomFile, undefined>;
	readonly #codes: DocCollection<CodesIndex, undefined>;
	readonly #recovery: DocCollection<RecoveryShard, undefined>;
	readonly #sessions: DocCollection<SessionShard, undefined>;
	readonly #teachers: TeacherAccounts;

	constructor(dir: string, deps: LowdbStoreDeps) {
		this.#dir = dir;
		this.#fs = deps.fs;
		this.#log = deps.log;
		this.#release = deps.release;
		const fs = deps.fs;
		const noMemo = () => undefined;
		this.#learners = new DocCollection({
			fs,
			parse: parseNamed(parseLearnerFile, (data) => data.learner.id),
			memo: (data) => ({
				answerKeys: new Set(data.answers.map((answer) => answer.key))
			})
		});
		this.#classrooms = new DocCollection({
			fs,
			parse: parseNamed(parserFor(classroomFileSchema), (data) => data.classroom.id),
			memo: noMemo
		});
		this.#codes = new DocCollection({
			fs,
			parse: () => parserFor(codesIndexSchema),
			memo: noMemo,
			empty: () => ({ version: 1, codes: {} })
		});
		this.#recovery = new DocCollection({
			fs,
			parse: () => parserFor(recoveryShardSchema),
			memo: noMemo,
			empty: () => ({ version: 1, learners: {} })
		});
		this.#sessions = new DocCollection({
			fs,
			parse: () => parserFor(sessionShardSchema),
			memo: noMemo,
			empty: () => ({ version: 1, sessions: {} })
		});
		this.#teachers = new TeacherAccounts(dir, fs);
	}

	// ---- paths -------------------------------------------------------------------------------

	#learnerFile = (id: string) => join(this.#dir, 'learners', `${id}.json`);
	#classroomFile = (id: string) => join(this.#dir, 'classrooms', `${id}.json`);
	#codesFile = () => join(this.#dir, 'index', 'codes.json');
	#recoveryFile = (hash: string) => join(this.#dir, 'recovery', `${hash.slice(0, 2)}.json`);
	#sessionFile = (hash: string) => join(this.#dir, 'sessions', `${hash.slice(0, 2)}.json`);

	// ---- opening and closing -----------------------------------------------------------------

	/** At open: makes the directories, removes unfinished writes, checks every file. */
	async check(): Promise<void> {
		for (const sub of SUBDIRECTORIES) {
			await this.#fs.mkdir(join(this.#dir, sub), { recursive: true });
		}
		await syncDirectory(this.#fs, this.#dir);
		const damagedIndexes: DamagedFileError[] = [];
		const kinds = [
			{ sub: 'index', names: /^codes\.json$/, files: this.#codes, vital: true },
			{ sub: 'classrooms', names: /^[0-9a-f-]{36}\.json$/, files: this.#classrooms, vital: true },
			{ sub: 'recovery', names: /^[0-9a-f]{2}\.json$/, files: this.#recovery, vital: true },
			// Sessions can be dropped: their pupils sign in again with their recovery code.
			{ sub: 'sessions', names: /^[0-9a-f]{2}\.json$/, files: this.#sessions, vital: 'drop' },
			{
				sub: TEACHERS_SUBDIRECTORY,
				names: /^accounts\.json$/,
				files: this.#teachers.accounts,
				vital: true
			},
			{
				sub: TEACHERS_SUBDIRECTORY,
				names: /^sessions\.json$/,
				files: this.#teachers.sessions,
				vital: true
			},
			{ sub: 'learners', names: /^[0-9a-f-]{36}\.json$/, files: this.#learners, vital: false }
		] as const;
		for (const { sub, names, files, vital } of kinds) {
			const dir = join(this.#dir, sub);
			const entries = (await this.#fs.readdir(dir)).sort();
			// Checked a few at a time: thousands of learner files must not exhaust file handles.
			for (let i = 0; i < entries.length; i += 32) {
				await Promise.all(
					entries.slice(i, i + 32).map(async (name) => {
						const file = join(dir, name);
						if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
							// A write interrupted by a crash: the real file was never replaced.
							await this.#fs.unlink(file).catch(() => undefined);
							this.#log(`Removed ${file}, left by a write that was interrupted.`);
							return;
						}
						if (!names.test(name)) return;
						try {
							await files.adapter(file).read();
						} catch (error) {
							if (!(error instanceof DamagedFileError)) throw error;
							if (vital === 'drop') await this.#dropSessionShard(file, error);
							else if (vital) damagedIndexes.push(error);
							else
								this.#log(`Damaged learner file, that learner cannot continue: ${error.message}`);
						}
					})
				);
			}
		}
		const [first, ...others] = damagedIndexes;
		if (first) {
			for (const other of others) this.#log(`Damaged store file: ${other.message}`);
			throw first;
		}
	}

	/**
	 * Moves a damaged sessions shard aside (kept, never overwritten) so the server can start: the
	 * sessions it held end, and their pupils sign in again with their recovery code.
	 */
	async #dropSessionShard(file: string, error: DamagedFileError): Promise<void> {
		const aside = `${file}.damaged-${Date.now()}`;
		await this.#fs.rename(file, aside);
		await syncDirectory(this.#fs, join(this.#dir, 'sessions'));
		this.#log(
			`Damaged sessions file, moved to ${aside}: ${error.problem}. The sessions it held ` +
				'are dropped; those pupils sign in again with their recovery code.'
		);
	}

	/**
	 * At open: gives the first teacher any class made before them that still has no owner
	 * (an adoption cut short by a failed write or a crash). Failures are only logged.
	 */
	async finishAdoption(): Promise<void> {
		const first = await this.#teachers.first();
		if (first) await this.#adoptUnowned(first);
	}

	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
		await this.#release();
	}

	/** Runs a public method's body; close() waits for every one under way. */
	#run<R>(body: () => Promise<R>): Promise<R> {
		if (this.#closed) return Promise.reject(new Error('The store is closed'));
		const running = body();
		this.#pending.add(running);
		void running.then(
			() => this.#pending.delete(running),
			() => this.#pending.delete(running)
		);
		return running;
	}

	// ---- classes -----------------------------------------------------------------------------

	createClassroom(name: string, ownerId: string | null = null, key?: string): Promise<Classroom> {
		return this.#run(async () => {
			const cleanName = classNameOf(name);
			if (key !== undefined && (typeof key !== 'string' || key === '' || key.length > 100)) {
				throw new TypeError('A creation key is a string of 1 to 100 characters');
			}
			if (ownerId !== null && !(await this.#teachers.get(ownerId))) {
				throw new NotFoundError('teacher', ownerId);
			}
			const codes = await this.#codesDoc();
			// Under the index's queue: a second request with the same key waits for the first.
			return codes.exclusive(async () => {
				if (key !== undefined) {
					const made = await this.#classroomMadeWith(key, ownerId);
					if (made) return made;
				}
				let code = newClassCode();
				// 30^6 codes: a clash is rare, but two classes must never share one.
				for (let tries = 0; own(codes.low.data.codes, code.replace('-', '')); tries++) {
					if (tries > 100) throw new Error('Could not find a free class code');
					code = newClassCode();
				}
				const classroom: Classroom = {
					id: randomUUID(),
					code,
					name: cleanName,
					ownerId,
					archived: false,
					createdAt: now()
				};
				const file = this.#classroomFile(classroom.id);
				const doc = await this.#classrooms.create(file, {
					version: 1,
					classroom,
					...(key === undefined ? {} : { creationKey: key }),
					members: []
				});
				try {
					await codes.commit((data) => {
						data.codes[code.replace('-', '')] = classroom.id;
					});
				} catch (error) {
					// Without its code the class cannot be found: do not leave its file behind.
					await doc.exclusive(() => this.#classrooms.remove(doc)).catch(this.#logFailure);
					throw error;
				}
				return clone(classroom);
			});
		});
	}

	findClassroomByCode(code: string): Promise<Classroom | null> {
		return this.#run(async () => {
			const normalized = normalizeCode(code);
			if (!normalized) return null;
			const id = own((await this.#codesDoc()).low.data.codes, normalized);
			return id ? this.#getClassroom(id) : null;
		});
	}

	getClassroom(id: string): Promise<Classroom | null> {
		return this.#run(() => this.#getClassroom(id));
	}

	listClassrooms(ownerId?: string): Promise<Classroom[]> {
		return this.#run(async () => {
			const ids = Object.values((await this.#codesDoc()).low.data.codes);
			const classrooms = await Promise.all(ids.map((id) => this.#getClassroom(id)));
			return classrooms
				.filter((classroom) => classroom !== null)
				.filter((classroom) => ownerId === undefined || classroom.ownerId === ownerId)
				.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		});
	}

	renameClassroom(id: string, name: string): Promise<Classroom> {
		return this.#run(async () => {
			const cleanName = classNameOf(name);
			return this.#changeClassroom(id, (classroom) => {
				classroom.name = cleanName;
			});
		});
	}

	setClassroomArchived(id: string, archived: boolean): Promise<Classroom> {
		return this.#run(async () => {
			if (typeof archived !== 'boolean') throw new TypeError('archived must be true or false');
			return this.#changeClassroom(id, (classroom) => {
				classroom.archived = archived;
			});
		});
	}

	/** The class this owner already made with this creation key, if any. */
	async #classroomMadeWith(key: string, ownerId: string | null): Promise<Classroom | null> {
		for (const id of Object.values((await this.#codesDoc()).low.data.codes)) {
			const doc = await this.#classroomDoc(id);
			const data = doc?.low.data;
			if (data?.creationKey === key && data.classroom.ownerId === ownerId) {
				return clone(data.classroom);
			}
		}
		return null;
	}

	/**
	 * Order matters for a failure halfway: the class is closed first (no one joins while it is
	 * emptied), then each learner is deleted (a failure leaves the class listed, with the learners
	 * not yet deleted, and the teacher can try again), then its code leaves the index (the commit:
	 * from here the class is gone), then its file is removed (a failure there is only logged: the
	 * file leads nowhere without its code).
	 */
	deleteClassroom(id: string): Promise<void> {
		return this.#run(async () => {
			const doc = await this.#classroomDoc(id);
			if (!doc) throw new NotFoundError('classroom', id);
			await doc.exclusive(async () => {
				if (doc.gone) throw new NotFoundError('classroom', id);
				if (doc.low.data.classroom.archived) return;
				await doc.commit((data) => {
					data.classroom.archived = true;
				});
			});
			const deleted = new Set<string>();
			// Twice: a pupil may have joined (through a form sent before the class closed) meanwhile.
			for (let pass = 0; pass < 2; pass++) {
				for (const { learnerId } of doc.low.data.members) {
					if (deleted.has(learnerId)) continue;
					await this.#deleteLearner(learnerId);
					deleted.add(learnerId);
				}
			}
			const codes = await this.#codesDoc();
			const code = doc.low.data.classroom.code.replace('-', '');
			await codes.exclusive(async () => {
				if (own(codes.low.data.codes, code) !== id) return;
				await codes.commit((data) => {
					delete data.codes[code];
				});
			});
			await doc
				.exclusive(async () => {
					if (!doc.gone) await this.#classrooms.remove(doc);
				})
				.catch(this.#logFailure);
		});
	}

	async #getClassroom(id: string): Promise<Classroom | null> {
		const doc = await this.#classroomDoc(id);
		return doc ? clone(doc.low.data.classroom) : null;
	}

	/** Applies `change` to a class record and saves it; NotFoundError for an unknown class. */
	async #changeClassroom(id: string, change: (classroom: Classroom) => void): Promise<Classroom> {
		const doc = await this.#classroomDoc(id);
		if (!doc) throw new NotFoundError('classroom', id);
		return doc.exclusive(async () => {
			if (doc.gone) throw new NotFoundError('classroom', id);
			return doc.commit((data) => {
				change(data.classroom);
				return clone(data.classroom);
			});
		});
	}

	/**
	 * Gives `teacher` every class made before them that has no owner. Each class is its own
	 * write: one that fails is logged and left for the next open (finishAdoption), the others
	 * are adopted all the same, and the teacher account stays.
	 */
	async #adoptUnowned(teacher: Teacher): Promise<void> {
		const ids = Object.values((await this.#codesDoc()).low.data.codes);
		for (const id of ids) {
			try {
				const doc = await this.#classroomDoc(id);
				await doc?.exclusive(async () => {
					const { ownerId, createdAt } = doc.low.data.classroom;
					if (doc.gone || ownerId !== null || createdAt > teacher.createdAt) return;
					await doc.commit((data) => {
						data.classroom.ownerId = teacher.id;
					});
				});
			} catch (error) {
				this.#log(
					`Class ${id} was not given to the first teacher (tried again at the next start): ` +
						messageOf(error)
				);
			}
		}
	}

	// ---- what a class is given of a lesson (./assignments.ts) ---------------------------------

	getAssignment(classroomId: string, lessonId: string): Promise<LessonAssignment | null> {
		return this.#run(async () => {
			const doc = await this.#classroomDoc(classroomId);
			return doc ? assignmentIn(doc.low.data, lessonId) : null;
		});
	}

	setAssignment(
		classroomId: string,
		lessonId: string,
		assignment: LessonAssignment
	): Promise<LessonAssignment> {
		return this.#run(async () => {
			const checked = checkedAssignment(lessonId, assignment);
			const doc = await this.#classroomDoc(classroomId);
			if (!doc) throw new NotFoundError('classroom', classroomId);
			return doc.exclusive(async () => {
				if (doc.gone) throw new NotFoundError('classroom', classroomId);
				await doc.commit((data) => putAssignment(data, lessonId, checked, now()));
				return clone(checked);
			});
		});
	}

	// ---- teachers ----------------------------------------------------------------------------

	countTeachers(): Promise<number> {
		return this.#run(() => this.#teachers.count());
	}

	createTeacher(input: { name: string; passwordHash: string }): Promise<Teacher> {
		return this.#run(async () => {
			const { teacher, first } = await this.#teachers.create(input);
			if (first) await this.#adoptUnowned(teacher);
			return teacher;
		});
	}

	getTeacher(id: string): Promise<Teacher | null> {
		return this.#run(() => this.#teachers.get(id));
	}

	findTeacherByName(name: string): Promise<{ teacher: Teacher; passwordHash: string } | null> {
		return this.#run(() => this.#teachers.findByName(name));
	}

	createTeacherInvite(teacherId: string, expiresAt: string): Promise<string> {
		return this.#run(() => this.#teachers.createInvite(teacherId, expiresAt));
	}

	checkTeacherInvite(token: string): Promise<boolean> {
		return this.#run(() => this.#teachers.checkInvite(token));
	}

	consumeTeacherInvite(token: string): Promise<boolean> {
		return this.#run(() => this.#teachers.consumeInvite(token));
	}

	createTeacherSession(teacherId: string, expiresAt: string): Promise<string> {
		return this.#run(() => this.#teachers.createSession(teacherId, expiresAt));
	}

	findSessionTeacher(token: string): Promise<Teacher | null> {
		return this.#run(() => this.#teachers.findSessionTeacher(token));
	}

	deleteTeacherSession(token: string): Promise<void> {
		return this.#run(() => this.#teachers.deleteSession(token));
	}

	// ---- learners ----------------------------------------------------------------------------

	createLearner(input: {
		pseudonym: string;
		classroomId: string | null;
	}): Promise<{ learner: Learner; recoveryCode: string }> {
		return this.#run(async () => {
			const pseudonym = input.pseudonym.trim().replace(/\s+/g, ' ');
			const key = pseudonymKey(pseudonym);
			if (!key) throw new TypeError('A pseudonym cannot be empty');
			if (input.classroomId === null) {
				const { learner, recoveryCode } = await this.#createLearnerFile(pseudonym, null);
				return { learner, recoveryCode };
			}

			const classroomId = input.classroomId;
			const classDoc = await this.#classroomDoc(classroomId);
			if (!classDoc) throw new NotFoundError('classroom', classroomId);
			// The class file's queue is held from the check to the commit: two pupils typing
			// the same pseudonym at the same moment cannot both get it.
			return classDoc.exclusive(async () => {
				if (classDoc.gone) throw new NotFoundError('classroom', classroomId);
				const holder = classDoc.low.data.members.find((m) => m.pseudonymKey === key);
				if (holder && (await this.#holdsPseudonym(holder.learnerId, classroomId))) {
					throw new PseudonymTakenError(pseudonym);
				}
				const created = await this.#createLearnerFile(pseudonym, classroomId);
				try {
					await classDoc.commit((data) => {
						// Drops an entry whose learner is gone (a deletion that failed halfway).
						data.members = data.members.filter((m) => m.pseudonymKey !== key);
						data.members.push({ pseudonymKey: key, learnerId: created.learner.id });
					});
				} catch (error) {
					// Not #deleteLearner: it would wait for this class file's queue, which we hold.
					await created.discard().catch(this.#logFailure);
					throw error;
				}
				return { learner: created.learner, recoveryCode: created.recoveryCode };
			});
		});
	}

	/** Whether a class member entry is real: its learner file exists (or is damaged: keep it). */
	async #holdsPseudonym(learnerId: string, classroomId: string): Promise<boolean> {
		try {
			const doc = await this.#learnerDoc(learnerId);
			return doc !== null && doc.low.data.learner.classroomId === classroomId;
		} catch (error) {
			if (error instanceof DamagedFileError) return true;
			throw error;
		}
	}

	/** Writes a new learner file, then its recovery entry; `discard` undoes both. */
	async #createLearnerFile(
		pseudonym: string,
		classroomId: string | null
	): Promise<{ learner: Learner; recoveryCode: string; discard: () => Promise<void> }> {
		const learner: Learner = {
			id: randomUUID(),
			pseudonym,
			classroomId,
			createdAt: now(),
			uiLanguage: null,
			quizLanguage: null
		};
		const recoveryCode = newRecoveryCode();
		const recoveryHash = recoveryHashOf(recoveryCode);
		const doc = await this.#learners.create(this.#learnerFile(learner.id), {
			version: 2,
			learner,
			recoveryHash,
			sessionHashes: [],
			answers: [],
			reading: [],
			recentEventKeys: []
		});
		const discard = async () => {
			await doc.exclusive(() => this.#learners.remove(doc));
			await this.#unsetRecovery(recoveryHash, learner.id);
		};
		try {
			await this.#setRecovery(recoveryHash, learner.id);
		} catch (error) {
			await discard().catch(this.#logFailure);
			throw error;
		}
		return { learner: clone(learner), recoveryCode, discard };
	}

	getLearner(id: string): Promise<Learner | null> {
		return this.#run(async () => {
			const doc = await this.#learnerDoc(id);
			return doc ? clone(doc.low.data.learner) : null;
		});
	}

	findLearnerByRecoveryCode(code: string): Promise<Learner | null> {
		return this.#run(async () => {
			const normalized = normalizeCode(code, RECOVERY_CODE_LENGTH);
			if (!normalized) return null;
			const hash = hashSecret(normalized);
			const learnerId = own((await this.#recoveryDoc(hash)).low.data.learners, hash);
			if (!learnerId) return null;
			const doc = await this.#learnerDoc(learnerId);
			// The learner file decides: an old code whose entry outlived a reset does not count.
			return doc && doc.low.data.recoveryHash === hash ? clone(doc.low.data.learner) : null;
		});
	}

	resetRecoveryCode(learnerId: string): Promise<string> {
		return this.#run(async () => {
			const doc = await this.#requireLearner(learnerId);
			const code = newRecoveryCode();
			const hash = recoveryHashOf(code);
			await this.#setRecovery(hash, learnerId);
			let previous: { recoveryHash: string; sessionHashes: string[] };
			try {
				previous = await doc.exclusive(async () => {
					if (doc.gone) throw new NotFoundError('learner', learnerId);
					const { recoveryHash, sessionHashes } = doc.low.data;
					// The sessions end in the same write: one opened with the old code (a lost or
					// shared code is why codes get reset) must not outlive it.
					await doc.commit((data) => {
						data.recoveryHash = hash;
						data.sessionHashes = [];
					});
					return { recoveryHash, sessionHashes };
				});
			} catch (error) {
				await this.#unsetRecovery(hash, learnerId).catch(this.#logFailure);
				throw error;
			}
			// If these fail the old entries stay, but lead nowhere: the learner file decides.
			await this.#unsetRecovery(previous.recoveryHash, learnerId).catch(this.#logFailure);
			for (const session of previous.sessionHashes) {
				await this.#removeSession(session).catch(this.#logFailure);
			}
			return code;
		});
	}

	updatePreferences(
		learnerId: string,
		preferences: { uiLanguage?: Lang; quizLanguage?: QuizLanguage }
	): Promise<Learner> {
		return this.#run(async () => {
			const { uiLanguage, quizLanguage } = preferences;
			if (uiLanguage !== undefined && !isLang(uiLanguage)) {
				throw new TypeError(`Not an interface language: ${String(uiLanguage)}`);
			}
			if (quizLanguage !== undefined && !['fr', 'en', 'both'].includes(quizLanguage)) {
				throw new TypeError(`Not a quiz language: ${String(quizLanguage)}`);
			}
			const doc = await this.#requireLearner(learnerId);
			return doc.exclusive(async () => {
				if (doc.gone) throw new NotFoundError('learner', learnerId);
				return doc.commit((data) => {
					if (uiLanguage !== undefined) data.learner.uiLanguage = uiLanguage;
					if (quizLanguage !== undefined) data.learner.quizLanguage = quizLanguage;
					return clone(data.learner);
				});
			});
		});
	}

	// ---- sessions ----------------------------------------------------------------------------

	createSession(learnerId: string): Promise<string> {
		return this.#run(async () => {
			const doc = await this.#requireLearner(learnerId);
			const token = newSessionToken();
			const hash = hashSecret(token);
			const shard = await this.#sessionDoc(hash);
			await shard.exclusive(() =>
				shard.commit((data) => {
					data.sessions[hash] = { learnerId, createdAt: now() };
				})
			);
			try {
				await doc.exclusive(async () => {
					if (doc.gone) throw new NotFoundError('learner', learnerId);
					await doc.commit((data) => {
						data.sessionHashes.push(hash);
					});
				});
			} catch (error) {
				await this.#removeSession(hash).catch(this.#logFailure);
				throw error;
			}
			return token;
		});
	}

	findSessionLearner(token: string): Promise<Learner | null> {
		return this.#run(async () => {
			if (!isSessionToken(token)) return null;
			const hash = hashSecret(token);
			const session = own((await this.#sessionDoc(hash)).low.data.sessions, hash);
			if (!session) return null;
			const doc = await this.#learnerDoc(session.learnerId);
			return doc && doc.low.data.sessionHashes.includes(hash) ? clone(doc.low.data.learner) : null;
		});
	}

	deleteSession(token: string): Promise<void> {
		return this.#run(async () => {
			if (!isSessionToken(token)) return;
			const hash = hashSecret(token);
			// Removing the index entry ends the session; the learner file's copy is tidied after.
			const learnerId = await this.#removeSession(hash);
			if (!learnerId) return;
			try {
				const doc = await this.#learnerDoc(learnerId);
				if (!doc) return;
				await doc.exclusive(async () => {
					if (doc.gone || !doc.low.data.sessionHashes.includes(hash)) return;
					await doc.commit((data) => {
						data.sessionHashes = data.sessionHashes.filter((h) => h !== hash);
					});
				});
			} catch (error) {
				this.#logFailure(error);
			}
		});
	}

	// ---- progress ----------------------------------------------------------------------------

	recordEvent(learnerId: string, event: ReadingEvent): Promise<boolean> {
		return this.#run(async () => (await this.#recordEvents(learnerId, [event])) === 1);
	}

	recordEvents(learnerId: string, events: ReadingEvent[]): Promise<number> {
		return this.#run(() => this.#recordEvents(learnerId, events));
	}

	/** Folds a batch into the learner's reading summary: one write, whatever its length. */
	async #recordEvents(learnerId: string, events: ReadingEvent[]): Promise<number> {
		const valid: ReadingEvent[] = [];
		for (const event of events) {
			const parsed = readingEventSchema.safeParse(event);
			if (!parsed.success) {
				throw new TypeError(`Not a valid reading event: ${describeIssues(parsed.error)}`);
			}
			valid.push(parsed.data);
		}
		const doc = await this.#requireLearner(learnerId);
		return doc.exclusive(async () => {
			if (doc.gone) throw new NotFoundError('learner', learnerId);
			const seen = new Set(doc.low.data.recentEventKeys);
			const fresh = valid.filter((event) => !seen.has(event.key) && seen.add(event.key));
			if (fresh.length === 0) return 0;
			await doc.commit((data) => {
				for (const event of fresh) {
					foldEvent(data.reading, event);
					rememberKey(data.recentEventKeys, event.key);
				}
			});
			return fresh.length;
		});
	}

	recordAnswer(learnerId: string, answer: AnswerRecord): Promise<boolean> {
		return this.#run(async () => {
			const parsed = answerRecordSchema.safeParse(answer);
			if (!parsed.success) {
				throw new TypeError(`Not a valid answer record: ${describeIssues(parsed.error)}`);
			}
			const doc = await this.#requireLearner(learnerId);
			return doc.exclusive(async () => {
				if (doc.gone) throw new NotFoundError('learner', learnerId);
				if (doc.memo.answerKeys.has(parsed.data.key)) return false;
				await doc.commit((data) => {
					data.answers.push(parsed.data);
				});
				doc.memo.answerKeys.add(parsed.data.key);
				return true;
			});
		});
	}

	getProgress(learnerId: string): Promise<LearnerProgress | null> {
		return this.#run(async () => {
			const doc = await this.#learnerDoc(learnerId);
			return doc ? clone(deriveProgress(doc.low.data)) : null;
		});
	}

	listClassProgress(classroomId: string): Promise<LearnerProgress[]> {
		return this.#run(async () => {
			const classDoc = await this.#classroomDoc(classroomId);
			if (!classDoc) return [];
			const all = await Promise.all(
				classDoc.low.data.members.map(async ({ learnerId }) => {
					try {
						const doc = await this.#learnerDoc(learnerId);
						// Only learners whose own file says they are in this class.
						if (!doc || doc.low.data.learner.classroomId !== classroomId) return null;
						return clone(deriveProgress(doc.low.data));
					} catch (error) {
						// One damaged learner file must not hide the whole class from the teacher.
						if (!(error instanceof DamagedFileError)) throw error;
						this.#log(`Left out of the class progress: ${error.message}`);
						return null;
					}
				})
			);
			return all
				.filter((progress) => progress !== null)
				.sort((a, b) =>
					a.learner.pseudonym.localeCompare(b.learner.pseudonym, 'fr', { sensitivity: 'base' })
				);
		});
	}

	exportLearner(learnerId: string): Promise<LearnerExport | null> {
		return this.#run(async () => {
			const doc = await this.#learnerDoc(learnerId);
			if (!doc) return null;
			const { learner, reading, answers } = doc.low.data;
			const classroom = learner.classroomId ? await this.#getClassroom(learner.classroomId) : null;
			// The hashes of the recovery code and sessions are left out: they are keys, not data
			// about the learner, and an export file may be shared.
			return clone({
				exportedAt: now(),
				learner,
				classroom: classroom ? { name: classroom.name, code: classroom.code } : null,
				reading,
				answers
			});
		});
	}

	deleteLearner(learnerId: string): Promise<void> {
		return this.#run(() => this.#deleteLearner(learnerId));
	}

	/**
	 * Order matters for a failure halfway: class membership and recovery entry first (if they
	 * fail the learner is intact and still signed in, so they can try again), then the learner
	 * file (the commit: from here nothing leads to their data), then the session entries, which
	 * lead nowhere once the file is gone, so failures there are only logged.
	 */
	async #deleteLearner(learnerId: string): Promise<void> {
		let doc;
		try {
			doc = await this.#learnerDoc(learnerId);
		} catch (error) {
			if (!(error instanceof DamagedFileError)) throw error;
			return this.#deleteDamagedLearner(learnerId);
		}
		if (!doc) return;
		const { classroomId } = doc.low.data.learner;
		if (classroomId) {
			const classDoc = await this.#classroomDoc(classroomId);
			await classDoc?.exclusive(async () => {
				if (!classDoc.low.data.members.some((m) => m.learnerId === learnerId)) return;
				await classDoc.commit((data) => {
					data.members = data.members.filter((m) => m.learnerId !== learnerId);
				});
			});
		}
		await this.#unsetRecovery(doc.low.data.recoveryHash, learnerId);
		const removed = await doc.exclusive(async () => {
			if (doc.gone) return null;
			const { recoveryHash, sessionHashes } = doc.low.data;
			await this.#learners.remove(doc);
			return { recoveryHash, sessionHashes };
		});
		if (!removed) return;
		// A reset may have raced with the deletion and added a newer entry.
		await this.#unsetRecovery(removed.recoveryHash, learnerId).catch(this.#logFailure);
		for (const hash of removed.sessionHashes) {
			await this.#removeSession(hash).catch(this.#logFailure);
		}
	}

	/**
	 * A damaged file does not say which class, recovery code or sessions are its learner's:
	 * every class file and shard is searched for the id (rare, and classes are few). Entries go
	 * first, the file last, so a failure halfway leaves something to delete again.
	 */
	async #deleteDamagedLearner(learnerId: string): Promise<void> {
		for (const id of Object.values((await this.#codesDoc()).low.data.codes)) {
			const classDoc = await this.#classroomDoc(id);
			await classDoc?.exclusive(async () => {
				if (!classDoc.low.data.members.some((m) => m.learnerId === learnerId)) return;
				await classDoc.commit((data) => {
					data.members = data.members.filter((m) => m.learnerId !== learnerId);
				});
			});
		}
		for (let shard = 0; shard < 256; shard++) {
			const prefix = shard.toString(16).padStart(2, '0');
			const recovery = await this.#recoveryDoc(prefix);
			for (const [hash, id] of Object.entries(recovery.low.data.learners)) {
				if (id === learnerId) await this.#unsetRecovery(hash, learnerId);
			}
			const sessions = await this.#sessionDoc(prefix);
			for (const [hash, session] of Object.entries(sessions.low.data.sessions)) {
				if (session.learnerId === learnerId) await this.#removeSession(hash);
			}
		}
		await this.#learners.adapter(this.#learnerFile(learnerId)).remove();
		this.#log(`Deleted the damaged learner file of ${learnerId}.`);
	}

	listDamagedLearners(classroomId: string): Promise<DamagedLearner[]> {
		return this.#run(async () => {
			const classDoc = await this.#classroomDoc(classroomId);
			if (!classDoc) return [];
			const damaged: DamagedLearner[] = [];
			for (const { learnerId, pseudonymKey } of classDoc.low.data.members) {
				try {
					await this.#learnerDoc(learnerId);
				} catch (error) {
					if (!(error instanceof DamagedFileError)) throw error;
					damaged.push({ learnerId, pseudonymKey, problem: error.problem });
				}
			}
			return damaged;
		});
	}

	readLearnerFileRaw(learnerId: string): Promise<string | null> {
		return this.#run(async () => {
			if (!isStoreId(learnerId)) return null;
			try {
				return await this.#fs.readFile(this.#learnerFile(learnerId), 'utf8');
			} catch (error) {
				if ((error as { code?: string }).code === 'ENOENT') return null;
				throw error;
			}
		});
	}

	// ---- files -------------------------------------------------------------------------------

	/** Null for an unknown id, and for anything that is not an id (never a path). */
	async #learnerDoc(id: string) {
		return isStoreId(id) ? this.#learners.get(this.#learnerFile(id)) : null;
	}

	async #requireLearner(id: string) {
		const doc = await this.#learnerDoc(id);
		if (!doc) throw new NotFoundError('learner', id);
		return doc;
	}

	async #classroomDoc(id: string) {
		return isStoreId(id) ? this.#classrooms.get(this.#classroomFile(id)) : null;
	}

	async #codesDoc() {
		return nonNull(await this.#codes.get(this.#codesFile()));
	}

	async #recoveryDoc(hash: string) {
		return nonNull(await this.#recovery.get(this.#recoveryFile(hash)));
	}

	async #sessionDoc(hash: string) {
		return nonNull(await this.#sessions.get(this.#sessionFile(hash)));
	}

	async #setRecovery(hash: string, learnerId: string): Promise<void> {
		const shard = await this.#recoveryDoc(hash);
		await shard.exclusive(() =>
			shard.commit((data) => {
				data.learners[hash] = learnerId;
			})
		);
	}

	/** Removes a recovery entry if it still points to this learner (no write otherwise). */
	async #unsetRecovery(hash: string, learnerId: string): Promise<void> {
		const shard = await this.#recoveryDoc(hash);
		await shard.exclusive(async () => {
			if (own(shard.low.data.learners, hash) !== learnerId) return;
			await shard.commit((data) => {
				delete data.learners[hash];
			});
		});
	}

	/** Removes a session entry; returns whose it was, or null if there was none. */
	async #removeSession(hash: string): Promise<string | null> {
		const shard = await this.#sessionDoc(hash);
		return shard.exclusive(async () => {
			const session = own(shard.low.data.sessions, hash);
			if (!session) return null;
			await shard.commit((data) => {
				delete data.sessions[hash];
			});
			return session.learnerId;
		});
	}

	#logFailure = (error: unknown) =>
		this.#log(`Could not tidy up after a failure: ${messageOf(error)}`);
}

/** Index collections have an empty form, so their get() never gives null. */
function nonNull<T>(value: T | null): T {
	if (value === null) throw new Error('An index file has no empty form');
	return value;
}

/** A class name with spaces tidied; TypeError if nothing is left. */
function classNameOf(name: string): string {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (!clean) throw new TypeError('A class needs a name');
	return clean;
}

function recoveryHashOf(code: string): string {
	return hashSecret(code.replaceAll('-', ''));
}
