import { resolve } from 'node:path';
import type { Lang } from '../../../i18n/languages';
import {
	type AnswerRecord,
	type Classroom,
	type DamagedLearner,
	type Learner,
	type LearnerExport,
	type LearnerProgress,
	type LessonAssignment,
	type QuizLanguage,
	type ReadingEvent,
	type Store,
	type Teacher
} from '../types';
import { checkDataDir } from './check';
import { LowdbClassrooms } from './classrooms';
import { nodeFileSystem, type FileSystemSeam } from './durable-file';
import { LowdbFiles } from './layout';
import { LowdbLearners } from './learners';
import { acquireDataDirLock } from './lock';
import { LowdbProgress } from './progress';
import { LowdbSessions } from './sessions';

// The lowdb implementation of `Store`, on a data directory (./layout.ts): opens it, and hands
// each call to the part that keeps that kind of data; close() waits for calls under way.

export interface LowdbStoreOptions {
	/** File system calls (tests inject faults here); default node:fs/promises. */
	fs?: FileSystemSeam;
	/** Where problems are reported (damaged learner files, stale lock…); default console.warn. */
	log?: (message: string) => void;
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
		const files = new LowdbFiles(resolve(dataDir), options.fs ?? nodeFileSystem, log);
		const store = new LowdbStore(files, () => lock.release());
		await checkDataDir(files);
		await store.finishAdoption();
		return store;
	} catch (error) {
		await lock.release();
		throw error;
	}
}

class LowdbStore implements Store {
	readonly #release: () => Promise<void>;
	readonly #pending = new Set<Promise<unknown>>();
	#closed = false;

	readonly #files: LowdbFiles;
	readonly #classrooms: LowdbClassrooms;
	readonly #learners: LowdbLearners;
	readonly #sessions: LowdbSessions;
	readonly #progress: LowdbProgress;

	constructor(files: LowdbFiles, release: () => Promise<void>) {
		this.#files = files;
		this.#release = release;
		this.#learners = new LowdbLearners(files);
		this.#classrooms = new LowdbClassrooms(files, (id) => this.#learners.delete(id));
		this.#sessions = new LowdbSessions(files);
		this.#progress = new LowdbProgress(files, (id) => this.#classrooms.get(id));
	}

	// ---- opening and closing -----------------------------------------------------------------

