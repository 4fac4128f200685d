import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { hashSecret, isSessionToken, newSessionToken, pseudonymKey } from '../codes';
import { DocCollection } from './documents';
import type { FileSystemSeam } from './durable-file';
import {
	isStoreId,
	isTimestamp,
	own,
	parserFor,
	teacherAccountsSchema,
	teacherSessionsSchema,
	type TeacherAccountsFile,
	type TeacherRecord,
	type TeacherSessionsFile
} from '../schema';
import { NotFoundError, TeacherNameTakenError, type Teacher } from '../types';

// Teachers are few (a school's staff), so one file holds every account with the pending
// invitations, and one more the sessions, so that signing in never rewrites the accounts:
//   teachers/accounts.json   teacher id → name, scrypt hash; invitation hash → who, until when
//   teachers/sessions.json   session token hash → teacher id, until when
// Tokens are kept only as SHA-256 hashes. Expired entries are refused at once and dropped at
// the next write to their file. Both files are vital: a damaged one stops the store's open.

/** The teacher files' directory under the data directory. */
export const TEACHERS_SUBDIRECTORY = 'teachers';

const now = () => new Date().toISOString();

/** What a teacher record shows outside the store: never the password hash. */
const publicTeacher = ({ id, name, createdAt }: TeacherRecord): Teacher => ({
	id,
	name,
	createdAt
});

/** An expiry time in the one form compared as strings (`…sss Z`); TypeError otherwise. */
function expiryOf(expiresAt: string): string {
	if (!isTimestamp(expiresAt)) {
		throw new TypeError(`Not a UTC ISO time (…Z): ${JSON.stringify(expiresAt)}`);
	}
	return new Date(expiresAt).toISOString();
}

/** Drops the entries whose time is up (inside a commit: the file sheds them as it is written). */
function dropExpired(entries: Record<string, { expiresAt: string }>): void {
	const time = now();
	for (const [hash, entry] of Object.entries(entries)) {
		if (entry.expiresAt <= time) delete entries[hash];
	}
}

/** The teacher files of one data directory; LowdbStore delegates its teacher methods here. */
export class TeacherAccounts {
	readonly accounts: DocCollection<TeacherAccountsFile, undefined>;
	readonly sessions: DocCollection<TeacherSessionsFile, undefined>;
	readonly #accountsFile: string;
	readonly #sessionsFile: string;

	constructor(dataDir: string, fs: FileSystemSeam) {
		this.#accountsFile = join(dataDir, TEACHERS_SUBDIRECTORY, 'accounts.json');
		this.#sessionsFile = join(dataDir, TEACHERS_SUBDIRECTORY, 'sessions.json');
		this.accounts = new DocCollection({
			fs,
			parse: () => parserFor(teacherAccountsSchema),
			memo: () => undefined,
			empty: () => ({ version: 1, teachers: {}, invites: {} })
		});
		this.sessions = new DocCollection({
			fs,
			parse: () => parserFor(teacherSessionsSchema),
			memo: () => undefined,
			empty: () => ({ version: 1, sessions: {} })
		});
	}

