import { randomUUID } from 'node:crypto';
import { isLang, type Lang } from '../../../i18n/languages';
import {
	RECOVERY_CODE_LENGTH,
	hashSecret,
	newRecoveryCode,
	normalizeCode,
	pseudonymKey
} from '../codes';
import { isStoreId, own } from '../schema';
import {
	DamagedFileError,
	NotFoundError,
	PseudonymTakenError,
	type DamagedLearner,
	type Learner,
	type QuizLanguage
} from '../types';
import { clone, now, type LowdbFiles } from './layout';

// Learners in the lowdb store: one file per learner, their place in a class file, their
// recovery code's entry; creating, finding, resetting and deleting them (damaged files too).

export class LowdbLearners {
	constructor(private readonly files: LowdbFiles) {}

	async create(input: {
		pseudonym: string;
		classroomId: string | null;
	}): Promise<{ learner: Learner; recoveryCode: string }> {
		const pseudonym = input.pseudonym.trim().replace(/\s+/g, ' ');
		const key = pseudonymKey(pseudonym);
		if (!key) throw new TypeError('A pseudonym cannot be empty');
		if (input.classroomId === null) {
			const { learner, recoveryCode } = await this.#createFile(pseudonym, null);
			return { learner, recoveryCode };
		}

		const classroomId = input.classroomId;
		const classDoc = await this.files.classroomDoc(classroomId);
		if (!classDoc) throw new NotFoundError('classroom', classroomId);
		// The class file's queue is held from the check to the commit: two pupils typing
		// the same pseudonym at the same moment cannot both get it.
		return classDoc.exclusive(async () => {
			if (classDoc.gone) throw new NotFoundError('classroom', classroomId);
			const holder = classDoc.low.data.members.find((m) => m.pseudonymKey === key);
			if (holder && (await this.#holdsPseudonym(holder.learnerId, classroomId))) {
				throw new PseudonymTakenError(pseudonym);
			}
			const created = await this.#createFile(pseudonym, classroomId);
			try {
				await classDoc.commit((data) => {
					// Drops an entry whose learner is gone (a deletion that failed halfway).
					data.members = data.members.filter((m) => m.pseudonymKey !== key);
					data.members.push({ pseudonymKey: key, learnerId: created.learner.id });
				});
			} catch (error) {
				// Not delete(): it would wait for this class file's queue, which we hold.
				await created.discard().catch(this.files.logFailure);
				throw error;
			}
			return { learner: created.learner, recoveryCode: created.recoveryCode };
		});
	}

	/** Whether a class member entry is real: its learner file exists (or is damaged: keep it). */
	async #holdsPseudonym(learnerId: string, classroomId: string): Promise<boolean> {
		try {
			const doc = await this.files.learnerDoc(learnerId);
			return doc !== null && doc.low.data.learner.classroomId === classroomId;
		} catch (error) {
			if (error instanceof DamagedFileError) return true;
			throw error;
		}
	}