	/**
	 * At open: gives the first teacher any class made before them that still has no owner
	 * (an adoption cut short by a failed write or a crash). Failures are only logged.
	 */
	async finishAdoption(): Promise<void> {
		const first = await this.#files.teachers.first();
		if (first) await this.#classrooms.adoptUnowned(first);
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

	// ---- classes (./classrooms.ts) -----------------------------------------------------------

	createClassroom(name: string, ownerId: string | null = null, key?: string): Promise<Classroom> {
		return this.#run(() => this.#classrooms.create(name, ownerId, key));
	}

	findClassroomByCode(code: string): Promise<Classroom | null> {
		return this.#run(() => this.#classrooms.findByCode(code));
	}

	getClassroom(id: string): Promise<Classroom | null> {
		return this.#run(() => this.#classrooms.get(id));
	}

	listClassrooms(ownerId?: string): Promise<Classroom[]> {
		return this.#run(() => this.#classrooms.list(ownerId));
	}

	renameClassroom(id: string, name: string): Promise<Classroom> {
		return this.#run(() => this.#classrooms.rename(id, name));
	}

	setClassroomArchived(id: string, archived: boolean): Promise<Classroom> {
		return this.#run(() => this.#classrooms.setArchived(id, archived));
	}

	deleteClassroom(id: string): Promise<void> {
		return this.#run(() => this.#classrooms.delete(id));
	}

	getAssignment(classroomId: string, lessonId: string): Promise<LessonAssignment | null> {
		return this.#run(() => this.#classrooms.getAssignment(classroomId, lessonId));
	}

	setAssignment(
		classroomId: string,
		lessonId: string,
		assignment: LessonAssignment
	): Promise<LessonAssignment> {
		return this.#run(() => this.#classrooms.setAssignment(classroomId, lessonId, assignment));
	}

	// ---- teachers (./teachers.ts) ------------------------------------------------------------

	countTeachers(): Promise<number> {
		return this.#run(() => this.#files.teachers.count());
	}

	createTeacher(input: { name: string; passwordHash: string }): Promise<Teacher> {
		return this.#run(async () => {
			const { teacher, first } = await this.#files.teachers.create(input);
			if (first) await this.#classrooms.adoptUnowned(teacher);
			return teacher;
		});
	}

	getTeacher(id: string): Promise<Teacher | null> {
		return this.#run(() => this.#files.teachers.get(id));
	}

	findTeacherByName(name: string): Promise<{ teacher: Teacher; passwordHash: string } | null> {
		return this.#run(() => this.#files.teachers.findByName(name));
	}

	createTeacherInvite(teacherId: string, expiresAt: string): Promise<string> {
		return this.#run(() => this.#files.teachers.createInvite(teacherId, expiresAt));
	}

	checkTeacherInvite(token: string): Promise<boolean> {
		return this.#run(() => this.#files.teachers.checkInvite(token));
	}

	consumeTeacherInvite(token: string): Promise<boolean> {
		return this.#run(() => this.#files.teachers.consumeInvite(token));
	}

	createTeacherSession(teacherId: string, expiresAt: string): Promise<string> {
		return this.#run(() => this.#files.teachers.createSession(teacherId, expiresAt));
	}

	findSessionTeacher(token: string): Promise<Teacher | null> {
		return this.#run(() => this.#files.teachers.findSessionTeacher(token));
	}

	deleteTeacherSession(token: string): Promise<void> {
		return this.#run(() => this.#files.teachers.deleteSession(token));
	}

	// ---- learners (./learners.ts) ------------------------------------------------------------

	createLearner(input: {
		pseudonym: string;
		classroomId: string | null;
	}): Promise<{ learner: Learner; recoveryCode: string }> {
		return this.#run(() => this.#learners.create(input));
	}

	getLearner(id: string): Promise<Learner | null> {
		return this.#run(() => this.#learners.get(id));
	}

	findLearnerByRecoveryCode(code: string): Promise<Learner | null> {
		return this.#run(() => this.#learners.findByRecoveryCode(code));
	}

	resetRecoveryCode(learnerId: string): Promise<string> {
		return this.#run(() => this.#learners.resetRecoveryCode(learnerId));
	}

	updatePreferences(
		learnerId: string,
		preferences: { uiLanguage?: Lang; quizLanguage?: QuizLanguage }
	): Promise<Learner> {
		return this.#run(() => this.#learners.updatePreferences(learnerId, preferences));
	}

	deleteLearner(learnerId: string): Promise<void> {
		return this.#run(() => this.#learners.delete(learnerId));
	}

	listDamagedLearners(classroomId: string): Promise<DamagedLearner[]> {
		return this.#run(() => this.#learners.listDamaged(classroomId));
	}

	readLearnerFileRaw(learnerId: string): Promise<string | null> {
		return this.#run(() => this.#learners.readFileRaw(learnerId));
	}

	// ---- sessions (./sessions.ts) ------------------------------------------------------------

	createSession(learnerId: string): Promise<string> {
		return this.#run(() => this.#sessions.create(learnerId));
	}

	findSessionLearner(token: string): Promise<Learner | null> {
		return this.#run(() => this.#sessions.findLearner(token));
	}

	deleteSession(token: string): Promise<void> {
		return this.#run(() => this.#sessions.delete(token));
	}

	// ---- progress (./progress.ts) ------------------------------------------------------------

	recordEvent(learnerId: string, event: ReadingEvent): Promise<boolean> {
		return this.#run(async () => (await this.#progress.recordEvents(learnerId, [event])) === 1);
	}

	recordEvents(learnerId: string, events: ReadingEvent[]): Promise<number> {
		return this.#run(() => this.#progress.recordEvents(learnerId, events));
	}

	recordAnswer(learnerId: string, answer: AnswerRecord): Promise<boolean> {
		return this.#run(() => this.#progress.recordAnswer(learnerId, answer));
	}

	getProgress(learnerId: string): Promise<LearnerProgress | null> {
		return this.#run(() => this.#progress.get(learnerId));
	}

	listClassProgress(classroomId: string): Promise<LearnerProgress[]> {
		return this.#run(() => this.#progress.listClass(classroomId));
	}

	exportLearner(learnerId: string): Promise<LearnerExport | null> {
		return this.#run(() => this.#progress.exportLearner(learnerId));
	}
}
