import { deriveProgress } from '../progress';
import { foldEvent, rememberKey } from '../reading';
import { answerRecordSchema, describeIssues, readingEventSchema } from '../schema';
import {
	DamagedFileError,
	NotFoundError,
	type AnswerRecord,
	type Classroom,
	type LearnerExport,
	type LearnerProgress,
	type ReadingEvent
} from '../types';
import { clone, now, type LowdbFiles } from './layout';

// What learners do, in the lowdb store: reading events folded into the learner file, answers
// appended to it, and the progress and exports read back from it.

export class LowdbProgress {
	constructor(
		private readonly files: LowdbFiles,
		/** A class by id (./classrooms.ts), for the export's class name and code. */
		private readonly getClassroom: (id: string) => Promise<Classroom | null>
	) {}

	/** Folds a batch into the learner's reading summary: one write, whatever its length. */
	async recordEvents(learnerId: string, events: ReadingEvent[]): Promise<number> {
		const valid: ReadingEvent[] = [];
		for (const event of events) {
			const parsed = readingEventSchema.safeParse(event);
			if (!parsed.success) {
				throw new TypeError(`Not a valid reading event: ${describeIssues(parsed.error)}`);
			}
			valid.push(parsed.data);
		}
		const doc = await this.files.requireLearner(learnerId);
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

	async recordAnswer(learnerId: string, answer: AnswerRecord): Promise<boolean> {
		const parsed = answerRecordSchema.safeParse(answer);
		if (!parsed.success) {
			throw new TypeError(`Not a valid answer record: ${describeIssues(parsed.error)}`);
		}
		const doc = await this.files.requireLearner(learnerId);
		return doc.exclusive(async () => {
			if (doc.gone) throw new NotFoundError('learner', learnerId);
			if (doc.memo.answerKeys.has(parsed.data.key)) return false;
			await doc.commit((data) => {
				data.answers.push(parsed.data);
			});
			doc.memo.answerKeys.add(parsed.data.key);
			return true;
		});
	}

	async get(learnerId: string): Promise<LearnerProgress | null> {
		const doc = await this.files.learnerDoc(learnerId);
		return doc ? clone(deriveProgress(doc.low.data)) : null;
	}

	async listClass(classroomId: string): Promise<LearnerProgress[]> {
		const files = this.files;
		const classDoc = await files.classroomDoc(classroomId);
		if (!classDoc) return [];
		const all = await Promise.all(
			classDoc.low.data.members.map(async ({ learnerId }) => {
				try {
					const doc = await files.learnerDoc(learnerId);
					// Only learners whose own file says they are in this class.
					if (!doc || doc.low.data.learner.classroomId !== classroomId) return null;
					return clone(deriveProgress(doc.low.data));
				} catch (error) {
					// One damaged learner file must not hide the whole class from the teacher.
					if (!(error instanceof DamagedFileError)) throw error;
					files.log(`Left out of the class progress: ${error.message}`);
					return null;
				}
			})
		);
		return all
			.filter((progress) => progress !== null)
			.sort((a, b) =>
				a.learner.pseudonym.localeCompare(b.learner.pseudonym, 'fr', { sensitivity: 'base' })
			);
	}

	async exportLearner(learnerId: string): Promise<LearnerExport | null> {
		const doc = await this.files.learnerDoc(learnerId);
		if (!doc) return null;
		const { learner, reading, answers } = doc.low.data;
		const classroom = learner.classroomId ? await this.getClassroom(learner.classroomId) : null;
		// The hashes of the recovery code and sessions are left out: they are keys, not data
		// about the learner, and an export file may be shared.
		return clone({
			exportedAt: now(),
			learner,
			classroom: classroom ? { name: classroom.name, code: classroom.code } : null,
			reading,
			answers
		});
	}
}
