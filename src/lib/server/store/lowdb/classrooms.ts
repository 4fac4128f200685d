import { randomUUID } from 'node:crypto';
import { assignmentIn, checkedAssignment, putAssignment } from '../assignments';
import { newClassCode, normalizeCode } from '../codes';
import { own } from '../schema';
import { NotFoundError, type Classroom, type LessonAssignment, type Teacher } from '../types';
import { clone, messageOf, now, type LowdbFiles } from './layout';

// Classes in the lowdb store: one file per class (record, members, assignments) and the codes
// index that finds it; the first teacher's adoption of the classes made before them.

export class LowdbClassrooms {
	constructor(
		private readonly files: LowdbFiles,
		/** Deletes one learner with everything that leads to them (./learners.ts). */
		private readonly deleteLearner: (learnerId: string) => Promise<void>
	) {}

	async create(name: string, ownerId: string | null = null, key?: string): Promise<Classroom> {
		const files = this.files;
		const cleanName = classNameOf(name);
		if (key !== undefined && (typeof key !== 'string' || key === '' || key.length > 100)) {
			throw new TypeError('A creation key is a string of 1 to 100 characters');
		}
		if (ownerId !== null && !(await files.teachers.get(ownerId))) {
			throw new NotFoundError('teacher', ownerId);
		}
		const codes = await files.codesDoc();
		// Under the index's queue: a second request with the same key waits for the first.
		return codes.exclusive(async () => {
			if (key !== undefined) {
				const made = await this.#madeWith(key, ownerId);
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
			const file = files.classroomFile(classroom.id);
			const doc = await files.classrooms.create(file, {
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
				await doc.exclusive(() => files.classrooms.remove(doc)).catch(files.logFailure);
				throw error;
			}
			return clone(classroom);
		});
	}

	async findByCode(code: string): Promise<Classroom | null> {
		const normalized = normalizeCode(code);
		if (!normalized) return null;
		const id = own((await this.files.codesDoc()).low.data.codes, normalized);
		return id ? this.get(id) : null;
	}

	async get(id: string): Promise<Classroom | null> {
		const doc = await this.files.classroomDoc(id);
		return doc ? clone(doc.low.data.classroom) : null;
	}

	async list(ownerId?: string): Promise<Classroom[]> {
		const ids = await this.files.classroomIds();
		const classrooms = await Promise.all(ids.map((id) => this.get(id)));
		return classrooms
			.filter((classroom) => classroom !== null)
			.filter((classroom) => ownerId === undefined || classroom.ownerId === ownerId)
			.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	}

	async rename(id: string, name: string): Promise<Classroom> {
		const cleanName = classNameOf(name);
		return this.#change(id, (classroom) => {
			classroom.name = cleanName;
		});
	}

	async setArchived(id: string, archived: boolean): Promise<Classroom> {
		if (typeof archived !== 'boolean') throw new TypeError('archived must be true or false');
		return this.#change(id, (classroom) => {
			classroom.archived = archived;
		});
	}

	/** The class this owner already made with this creation key, if any. */
	async #madeWith(key: string, ownerId: string | null): Promise<Classroom | null> {
		for (const id of await this.files.classroomIds()) {
			const doc = await this.files.classroomDoc(id);
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
	async delete(id: string): Promise<void> {
		const files = this.files;
		const doc = await files.classroomDoc(id);
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
				await this.deleteLearner(learnerId);
				deleted.add(learnerId);
			}
		}
		const codes = await files.codesDoc();
		const code = doc.low.data.classroom.code.replace('-', '');
		await codes.exclusive(async () => {
			if (own(codes.low.data.codes, code) !== id) return;
			await codes.commit((data) => {
				delete data.codes[code];
			});
		});
		await doc
			.exclusive(async () => {
				if (!doc.gone) await files.classrooms.remove(doc);
			})
			.catch(files.logFailure);
	}

	/** Applies `change` to a class record and saves it; NotFoundError for an unknown class. */
	async #change(id: string, change: (classroom: Classroom) => void): Promise<Classroom> {
		const doc = await this.files.classroomDoc(id);
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
	async adoptUnowned(teacher: Teacher): Promise<void> {
		const files = this.files;
		for (const id of await files.classroomIds()) {
			try {
				const doc = await files.classroomDoc(id);
				await doc?.exclusive(async () => {
					const { ownerId, createdAt } = doc.low.data.classroom;
					if (doc.gone || ownerId !== null || createdAt > teacher.createdAt) return;
					await doc.commit((data) => {
						data.classroom.ownerId = teacher.id;
					});
				});
			} catch (error) {
				files.log(
					`Class ${id} was not given to the first teacher (tried again at the next start): ` +
						messageOf(error)
				);
			}
		}
	}

	// ---- what a class is given of a lesson (../assignments.ts) --------------------------------

	async getAssignment(classroomId: string, lessonId: string): Promise<LessonAssignment | null> {
		const doc = await this.files.classroomDoc(classroomId);
		return doc ? assignmentIn(doc.low.data, lessonId) : null;
	}

	async setAssignment(
		classroomId: string,
		lessonId: string,
		assignment: LessonAssignment
	): Promise<LessonAssignment> {
		const checked = checkedAssignment(lessonId, assignment);
		const doc = await this.files.classroomDoc(classroomId);
		if (!doc) throw new NotFoundError('classroom', classroomId);
		return doc.exclusive(async () => {
			if (doc.gone) throw new NotFoundError('classroom', classroomId);
			await doc.commit((data) => putAssignment(data, lessonId, checked, now()));
			return clone(checked);
		});
	}
}

/** A class name with spaces tidied; TypeError if nothing is left. */
function classNameOf(name: string): string {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (!clean) throw new TypeError('A class needs a name');
	return clean;
}
