import { hashSecret, isSessionToken, newSessionToken } from '../codes';
import { own } from '../schema';
import { NotFoundError, type Learner } from '../types';
import { clone, now, type LowdbFiles } from './layout';

// Pupils' sessions in the lowdb store: an entry in a sessions shard (hash of the token → whose)
// that counts only while the learner file lists the same hash.

export class LowdbSessions {
	constructor(private readonly files: LowdbFiles) {}

	async create(learnerId: string): Promise<string> {
		const files = this.files;
		const doc = await files.requireLearner(learnerId);
		const token = newSessionToken();
		const hash = hashSecret(token);
		const shard = await files.sessionDoc(hash);
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
			await files.removeSession(hash).catch(files.logFailure);
			throw error;
		}
		return token;
	}

	async findLearner(token: string): Promise<Learner | null> {
		if (!isSessionToken(token)) return null;
		const hash = hashSecret(token);
		const session = own((await this.files.sessionDoc(hash)).low.data.sessions, hash);
		if (!session) return null;
		const doc = await this.files.learnerDoc(session.learnerId);
		return doc && doc.low.data.sessionHashes.includes(hash) ? clone(doc.low.data.learner) : null;
	}

	async delete(token: string): Promise<void> {
		if (!isSessionToken(token)) return;
		const files = this.files;
		const hash = hashSecret(token);
		// Removing the index entry ends the session; the learner file's copy is tidied after.
		const learnerId = await files.removeSession(hash);
		if (!learnerId) return;
		try {
			const doc = await files.learnerDoc(learnerId);
			if (!doc) return;
			await doc.exclusive(async () => {
				if (doc.gone || !doc.low.data.sessionHashes.includes(hash)) return;
				await doc.commit((data) => {
					data.sessionHashes = data.sessionHashes.filter((h) => h !== hash);
				});
			});
		} catch (error) {
			files.logFailure(error);
		}
	}
}