	/** Writes a new learner file, then its recovery entry; `discard` undoes both. */
	async #createFile(
		pseudonym: string,
		classroomId: string | null
	): Promise<{ learner: Learner; recoveryCode: string; discard: () => Promise<void> }> {
		const files = this.files;
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
		const doc = await files.learners.create(files.learnerFile(learner.id), {
			version: 2,
			learner,
			recoveryHash,
			sessionHashes: [],
			answers: [],
			reading: [],
			recentEventKeys: []
		});
		const discard = async () => {
			await doc.exclusive(() => files.learners.remove(doc));
			await files.unsetRecovery(recoveryHash, learner.id);
		};
		try {
			await files.setRecovery(recoveryHash, learner.id);
		} catch (error) {
			await discard().catch(files.logFailure);
			throw error;
		}
		return { learner: clone(learner), recoveryCode, discard };
	}

	async get(id: string): Promise<Learner | null> {
		const doc = await this.files.learnerDoc(id);
		return doc ? clone(doc.low.data.learner) : null;
	}

	async findByRecoveryCode(code: string): Promise<Learner | null> {
		const normalized = normalizeCode(code, RECOVERY_CODE_LENGTH);
		if (!normalized) return null;
		const hash = hashSecret(normalized);
		const learnerId = own((await this.files.recoveryDoc(hash)).low.data.learners, hash);
		if (!learnerId) return null;
		const doc = await this.files.learnerDoc(learnerId);
		// The learner file decides: an old code whose entry outlived a reset does not count.
		return doc && doc.low.data.recoveryHash === hash ? clone(doc.low.data.learner) : null;
	}

	async resetRecoveryCode(learnerId: string): Promise<string> {
		const files = this.files;
		const doc = await files.requireLearner(learnerId);
		const code = newRecoveryCode();
		const hash = recoveryHashOf(code);
		await files.setRecovery(hash, learnerId);
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
			await files.unsetRecovery(hash, learnerId).catch(files.logFailure);
			throw error;
		}
		// If these fail the old entries stay, but lead nowhere: the learner file decides.
		await files.unsetRecovery(previous.recoveryHash, learnerId).catch(files.logFailure);
		for (const session of previous.sessionHashes) {
			await files.removeSession(session).catch(files.logFailure);
		}
		return code;
	}

	async updatePreferences(
		learnerId: string,
		preferences: { uiLanguage?: Lang; quizLanguage?: QuizLanguage }
	): Promise<Learner> {
		const { uiLanguage, quizLanguage } = preferences;
		if (uiLanguage !== undefined && !isLang(uiLanguage)) {
			throw new TypeError(`Not an interface language: ${String(uiLanguage)}`);
		}
		if (quizLanguage !== undefined && !['fr', 'en', 'both'].includes(quizLanguage)) {
			throw new TypeError(`Not a quiz language: ${String(quizLanguage)}`);
		}
		const doc = await this.files.requireLearner(learnerId);
		return doc.exclusive(async () => {
			if (doc.gone) throw new NotFoundError('learner', learnerId);
			return doc.commit((data) => {
				if (uiLanguage !== undefined) data.learner.uiLanguage = uiLanguage;
				if (quizLanguage !== undefined) data.learner.quizLanguage = quizLanguage;
				return clone(data.learner);
			});
		});
	}

	/**
	 * Order matters for a failure halfway: class membership and recovery entry first (if they
	 * fail the learner is intact and still signed in, so they can try again), then the learner
	 * file (the commit: from here nothing leads to their data), then the session entries, which
	 * lead nowhere once the file is gone, so failures there are only logged.
	 */
	async delete(learnerId: string): Promise<void> {
		const files = this.files;
		let doc;
		try {
			doc = await files.learnerDoc(learnerId);
		} catch (error) {
			if (!(error instanceof DamagedFileError)) throw error;
			return this.#deleteDamaged(learnerId);
		}
		if (!doc) return;
		const { classroomId } = doc.low.data.learner;
		if (classroomId) {
			const classDoc = await files.classroomDoc(classroomId);
			await classDoc?.exclusive(async () => {
				if (!classDoc.low.data.members.some((m) => m.learnerId === learnerId)) return;
				await classDoc.commit((data) => {
					data.members = data.members.filter((m) => m.learnerId !== learnerId);
				});
			});
		}
		await files.unsetRecovery(doc.low.data.recoveryHash, learnerId);
		const removed = await doc.exclusive(async () => {
			if (doc.gone) return null;
			const { recoveryHash, sessionHashes } = doc.low.data;
			await files.learners.remove(doc);
			return { recoveryHash, sessionHashes };
		});
		if (!removed) return;
		// A reset may have raced with the deletion and added a newer entry.
		await files.unsetRecovery(removed.recoveryHash, learnerId).catch(files.logFailure);
		for (const hash of removed.sessionHashes) {
			await files.removeSession(hash).catch(files.logFailure);
		}
	}

	/**
	 * A damaged file does not say which class, recovery code or sessions are its learner's:
	 * every class file and shard is searched for the id (rare, and classes are few). Entries go
	 * first, the file last, so a failure halfway leaves something to delete again.
	 */
	async #deleteDamaged(learnerId: string): Promise<void> {
		const files = this.files;
		for (const id of await files.classroomIds()) {
			const classDoc = await files.classroomDoc(id);
			await classDoc?.exclusive(async () => {
				if (!classDoc.low.data.members.some((m) => m.learnerId === learnerId)) return;
				await classDoc.commit((data) => {
					data.members = data.members.filter((m) => m.learnerId !== learnerId);
				});
			});
		}
		for (let shard = 0; shard < 256; shard++) {
			const prefix = shard.toString(16).padStart(2, '0');
			const recovery = await files.recoveryDoc(prefix);
			for (const [hash, id] of Object.entries(recovery.low.data.learners)) {
				if (id === learnerId) await files.unsetRecovery(hash, learnerId);
			}
			const sessions = await files.sessionDoc(prefix);
			for (const [hash, session] of Object.entries(sessions.low.data.sessions)) {
				if (session.learnerId === learnerId) await files.removeSession(hash);
			}
		}
		await files.learners.adapter(files.learnerFile(learnerId)).remove();
		files.log(`Deleted the damaged learner file of ${learnerId}.`);
	}

	async listDamaged(classroomId: string): Promise<DamagedLearner[]> {
		const classDoc = await this.files.classroomDoc(classroomId);
		if (!classDoc) return [];
		const damaged: DamagedLearner[] = [];
		for (const { learnerId, pseudonymKey } of classDoc.low.data.members) {
			try {
				await this.files.learnerDoc(learnerId);
			} catch (error) {
				if (!(error instanceof DamagedFileError)) throw error;
				damaged.push({ learnerId, pseudonymKey, problem: error.problem });
			}
		}
		return damaged;
	}

	async readFileRaw(learnerId: string): Promise<string | null> {
		if (!isStoreId(learnerId)) return null;
		try {
			return await this.files.fs.readFile(this.files.learnerFile(learnerId), 'utf8');
		} catch (error) {
			if ((error as { code?: string }).code === 'ENOENT') return null;
			throw error;
		}
	}
}

function recoveryHashOf(code: string): string {
	return hashSecret(code.replaceAll('-', ''));
}