	async count(): Promise<number> {
		return Object.keys((await this.#accountsDoc()).low.data.teachers).length;
	}

	/** A new account; `first` says whether it is the first teacher (who adopts older classes). */
	async create(input: {
		name: string;
		passwordHash: string;
	}): Promise<{ teacher: Teacher; first: boolean }> {
		const name = input.name.trim().replace(/\s+/g, ' ');
		const nameKey = pseudonymKey(name);
		if (!nameKey) throw new TypeError('A teacher needs a name');
		if (typeof input.passwordHash !== 'string' || !input.passwordHash) {
			throw new TypeError('A teacher needs a password hash');
		}
		const doc = await this.#accountsDoc();
		// Held from the check to the commit: two teachers cannot both take one name.
		return doc.exclusive(async () => {
			const teachers = Object.values(doc.low.data.teachers);
			if (teachers.some((t) => pseudonymKey(t.name) === nameKey)) {
				throw new TeacherNameTakenError(name);
			}
			const record: TeacherRecord = {
				id: randomUUID(),
				name,
				passwordHash: input.passwordHash,
				createdAt: now()
			};
			await doc.commit((data) => {
				data.teachers[record.id] = record;
			});
			return { teacher: publicTeacher(record), first: teachers.length === 0 };
		});
	}

	/** Null for an unknown id and for anything that is not an id. */
	async get(id: string): Promise<Teacher | null> {
		const record = await this.#record(id);
		return record ? publicTeacher(record) : null;
	}

	/** The teacher who signed up first (oldest), or null while there is none. */
	async first(): Promise<Teacher | null> {
		const teachers = Object.values((await this.#accountsDoc()).low.data.teachers);
		const [oldest] = teachers.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		return oldest ? publicTeacher(oldest) : null;
	}

	async findByName(name: string): Promise<{ teacher: Teacher; passwordHash: string } | null> {
		const nameKey = pseudonymKey(name);
		if (!nameKey) return null;
		const teachers = Object.values((await this.#accountsDoc()).low.data.teachers);
		const record = teachers.find((t) => pseudonymKey(t.name) === nameKey);
		return record ? { teacher: publicTeacher(record), passwordHash: record.passwordHash } : null;
	}

	async createInvite(teacherId: string, expiresAt: string): Promise<string> {
		const expiry = expiryOf(expiresAt);
		const doc = await this.#accountsDoc();
		const token = newSessionToken();
		const hash = hashSecret(token);
		await doc.exclusive(async () => {
			if (!own(doc.low.data.teachers, teacherId)) throw new NotFoundError('teacher', teacherId);
			await doc.commit((data) => {
				dropExpired(data.invites);
				data.invites[hash] = { createdBy: teacherId, createdAt: now(), expiresAt: expiry };
			});
		});
		return token;
	}

	/** Whether an invitation is live, without using it up. */
	async checkInvite(token: string): Promise<boolean> {
		if (!isSessionToken(token)) return false;
		const invite = own((await this.#accountsDoc()).low.data.invites, hashSecret(token));
		return !!invite && invite.expiresAt > now();
	}

	/** True once for a live invitation: the check and the removal share one turn of the queue. */
	async consumeInvite(token: string): Promise<boolean> {
		if (!isSessionToken(token)) return false;
		const hash = hashSecret(token);
		const doc = await this.#accountsDoc();
		return doc.exclusive(async () => {
			const invite = own(doc.low.data.invites, hash);
			if (!invite) return false;
			const live = invite.expiresAt > now();
			// Removed even when expired: it can never be used, and the file need not keep it.
			await doc.commit((data) => {
				delete data.invites[hash];
				dropExpired(data.invites);
			});
			return live;
		});
	}

	async createSession(teacherId: string, expiresAt: string): Promise<string> {
		const expiry = expiryOf(expiresAt);
		if (!(await this.#record(teacherId))) throw new NotFoundError('teacher', teacherId);
		const token = newSessionToken();
		const hash = hashSecret(token);
		const doc = await this.#sessionsDoc();
		await doc.exclusive(() =>
			doc.commit((data) => {
				dropExpired(data.sessions);
				data.sessions[hash] = { teacherId, createdAt: now(), expiresAt: expiry };
			})
		);
		return token;
	}

	/** Null for an unknown, malformed or expired token, and if its teacher is gone. */
	async findSessionTeacher(token: string): Promise<Teacher | null> {
		if (!isSessionToken(token)) return null;
		const session = own((await this.#sessionsDoc()).low.data.sessions, hashSecret(token));
		if (!session || session.expiresAt <= now()) return null;
		return this.get(session.teacherId);
	}

	async deleteSession(token: string): Promise<void> {
		if (!isSessionToken(token)) return;
		const hash = hashSecret(token);
		const doc = await this.#sessionsDoc();
		await doc.exclusive(async () => {
			if (!own(doc.low.data.sessions, hash)) return;
			await doc.commit((data) => {
				delete data.sessions[hash];
				dropExpired(data.sessions);
			});
		});
	}

	async #record(id: string): Promise<TeacherRecord | null> {
		if (!isStoreId(id)) return null;
		return own((await this.#accountsDoc()).low.data.teachers, id) ?? null;
	}

	async #accountsDoc() {
		return nonNull(await this.accounts.get(this.#accountsFile));
	}

	async #sessionsDoc() {
		return nonNull(await this.sessions.get(this.#sessionsFile));
	}
}

/** Both collections have an empty form, so their get() never gives null. */
function nonNull<T>(value: T | null): T {
	if (value === null) throw new Error('A teacher file has no empty form');
	return value;
}
