import { basename, join } from 'node:path';
import { DocCollection } from './documents';
import type { FileSystemSeam } from './durable-file';
import { parseLearnerFile } from '../reading';
import {
	classroomFileSchema,
	codesIndexSchema,
	isStoreId,
	own,
	parserFor,
	recoveryShardSchema,
	sessionShardSchema,
	type ClassroomFile,
	type CodesIndex,
	type LearnerFile,
	type RecoveryShard,
	type SessionShard
} from '../schema';
import { TEACHERS_SUBDIRECTORY, TeacherAccounts } from './teachers';
import { NotFoundError } from '../types';

// The data directory's layout: which file holds what, and the index entries that lead to a
// learner. Sharded so that the cost of a save does not grow with the number of learners
// (lowdb rewrites a whole file on each write):
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

export const SUBDIRECTORIES = [
	'index',
	'classrooms',
	'learners',
	'recovery',
	'sessions',
	TEACHERS_SUBDIRECTORY
] as const;

/** What the store keeps in memory per learner file, so a resent answer is refused at once. */
export interface LearnerMemo {
	answerKeys: Set<string>;
}

export const now = () => new Date().toISOString();
export const clone = <T>(value: T): T => structuredClone(value);
export const messageOf = (error: unknown) =>
	error instanceof Error ? error.message : String(error);

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

/** The files of one data directory, each kind in its collection, and the index entries. */
export class LowdbFiles {
	readonly learners: DocCollection<LearnerFile, LearnerMemo>;
	readonly classrooms: DocCollection<ClassroomFile, undefined>;
	readonly codes: DocCollection<CodesIndex, undefined>;
	readonly recovery: DocCollection<RecoveryShard, undefined>;
	readonly sessions: DocCollection<SessionShard, undefined>;
	readonly teachers: TeacherAccounts;

	constructor(
		readonly dir: string,
		readonly fs: FileSystemSeam,
		readonly log: (message: string) => void
	) {
		const noMemo = () => undefined;
		this.learners = new DocCollection({
			fs,
			parse: parseNamed(parseLearnerFile, (data) => data.learner.id),
			memo: (data) => ({
				answerKeys: new Set(data.answers.map((answer) => answer.key))
			})
		});
		this.classrooms = new DocCollection({
			fs,
			parse: parseNamed(parserFor(classroomFileSchema), (data) => data.classroom.id),
			memo: noMemo
		});
		this.codes = new DocCollection({
			fs,
			parse: () => parserFor(codesIndexSchema),
			memo: noMemo,
			empty: () => ({ version: 1, codes: {} })
		});
		this.recovery = new DocCollection({
			fs,
			parse: () => parserFor(recoveryShardSchema),
			memo: noMemo,
			empty: () => ({ version: 1, learners: {} })
		});
		this.sessions = new DocCollection({
			fs,
			parse: () => parserFor(sessionShardSchema),
			memo: noMemo,
			empty: () => ({ version: 1, sessions: {} })
		});
		this.teachers = new TeacherAccounts(dir, fs);
	}

	// ---- paths -------------------------------------------------------------------------------

	learnerFile = (id: string) => join(this.dir, 'learners', `${id}.json`);
	classroomFile = (id: string) => join(this.dir, 'classrooms', `${id}.json`);
	codesFile = () => join(this.dir, 'index', 'codes.json');
	recoveryFile = (hash: string) => join(this.dir, 'recovery', `${hash.slice(0, 2)}.json`);
	sessionFile = (hash: string) => join(this.dir, 'sessions', `${hash.slice(0, 2)}.json`);

	// ---- files -------------------------------------------------------------------------------

	/** Null for an unknown id, and for anything that is not an id (never a path). */
	async learnerDoc(id: string) {
		return isStoreId(id) ? this.learners.get(this.learnerFile(id)) : null;
	}

	async requireLearner(id: string) {
		const doc = await this.learnerDoc(id);
		if (!doc) throw new NotFoundError('learner', id);
		return doc;
	}

	async classroomDoc(id: string) {
		return isStoreId(id) ? this.classrooms.get(this.classroomFile(id)) : null;
	}

	async codesDoc() {
		return nonNull(await this.codes.get(this.codesFile()));
	}

	async recoveryDoc(hash: string) {
		return nonNull(await this.recovery.get(this.recoveryFile(hash)));
	}

	async sessionDoc(hash: string) {
		return nonNull(await this.sessions.get(this.sessionFile(hash)));
	}

	/** Ids of every class, from the codes index. */
	async classroomIds(): Promise<string[]> {
		return Object.values((await this.codesDoc()).low.data.codes);
	}

	// ---- index entries -----------------------------------------------------------------------

	async setRecovery(hash: string, learnerId: string): Promise<void> {
		const shard = await this.recoveryDoc(hash);
		await shard.exclusive(() =>
			shard.commit((data) => {
				data.learners[hash] = learnerId;
			})
		);
	}

	/** Removes a recovery entry if it still points to this learner (no write otherwise). */
	async unsetRecovery(hash: string, learnerId: string): Promise<void> {
		const shard = await this.recoveryDoc(hash);
		await shard.exclusive(async () => {
			if (own(shard.low.data.learners, hash) !== learnerId) return;
			await shard.commit((data) => {
				delete data.learners[hash];
			});
		});
	}

	/** Removes a session entry; returns whose it was, or null if there was none. */
	async removeSession(hash: string): Promise<string | null> {
		const shard = await this.sessionDoc(hash);
		return shard.exclusive(async () => {
			const session = own(shard.low.data.sessions, hash);
			if (!session) return null;
			await shard.commit((data) => {
				delete data.sessions[hash];
			});
			return session.learnerId;
		});
	}

	logFailure = (error: unknown) =>
		this.log(`Could not tidy up after a failure: ${messageOf(error)}`);
}

/** Index collections have an empty form, so their get() never gives null. */
function nonNull<T>(value: T | null): T {
	if (value === null) throw new Error('An index file has no empty form');
	return value;
}
