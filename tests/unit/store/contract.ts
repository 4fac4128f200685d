import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	NotFoundError,
	PseudonymTakenError,
	TeacherNameTakenError,
	type AnswerRecord,
	type Learner,
	type ReadingEvent,
	type Store,
	type Teacher
} from '$lib/server/store/types';
import type { Lang } from '$lib/i18n/languages';

// The behaviour every Store must have, whatever keeps the data: run it with
// `storeContract('name', open)` where `open` gives a fresh, empty store and a cleanup.

const SYMBOL = '[ABCDEFGHJKMNPQRSTVWXYZ23456789]';
const CODE = new RegExp(`^${SYMBOL}{3}-${SYMBOL}{3}$`);
const RECOVERY = new RegExp(`^${SYMBOL}{3}-${SYMBOL}{3}-${SYMBOL}{3}$`);

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** An ISO time `hours` from now (negative: in the past), for expiries. */
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** What a NotFoundError of that kind looks like. */
const notFound = (kind: NotFoundError['kind']) => ({ name: 'NotFoundError', kind });

/** An ISO time `minutes` after a fixed start, so that order in time is explicit. */
export const at = (minutes: number) => new Date(Date.UTC(2025, 2, 10, 8, minutes)).toISOString();

type EventBody =
	| { type: 'lesson-opened' }
	| { type: 'position'; paragraph: number }
	| { type: 'term-looked-up'; termId: string; how: 'click' | 'tap' | 'focus' | 'hover' }
	| { type: 'translation-opened'; paragraph: number }
	| { type: 'lens-used'; lens: string };

/** A reading event with its key, lesson and time. */
export function event(
	key: string,
	lessonId: string,
	minutes: number,
	body: EventBody
): ReadingEvent {
	return { key, lessonId, at: at(minutes), ...body };
}

/** An answer record; `answer` defaults to a single choice. */
export function answer(
	key: string,
	lessonId: string,
	minutes: number,
	fields: Partial<AnswerRecord> = {}
): AnswerRecord {
	return {
		key,
		lessonId,
		questionId: 'q1',
		questionHash: 'h1',
		answer: { choice: 'b' },
		correct: true,
		attempt: 1,
		at: at(minutes),
		...fields
	};
}

/** Runs the shared Store behaviour suite on stores made by `open`. */
export function storeContract(
	name: string,
	open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>
): void {
	describe(`Store contract: ${name}`, () => {
		let store: Store;
		let cleanup: () => Promise<void>;

		beforeEach(async () => {
			({ store, cleanup } = await open());
		});
		afterEach(async () => {
			await cleanup();
		});

		const classLearner = async (pseudonym: string, classroomId: string) =>
			store.createLearner({ pseudonym, classroomId });
		/** A teacher account; the hash stands for what password.ts makes (the store keeps it as is). */
		const newTeacher = (name: string) =>
			store.createTeacher({ name, passwordHash: `scrypt$16384$8$5$salt$hash-of-${name}` });

		describe('classes', () => {
			it('creates a class with an unambiguous code and finds it again', async () => {
				const classroom = await store.createClassroom('  4e  B ');
				expect(classroom).toEqual({
					id: expect.any(String),
					code: expect.stringMatching(CODE),
					name: '4e B',
					ownerId: null,
					archived: false,
					createdAt: expect.any(String)
				});
				expect(new Date(classroom.createdAt).toISOString()).toBe(classroom.createdAt);
				expect(await store.getClassroom(classroom.id)).toEqual(classroom);
			});

			it('finds a class by its code typed in lower case, with spaces, dots or no dash', async () => {
				const classroom = await store.createClassroom('3e A');
				const [left, right] = classroom.code.split('-') as [string, string];
				for (const typed of [
					classroom.code,
					classroom.code.toLowerCase(),
					` ${left.toLowerCase()} ${right} `,
					`${left}.${right}`,
					`${left}${right}`
				]) {
					expect(await store.findClassroomByCode(typed), typed).toEqual(classroom);
				}
			});

			it('finds nothing for an unknown, malformed or empty code', async () => {
				const classroom = await store.createClassroom('3e A');
				const other = classroom.code.startsWith('A') ? 'BBB-BBB' : 'AAA-AAA';
				for (const typed of [other, 'K0M-Q2X', 'ABC', '', classroom.code + 'A', '../index']) {
					expect(await store.findClassroomByCode(typed), typed).toBeNull();
				}
			});

			it('gives every class its own code and lists them in creation order', async () => {
				const created = [];
				for (let i = 0; i < 25; i++) created.push(await store.createClassroom(`Class ${i}`));
				expect(new Set(created.map((c) => c.code)).size).toBe(25);
				expect(await store.listClassrooms()).toEqual(created);
			});

			it('returns null for an unknown class id and for anything that is not an id', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Solo', classroomId: null });
				expect(await store.getClassroom(crypto.randomUUID())).toBeNull();
				expect(await store.getClassroom(learner.id)).toBeNull();
				expect(await store.getClassroom('../index/codes')).toBeNull();
				expect(await store.listClassProgress('../learners')).toEqual([]);
			});

			it('refuses a class without a name', async () => {
				await expect(store.createClassroom('   ')).rejects.toThrow(/name/);
				expect(await store.listClassrooms()).toEqual([]);
			});
		});

		describe('what a class is given of a lesson', () => {
			it('gives the core path until the teacher chooses; null for an unknown class', async () => {
				const classroom = await store.createClassroom('4e B');
				expect(await store.getAssignment(classroom.id, 'lesson-a')).toEqual({ kind: 'core' });
				expect(await store.getAssignment(crypto.randomUUID(), 'lesson-a')).toBeNull();
				expect(await store.getAssignment('../index/codes', 'lesson-a')).toBeNull();
			});

			it('keeps each kind per class and lesson, the chosen ids as given', async () => {
				const a = await store.createClassroom('4e A');
				const b = await store.createClassroom('4e B');
				const chosen = { kind: 'chosen' as const, questionIds: ['q3', 'q1', 'not-in-lesson'] };
				expect(await store.setAssignment(a.id, 'lesson-a', chosen)).toEqual(chosen);
				await store.setAssignment(a.id, 'lesson-b', { kind: 'all' });
				expect(await store.getAssignment(a.id, 'lesson-a')).toEqual(chosen);
				expect(await store.getAssignment(a.id, 'lesson-b')).toEqual({ kind: 'all' });
				expect(await store.getAssignment(b.id, 'lesson-a')).toEqual({ kind: 'core' });

				await store.setAssignment(a.id, 'lesson-a', { kind: 'core' });
				expect(await store.getAssignment(a.id, 'lesson-a')).toEqual({ kind: 'core' });
				expect(await store.getAssignment(a.id, 'lesson-b')).toEqual({ kind: 'all' });
				expect(await store.getClassroom(a.id)).toEqual(a);
			});

			it('gives back copies: changing one changes nothing stored', async () => {
				const classroom = await store.createClassroom('4e B');
				const chosen = { kind: 'chosen' as const, questionIds: ['q1'] };
				const saved = await store.setAssignment(classroom.id, 'lesson-a', chosen);
				chosen.questionIds.push('q2');
				if (saved.kind === 'chosen') saved.questionIds.push('q3');
				const read = await store.getAssignment(classroom.id, 'lesson-a');
				if (read?.kind === 'chosen') read.questionIds.push('q4');
				expect(await store.getAssignment(classroom.id, 'lesson-a')).toEqual({
					kind: 'chosen',
					questionIds: ['q1']
				});
			});

			it('refuses a malformed assignment and an unknown class, saving nothing', async () => {
				const classroom = await store.createClassroom('4e B');
				await store.setAssignment(classroom.id, 'lesson-a', { kind: 'all' });
				const malformed = [
					{ kind: 'chosen', questionIds: [] },
					{ kind: 'chosen' },
					{ kind: 'chosen', questionIds: [''] },
					{ kind: 'chosen', questionIds: [42] },
					{ kind: 'some' },
					{ kind: 'all', questionIds: ['q1'] },
					null
				];
				for (const bad of malformed) {
					await expect(
						store.setAssignment(classroom.id, 'lesson-a', bad as never),
						JSON.stringify(bad)
					).rejects.toBeInstanceOf(TypeError);
				}
				await expect(store.setAssignment(classroom.id, '', { kind: 'all' })).rejects.toBeInstanceOf(
					TypeError
				);
				expect(await store.getAssignment(classroom.id, 'lesson-a')).toEqual({ kind: 'all' });
				await expect(
					store.setAssignment(crypto.randomUUID(), 'lesson-a', { kind: 'all' })
				).rejects.toMatchObject(notFound('classroom'));
			});

			it('ends with its class', async () => {
				const classroom = await store.createClassroom('4e B');
				await store.setAssignment(classroom.id, 'lesson-a', { kind: 'all' });
				await store.deleteClassroom(classroom.id);
				expect(await store.getAssignment(classroom.id, 'lesson-a')).toBeNull();
				await expect(
					store.setAssignment(classroom.id, 'lesson-a', { kind: 'all' })
				).rejects.toMatchObject(notFound('classroom'));
			});
		});

		describe('classes and their teacher', () => {
			it('the first teacher adopts every class made before; a later one adopts nothing', async () => {
				const a = await store.createClassroom('4e A');
				const b = await store.createClassroom('4e B');
				const first = await newTeacher('Mme Durand');
				const adopted = [
					{ ...a, ownerId: first.id },
					{ ...b, ownerId: first.id }
				];
				expect(await store.getClassroom(a.id)).toEqual(adopted[0]);
				expect(await store.listClassrooms(first.id)).toEqual(adopted);

				const later = await store.createClassroom('3e C');
				const second = await newTeacher('M. Petit');
				expect(await store.getClassroom(later.id)).toEqual(later);
				expect(later.ownerId).toBeNull();
				expect(await store.listClassrooms(second.id)).toEqual([]);
				expect(await store.listClassrooms(first.id)).toEqual(adopted);
				expect(await store.listClassrooms()).toEqual([...adopted, later]);
			});

			it('each teacher lists only their own classes', async () => {
				const durand = await newTeacher('Mme Durand');
				const petit = await newTeacher('M. Petit');
				const x = await store.createClassroom('X', durand.id);
				const y = await store.createClassroom('Y', petit.id);
				const z = await store.createClassroom('Z', durand.id);
				const unowned = await store.createClassroom('W', null);
				expect(x.ownerId).toBe(durand.id);
				expect(await store.getClassroom(y.id)).toEqual(y);
				expect(await store.listClassrooms(durand.id)).toEqual([x, z]);
				expect(await store.listClassrooms(petit.id)).toEqual([y]);
				expect(await store.listClassrooms()).toEqual([x, y, z, unowned]);
				for (const stranger of [crypto.randomUUID(), '../index/codes', '']) {
					expect(await store.listClassrooms(stranger), stranger).toEqual([]);
				}
			});

			it('refuses a class for an unknown teacher', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				for (const owner of [crypto.randomUUID(), learner.id, '../teachers/accounts']) {
					await expect(store.createClassroom('4e B', owner), owner).rejects.toMatchObject(
						notFound('teacher')
					);
				}
				expect(await store.listClassrooms()).toEqual([]);
			});

			it('renames a class, tidying spaces, and refuses an empty name', async () => {
				const teacher = await newTeacher('Mme Durand');
				const classroom = await store.createClassroom('4e B', teacher.id);
				const renamed = await store.renameClassroom(classroom.id, '  4e  B  (latin) ');
				expect(renamed).toEqual({ ...classroom, name: '4e B (latin)' });
				expect(await store.getClassroom(classroom.id)).toEqual(renamed);
				expect(await store.findClassroomByCode(classroom.code)).toEqual(renamed);
				await expect(store.renameClassroom(classroom.id, ' \t ')).rejects.toThrow(/name/);
				expect(await store.getClassroom(classroom.id)).toEqual(renamed);
			});

			it('archives a class and brings it back, keeping it listed', async () => {
				const teacher = await newTeacher('Mme Durand');
				const classroom = await store.createClassroom('4e B', teacher.id);
				const archived = await store.setClassroomArchived(classroom.id, true);
				expect(archived).toEqual({ ...classroom, archived: true });
				expect(await store.getClassroom(classroom.id)).toEqual(archived);
				expect(await store.listClassrooms(teacher.id)).toEqual([archived]);
				expect(await store.setClassroomArchived(classroom.id, false)).toEqual(classroom);
				expect(await store.getClassroom(classroom.id)).toEqual(classroom);
			});

			it('refuses to rename or archive an unknown class', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				for (const id of [crypto.randomUUID(), learner.id, '../index/codes', '']) {
					await expect(store.renameClassroom(id, 'X'), id).rejects.toMatchObject(
						notFound('classroom')
					);
					await expect(store.setClassroomArchived(id, true), id).rejects.toMatchObject(
						notFound('classroom')
					);
				}
			});

			it('returns copies: changing a returned class changes nothing stored', async () => {
				const classroom = await store.createClassroom('4e B');
				const renamed = await store.renameClassroom(classroom.id, '4e C');
				renamed.name = 'Mallory';
				renamed.ownerId = crypto.randomUUID();
				expect(await store.getClassroom(classroom.id)).toEqual({ ...classroom, name: '4e C' });
			});

			it('makes one class for a creation key sent twice, even at the same moment', async () => {
				const teacher = await newTeacher('Mme Durand');
				const [first, ...again] = await Promise.all(
					Array.from({ length: 4 }, () => store.createClassroom('4e B', teacher.id, 'form-1'))
				);
				for (const classroom of again) expect(classroom).toEqual(first);
				expect(await store.createClassroom('4e B', teacher.id, 'form-1')).toEqual(first);
				expect(await store.listClassrooms(teacher.id)).toEqual([first]);
				// Another form, or no key at all: another class, even with the same name.
				const second = await store.createClassroom('4e B', teacher.id, 'form-2');
				const third = await store.createClassroom('4e B', teacher.id);
				expect(new Set([first!.id, second.id, third.id]).size).toBe(3);
			});

			it('never gives a teacher another teacher’s class for the same creation key', async () => {
				const durand = await newTeacher('Mme Durand');
				const martin = await newTeacher('M. Martin');
				const hers = await store.createClassroom('4e B', durand.id, 'same-key');
				const his = await store.createClassroom('4e B', martin.id, 'same-key');
				expect(his.id).not.toBe(hers.id);
				expect(his.ownerId).toBe(martin.id);
				await expect(store.createClassroom('4e B', durand.id, '')).rejects.toThrow(TypeError);
			});

			it('deletes a class with its learners; other classes and self-learners stay', async () => {
				const teacher = await newTeacher('Mme Durand');
				const classroom = await store.createClassroom('4e B', teacher.id);
				const other = await store.createClassroom('4e C', teacher.id);
				const ana = await classLearner('Ana', classroom.id);
				const bob = await classLearner('Bob', classroom.id);
				const session = await store.createSession(ana.learner.id);
				await store.recordAnswer(bob.learner.id, answer('a1', 'lesson-1', 1));
				const stays = await classLearner('Chloé', other.id);
				const alone = await store.createLearner({ pseudonym: 'Dan', classroomId: null });

				await store.deleteClassroom(classroom.id);

				expect(await store.getClassroom(classroom.id)).toBeNull();
				expect(await store.findClassroomByCode(classroom.code)).toBeNull();
				expect(await store.listClassrooms(teacher.id)).toEqual([other]);
				for (const { learner, recoveryCode } of [ana, bob]) {
					expect(await store.getLearner(learner.id)).toBeNull();
					expect(await store.getProgress(learner.id)).toBeNull();
					expect(await store.findLearnerByRecoveryCode(recoveryCode)).toBeNull();
				}
				expect(await store.findSessionLearner(session)).toBeNull();
				expect(await store.listClassProgress(classroom.id)).toEqual([]);
				await expect(classLearner('Eva', classroom.id)).rejects.toMatchObject(
					notFound('classroom')
				);

				expect(await store.getLearner(stays.learner.id)).toEqual(stays.learner);
				expect(await store.findLearnerByRecoveryCode(alone.recoveryCode)).toEqual(alone.learner);
				expect(await store.findClassroomByCode(other.code)).toEqual(other);
			});

			it('refuses to delete an unknown class, or one already deleted', async () => {
				const classroom = await store.createClassroom('4e B');
				await store.deleteClassroom(classroom.id);
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				for (const id of [classroom.id, crypto.randomUUID(), learner.id, '../index/codes', '']) {
					await expect(store.deleteClassroom(id), id).rejects.toMatchObject(notFound('classroom'));
				}
			});
		});

		describe('teachers', () => {
			it('creates a teacher and finds them by id, and by name ignoring case and accents', async () => {
				expect(await store.countTeachers()).toBe(0);
				const passwordHash = 'scrypt$16384$8$5$c2FsdA==$aGFzaA==';
				const teacher = await store.createTeacher({ name: '  Mme  Dûrand ', passwordHash });
				expect(teacher).toEqual({
					id: expect.any(String),
					name: 'Mme Dûrand',
					createdAt: expect.any(String)
				});
				expect(new Date(teacher.createdAt).toISOString()).toBe(teacher.createdAt);
				expect(await store.countTeachers()).toBe(1);
				expect(await store.getTeacher(teacher.id)).toEqual(teacher);
				for (const typed of ['Mme Dûrand', 'mme durand', ' MME  DURAND ', 'Mme Du\u0302rand']) {
					expect(await store.findTeacherByName(typed), typed).toEqual({ teacher, passwordHash });
				}
				for (const typed of ['Durand', 'Mme Durand2', '', '   ', '__proto__', 'constructor']) {
					expect(await store.findTeacherByName(typed), typed).toBeNull();
				}
			});

			it('keeps a teacher name unique, ignoring case, accents and spaces', async () => {
				await newTeacher('Élodie Martin');
				for (const same of [
					'elodie martin',
					'ÉLODIE  MARTIN',
					' Elodie Martin ',
					'Ēlodie Martín'
				]) {
					await expect(newTeacher(same), same).rejects.toBeInstanceOf(TeacherNameTakenError);
				}
				await expect(newTeacher('Élodie Martine')).resolves.toBeTruthy();
				expect(await store.countTeachers()).toBe(2);
			});

			it('gives a name to only one of two teachers who sign up at the same moment', async () => {
				const results = await Promise.allSettled(['Sam', 'sam', 'SÂM'].map((n) => newTeacher(n)));
				expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
				expect(await store.countTeachers()).toBe(1);
			});

			it('refuses a teacher without a name or without a password hash', async () => {
				await expect(newTeacher('   ')).rejects.toThrow(/name/);
				await expect(store.createTeacher({ name: 'Ana', passwordHash: '' })).rejects.toThrow(
					/password/
				);
				expect(await store.countTeachers()).toBe(0);
				expect(await store.findTeacherByName('Ana')).toBeNull();
			});

			it('returns null for an unknown teacher id and for anything that is not one', async () => {
				const teacher = await newTeacher('Mme Durand');
				const classroom = await store.createClassroom('4e B');
				const probes = [
					crypto.randomUUID(),
					classroom.id,
					teacher.id.toUpperCase(),
					'../teachers/accounts',
					'__proto__',
					'constructor',
					''
				];
				for (const probe of probes) {
					expect(await store.getTeacher(probe), probe).toBeNull();
				}
				expect(await store.getTeacher(teacher.id)).toEqual(teacher);
			});

			it('returns copies: changing a returned teacher changes nothing stored', async () => {
				const teacher = await newTeacher('Mme Durand');
				teacher.name = 'Mallory';
				const found = (await store.findTeacherByName('mme durand'))?.teacher as Teacher;
				found.name = 'Mallory';
				expect(await store.getTeacher(teacher.id)).toMatchObject({ name: 'Mme Durand' });
			});
		});

		describe('teacher invitations', () => {
			it('an invitation works once', async () => {
				const teacher = await newTeacher('Mme Durand');
				const token = await store.createTeacherInvite(teacher.id, hoursFromNow(48));
				expect(token).toMatch(TOKEN);
				const other = await store.createTeacherInvite(teacher.id, hoursFromNow(48));
				expect(other).not.toBe(token);
				expect(await store.consumeTeacherInvite(token)).toBe(true);
				expect(await store.consumeTeacherInvite(token)).toBe(false);
				expect(await store.consumeTeacherInvite(other)).toBe(true);
			});

			it('gives an invitation used twice at the same moment to exactly one', async () => {
				const teacher = await newTeacher('Mme Durand');
				const token = await store.createTeacherInvite(teacher.id, hoursFromNow(1));
				const results = await Promise.all(
					Array.from({ length: 5 }, () => store.consumeTeacherInvite(token))
				);
				expect(results.filter(Boolean)).toHaveLength(1);
			});

			it('tells whether an invitation can still be used, without using it up', async () => {
				const teacher = await newTeacher('Mme Durand');
				const token = await store.createTeacherInvite(teacher.id, hoursFromNow(48));
				expect(await store.checkTeacherInvite(token)).toBe(true);
				expect(await store.checkTeacherInvite(token)).toBe(true);
				expect(await store.consumeTeacherInvite(token)).toBe(true);
				expect(await store.checkTeacherInvite(token)).toBe(false);
				const expired = await store.createTeacherInvite(teacher.id, hoursFromNow(-1));
				expect(await store.checkTeacherInvite(expired)).toBe(false);
				for (const bad of ['', 'x', 'A'.repeat(43), '../accounts']) {
					expect(await store.checkTeacherInvite(bad), bad).toBe(false);
				}
			});

			it('refuses an expired invitation', async () => {
				const teacher = await newTeacher('Mme Durand');
				const token = await store.createTeacherInvite(teacher.id, hoursFromNow(-1));
				expect(await store.consumeTeacherInvite(token)).toBe(false);
			});

			it('refuses unknown, malformed and session tokens as invitations', async () => {
				const teacher = await newTeacher('Mme Durand');
				const session = await store.createTeacherSession(teacher.id, hoursFromNow(1));
				for (const token of ['x'.repeat(43), '', '../../teachers/accounts', session]) {
					expect(await store.consumeTeacherInvite(token), token).toBe(false);
				}
				expect(await store.findSessionTeacher(session)).toEqual(teacher);
			});

			it('refuses to invite for an unknown teacher or with a time that is not one', async () => {
				const teacher = await newTeacher('Mme Durand');
				for (const id of [crypto.randomUUID(), '../teachers/accounts', '__proto__']) {
					await expect(store.createTeacherInvite(id, hoursFromNow(1)), id).rejects.toMatchObject(
						notFound('teacher')
					);
				}
				for (const time of ['tomorrow', '', '2025-03-10 08:00', '2025-03-10T08:00:00+01:00']) {
					await expect(store.createTeacherInvite(teacher.id, time), time).rejects.toThrow(
						TypeError
					);
				}
			});
		});

		describe('teacher sessions', () => {
			it('finds the teacher of a session until it is deleted', async () => {
				const durand = await newTeacher('Mme Durand');
				const petit = await newTeacher('M. Petit');
				const first = await store.createTeacherSession(durand.id, hoursFromNow(8));
				const second = await store.createTeacherSession(durand.id, hoursFromNow(8));
				const his = await store.createTeacherSession(petit.id, hoursFromNow(8));
				expect(first).toMatch(TOKEN);
				expect(second).not.toBe(first);
				expect(await store.findSessionTeacher(first)).toEqual(durand);
				expect(await store.findSessionTeacher(his)).toEqual(petit);
				await store.deleteTeacherSession(first);
				expect(await store.findSessionTeacher(first)).toBeNull();
				expect(await store.findSessionTeacher(second)).toEqual(durand);
				expect(await store.findSessionTeacher(his)).toEqual(petit);
				await store.deleteTeacherSession(first); // twice: no error
			});

			it('finds no one for an expired session', async () => {
				const teacher = await newTeacher('Mme Durand');
				const expired = await store.createTeacherSession(teacher.id, hoursFromNow(-1));
				expect(await store.findSessionTeacher(expired)).toBeNull();
				const live = await store.createTeacherSession(teacher.id, hoursFromNow(1));
				expect(await store.findSessionTeacher(live)).toEqual(teacher);
			});

			it('finds nothing for an unknown or malformed token, nor for a learner’s', async () => {
				const teacher = await newTeacher('Mme Durand');
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const learnerToken = await store.createSession(learner.id);
				const teacherToken = await store.createTeacherSession(teacher.id, hoursFromNow(1));
				for (const token of ['x'.repeat(43), '', '../../teachers/sessions', learnerToken]) {
					expect(await store.findSessionTeacher(token), token).toBeNull();
				}
				expect(await store.findSessionLearner(teacherToken)).toBeNull();
				await expect(store.deleteTeacherSession('nonsense')).resolves.toBeUndefined();
				// Ending a "teacher session" with a learner's token ends nothing.
				await store.deleteTeacherSession(learnerToken);
				expect(await store.findSessionLearner(learnerToken)).toEqual(learner);
				expect(await store.findSessionTeacher(teacherToken)).toEqual(teacher);
			});

			it('refuses a session for an unknown teacher or with a time that is not one', async () => {
				const teacher = await newTeacher('Mme Durand');
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				for (const id of [crypto.randomUUID(), learner.id, '../teachers/accounts', '']) {
					await expect(store.createTeacherSession(id, hoursFromNow(1)), id).rejects.toMatchObject(
						notFound('teacher')
					);
				}
				await expect(store.createTeacherSession(teacher.id, 'later')).rejects.toThrow(TypeError);
			});

			it('shows no token and no password hash in what it returns', async () => {
				const teacher = await newTeacher('Mme Durand');
				const passwordHash = (await store.findTeacherByName('Mme Durand'))?.passwordHash ?? '';
				const session = await store.createTeacherSession(teacher.id, hoursFromNow(1));
				const invite = await store.createTeacherInvite(teacher.id, hoursFromNow(1));
				await store.createClassroom('4e B', teacher.id);
				const everything = JSON.stringify([
					teacher,
					await store.getTeacher(teacher.id),
					await store.findSessionTeacher(session),
					await store.listClassrooms(teacher.id)
				]);
				expect(passwordHash).toContain('hash-of');
				for (const secret of [passwordHash, 'hash-of', session, invite]) {
					expect(everything).not.toContain(secret);
				}
			});
		});

		describe('learners and pseudonyms', () => {
			it('creates a learner in a class with a recovery code, and reads it back', async () => {
				const classroom = await store.createClassroom('4e B');
				const { learner, recoveryCode } = await classLearner('  Léa  M ', classroom.id);
				expect(learner).toEqual({
					id: expect.any(String),
					pseudonym: 'Léa M',
					classroomId: classroom.id,
					createdAt: expect.any(String),
					uiLanguage: null,
					quizLanguage: null
				});
				expect(recoveryCode).toMatch(RECOVERY);
				expect(await store.getLearner(learner.id)).toEqual(learner);
			});

			it('keeps a pseudonym unique in a class, ignoring case, accents and spaces', async () => {
				const classroom = await store.createClassroom('4e B');
				await classLearner('Léa', classroom.id);
				for (const same of ['lea ', 'LÉA', ' Lēa', 'Le\u0301a', 'l e a'.replace(/ /g, '')]) {
					await expect(classLearner(same, classroom.id), same).rejects.toBeInstanceOf(
						PseudonymTakenError
					);
				}
				await expect(classLearner('Léo', classroom.id)).resolves.toBeTruthy();
				const progress = await store.listClassProgress(classroom.id);
				expect(progress.map((p) => p.learner.pseudonym)).toEqual(['Léa', 'Léo']);
			});

			it('gives a pseudonym to only one of two pupils who ask at the same moment', async () => {
				const classroom = await store.createClassroom('4e B');
				const results = await Promise.allSettled(
					['Sam', 'sam', 'SAM', 'Sâm'].map((p) => classLearner(p, classroom.id))
				);
				expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
				expect(await store.listClassProgress(classroom.id)).toHaveLength(1);
			});

			it('allows the same pseudonym in two classes and for self-learners', async () => {
				const a = await store.createClassroom('A');
				const b = await store.createClassroom('B');
				const inA = await classLearner('Noé', a.id);
				const inB = await classLearner('Noé', b.id);
				const solo1 = await store.createLearner({ pseudonym: 'Noé', classroomId: null });
				const solo2 = await store.createLearner({ pseudonym: 'noe', classroomId: null });
				const ids = [inA, inB, solo1, solo2].map((c) => c.learner.id);
				expect(new Set(ids).size).toBe(4);
				expect(solo1.learner.classroomId).toBeNull();
			});

			it('refuses an empty pseudonym and an unknown class', async () => {
				await expect(store.createLearner({ pseudonym: '  ', classroomId: null })).rejects.toThrow(
					/pseudonym/i
				);
				await expect(
					store.createLearner({ pseudonym: 'Ana', classroomId: crypto.randomUUID() })
				).rejects.toBeInstanceOf(NotFoundError);
				await expect(
					store.createLearner({ pseudonym: 'Ana', classroomId: '../../etc' })
				).rejects.toBeInstanceOf(NotFoundError);
			});

			it('returns copies: changing a returned learner changes nothing stored', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				learner.pseudonym = 'Mallory';
				const again = (await store.getLearner(learner.id)) as Learner;
				again.uiLanguage = 'en';
				expect(await store.getLearner(learner.id)).toMatchObject({
					pseudonym: 'Ana',
					uiLanguage: null
				});
			});
		});

		describe('recovery codes', () => {
			it('finds the learner by recovery code, typed loosely', async () => {
				const classroom = await store.createClassroom('4e B');
				const { learner, recoveryCode } = await classLearner('Ana', classroom.id);
				for (const typed of [
					recoveryCode,
					recoveryCode.toLowerCase(),
					recoveryCode.replaceAll('-', ' '),
					recoveryCode.replaceAll('-', '')
				]) {
					expect(await store.findLearnerByRecoveryCode(typed), typed).toEqual(learner);
				}
				expect(await store.findLearnerByRecoveryCode('AAA-AAA-AAA')).toBeNull();
				expect(await store.findLearnerByRecoveryCode('not a code')).toBeNull();
				expect(await store.findLearnerByRecoveryCode('')).toBeNull();
			});

			it('shows the recovery code only at creation: no read returns it', async () => {
				const classroom = await store.createClassroom('4e B');
				const { learner, recoveryCode } = await classLearner('Ana', classroom.id);
				const token = await store.createSession(learner.id);
				const everything = JSON.stringify([
					await store.getLearner(learner.id),
					await store.findSessionLearner(token),
					await store.getProgress(learner.id),
					await store.exportLearner(learner.id),
					await store.listClassProgress(classroom.id)
				]);
				expect(everything).not.toContain(recoveryCode);
				expect(everything).not.toContain(recoveryCode.replaceAll('-', ''));
				expect(everything).not.toContain(token);
			});

			it('resets a recovery code: the new one works, the old one no longer does', async () => {
				const { learner, recoveryCode } = await store.createLearner({
					pseudonym: 'Ana',
					classroomId: null
				});
				const fresh = await store.resetRecoveryCode(learner.id);
				expect(fresh).toMatch(RECOVERY);
				expect(fresh).not.toBe(recoveryCode);
				expect(await store.findLearnerByRecoveryCode(recoveryCode)).toBeNull();
				expect(await store.findLearnerByRecoveryCode(fresh)).toEqual(learner);
				const third = await store.resetRecoveryCode(learner.id);
				expect(await store.findLearnerByRecoveryCode(fresh)).toBeNull();
				expect(await store.findLearnerByRecoveryCode(third)).toEqual(learner);
			});

			it('resetting a recovery code ends the sessions opened before, of that learner only', async () => {
				const ana = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: null });
				const withOldCode = await store.createSession(ana.learner.id);
				const onPhone = await store.createSession(ana.learner.id);
				const bens = await store.createSession(ben.learner.id);
				const fresh = await store.resetRecoveryCode(ana.learner.id);
				expect(await store.findSessionLearner(withOldCode)).toBeNull();
				expect(await store.findSessionLearner(onPhone)).toBeNull();
				expect(await store.findSessionLearner(bens)).toEqual(ben.learner);
				// Signing in with the new code opens a session that works.
				expect(await store.findLearnerByRecoveryCode(fresh)).toEqual(ana.learner);
				const again = await store.createSession(ana.learner.id);
				expect(await store.findSessionLearner(again)).toEqual(ana.learner);
			});

			it('refuses to reset the code of an unknown learner', async () => {
				await expect(store.resetRecoveryCode(crypto.randomUUID())).rejects.toBeInstanceOf(
					NotFoundError
				);
			});
		});

		describe('sessions', () => {
			it('finds the learner of a session until it is deleted', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const first = await store.createSession(learner.id);
				const second = await store.createSession(learner.id);
				expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
				expect(second).not.toBe(first);
				expect(await store.findSessionLearner(first)).toEqual(learner);
				await store.deleteSession(first);
				expect(await store.findSessionLearner(first)).toBeNull();
				expect(await store.findSessionLearner(second)).toEqual(learner);
				await store.deleteSession(first); // twice: no error
			});

			it('finds nothing for an unknown or malformed token', async () => {
				expect(await store.findSessionLearner('x'.repeat(43))).toBeNull();
				expect(await store.findSessionLearner('')).toBeNull();
				expect(await store.findSessionLearner('../../sessions/00')).toBeNull();
				await expect(store.deleteSession('nonsense')).resolves.toBeUndefined();
			});

			it('refuses a session for an unknown learner', async () => {
				await expect(store.createSession(crypto.randomUUID())).rejects.toBeInstanceOf(
					NotFoundError
				);
			});
		});

		describe('preferences', () => {
			it('saves each preference and keeps the other', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const token = await store.createSession(learner.id);
				expect(await store.updatePreferences(learner.id, { uiLanguage: 'en' })).toMatchObject({
					uiLanguage: 'en',
					quizLanguage: null
				});
				expect(await store.updatePreferences(learner.id, { quizLanguage: 'both' })).toMatchObject({
					uiLanguage: 'en',
					quizLanguage: 'both'
				});
				expect(await store.getLearner(learner.id)).toMatchObject({
					uiLanguage: 'en',
					quizLanguage: 'both'
				});
				expect(await store.findSessionLearner(token)).toMatchObject({ quizLanguage: 'both' });
			});

			it('refuses a value that is not a language, and an unknown learner', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const german = 'de' as Lang;
				await expect(store.updatePreferences(learner.id, { uiLanguage: german })).rejects.toThrow();
				expect(await store.getLearner(learner.id)).toMatchObject({ uiLanguage: null });
				await expect(
					store.updatePreferences(crypto.randomUUID(), { uiLanguage: 'fr' })
				).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		describe('events and answers', () => {
			it('records an event once per key: a resent event is a no-op', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const opened = event('k-open-1', 'lesson-a', 1, { type: 'lesson-opened' });
				expect(await store.recordEvent(learner.id, opened)).toBe(true);
				expect(await store.recordEvent(learner.id, opened)).toBe(false);
				// Same key, other content: still the same event, still not recorded.
				const changed = event('k-open-1', 'lesson-a', 9, { type: 'lesson-opened' });
				expect(await store.recordEvent(learner.id, changed)).toBe(false);
				const progress = await store.getProgress(learner.id);
				expect(progress?.lessons[0]).toMatchObject({ firstOpenedAt: at(1), lastOpenedAt: at(1) });
			});

			it('records a batch in one call, each key once, and says how many were new', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const batch = [
					event('b-1', 'lesson-a', 1, { type: 'term-looked-up', termId: 'x', how: 'click' }),
					event('b-2', 'lesson-a', 2, { type: 'term-looked-up', termId: 'x', how: 'tap' }),
					event('b-2', 'lesson-a', 2, { type: 'term-looked-up', termId: 'x', how: 'tap' })
				];
				expect(await store.recordEvents(learner.id, batch)).toBe(2);
				expect(await store.recordEvents(learner.id, batch)).toBe(0);
				const [lesson] = (await store.getProgress(learner.id))!.lessons;
				expect(lesson?.termLookUps).toEqual([{ termId: 'x', count: 2 }]);
				const broken = { ...batch[0]!, key: 'b-3', at: 'yesterday' };
				await expect(store.recordEvents(learner.id, [batch[0]!, broken])).rejects.toThrow(/at/);
			});

			it('records an answer once per key, separately from event keys', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const first = answer('k-1', 'lesson-a', 2, { correct: false, answer: ['a', 'c'] });
				expect(await store.recordAnswer(learner.id, first)).toBe(true);
				expect(await store.recordAnswer(learner.id, first)).toBe(false);
				expect(
					await store.recordEvent(
						learner.id,
						event('k-1', 'lesson-a', 1, { type: 'lesson-opened' })
					)
				).toBe(true);
				expect((await store.exportLearner(learner.id))?.answers).toEqual([first]);
			});

			it('records every one of many events sent at once', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const events = Array.from({ length: 60 }, (_, i) =>
					event(`k-${i}`, 'lesson-a', i, { type: 'position', paragraph: i + 1 })
				);
				const results = await Promise.all(events.map((e) => store.recordEvent(learner.id, e)));
				expect(results.every(Boolean)).toBe(true);
				const again = await Promise.all(events.map((e) => store.recordEvent(learner.id, e)));
				expect(again.some(Boolean)).toBe(false);
				const [lesson] = (await store.getProgress(learner.id))!.lessons;
				expect(lesson?.furthestParagraph).toBe(60);
			});

			it('refuses to record for an unknown learner, and a malformed event', async () => {
				const opened = event('k-1', 'lesson-a', 1, { type: 'lesson-opened' });
				await expect(store.recordEvent(crypto.randomUUID(), opened)).rejects.toBeInstanceOf(
					NotFoundError
				);
				await expect(
					store.recordAnswer('../x', answer('k-1', 'lesson-a', 1))
				).rejects.toBeInstanceOf(NotFoundError);
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const broken = { ...opened, at: 'yesterday' };
				await expect(store.recordEvent(learner.id, broken)).rejects.toThrow(/at/);
				expect((await store.exportLearner(learner.id))?.reading).toEqual([]);
			});
		});

		describe('progress', () => {
			it('is empty for a new learner and null for an unknown one', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				expect(await store.getProgress(learner.id)).toEqual({ learner, lessons: [] });
				expect(await store.getProgress(crypto.randomUUID())).toBeNull();
			});

			it('derives each lesson’s progress from events and answers', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const record = (e: ReadingEvent) => store.recordEvent(learner.id, e);
				await record(event('a1', 'lesson-a', 1, { type: 'lesson-opened' }));
				await record(event('a2', 'lesson-a', 2, { type: 'position', paragraph: 3 }));
				await record(
					event('a3', 'lesson-a', 3, { type: 'term-looked-up', termId: 'y', how: 'tap' })
				);
				await record(
					event('a4', 'lesson-a', 4, { type: 'term-looked-up', termId: 'x', how: 'click' })
				);
				await record(
					event('a5', 'lesson-a', 5, { type: 'term-looked-up', termId: 'y', how: 'hover' })
				);
				await record(event('a6', 'lesson-a', 6, { type: 'translation-opened', paragraph: 5 }));
				await record(event('a7', 'lesson-a', 7, { type: 'translation-opened', paragraph: 2 }));
				await record(event('a8', 'lesson-a', 8, { type: 'translation-opened', paragraph: 5 }));
				await record(event('a9', 'lesson-a', 9, { type: 'lens-used', lens: 'source' }));
				await record(event('a10', 'lesson-a', 10, { type: 'lens-used', lens: 'hedge' }));
				await record(event('a11', 'lesson-a', 11, { type: 'lens-used', lens: 'source' }));
				await record(event('a12', 'lesson-a', 12, { type: 'position', paragraph: 7 }));
				await record(event('b1', 'lesson-b', 20, { type: 'lesson-opened' }));
				await record(event('a13', 'lesson-a', 30, { type: 'lesson-opened' }));
				// Sent late after a network cut: recorded last, but older than paragraph 7.
				await record(event('a14', 'lesson-a', 2, { type: 'position', paragraph: 1 }));
				const late = answer('ans-2', 'lesson-a', 26, { questionId: 'q2' });
				const early = answer('ans-1', 'lesson-a', 25, { correct: false });
				const onlyAnswered = answer('ans-3', 'lesson-c', 40);
				for (const a of [late, early, onlyAnswered]) await store.recordAnswer(learner.id, a);

				const progress = await store.getProgress(learner.id);
				expect(progress?.learner).toEqual(learner);
				expect(progress?.lessons).toEqual([
					{
						lessonId: 'lesson-a',
						firstOpenedAt: at(1),
						lastOpenedAt: at(30),
						lastParagraph: 7,
						furthestParagraph: 7,
						readToEnd: false,
						termsLookedUp: ['y', 'x'],
						termLookUps: [
							{ termId: 'y', count: 2 },
							{ termId: 'x', count: 1 }
						],
						translationsOpened: [2, 5],
						lensesUsed: ['source', 'hedge'],
						answers: [early, late]
					},
					{
						lessonId: 'lesson-b',
						firstOpenedAt: at(20),
						lastOpenedAt: at(20),
						lastParagraph: null,
						furthestParagraph: null,
						readToEnd: false,
						termsLookedUp: [],
						termLookUps: [],
						translationsOpened: [],
						lensesUsed: [],
						answers: []
					},
					{
						lessonId: 'lesson-c',
						firstOpenedAt: null,
						lastOpenedAt: null,
						lastParagraph: null,
						furthestParagraph: null,
						readToEnd: false,
						termsLookedUp: [],
						termLookUps: [],
						translationsOpened: [],
						lensesUsed: [],
						answers: [onlyAnswered]
					}
				]);
			});

			it('lists the progress of one class only', async () => {
				const a = await store.createClassroom('A');
				const b = await store.createClassroom('B');
				const zoe = await classLearner('Zoé', a.id);
				const ali = await classLearner('Ali', a.id);
				const other = await classLearner('Bea', b.id);
				const solo = await store.createLearner({ pseudonym: 'Cy', classroomId: null });
				for (const { learner } of [zoe, ali, other, solo]) {
					await store.recordAnswer(learner.id, answer(`k-${learner.id}`, 'lesson-a', 1));
				}
				const progress = await store.listClassProgress(a.id);
				expect(progress.map((p) => p.learner)).toEqual([ali.learner, zoe.learner]);
				expect(progress.every((p) => p.lessons[0]?.answers.length === 1)).toBe(true);
				expect(JSON.stringify(progress)).not.toContain(other.learner.id);
				expect(JSON.stringify(progress)).not.toContain(solo.learner.id);
				expect(await store.listClassProgress(crypto.randomUUID())).toEqual([]);
			});
		});

		describe('export', () => {
			it('contains everything about the learner and nothing of anyone else', async () => {
				const classroom = await store.createClassroom('4e B');
				const ana = await classLearner('Ana', classroom.id);
				const ben = await classLearner('Ben', classroom.id);
				const opened = event('ana-1', 'lesson-a', 1, { type: 'lesson-opened' });
				const term = event('ana-2', 'lesson-a', 2, {
					type: 'term-looked-up',
					termId: 'drone',
					how: 'focus'
				});
				const given = answer('ana-3', 'lesson-a', 3);
				await store.recordEvent(ana.learner.id, opened);
				await store.recordEvent(ana.learner.id, term);
				await store.recordAnswer(ana.learner.id, given);
				await store.recordEvent(
					ben.learner.id,
					event('ben-1', 'lesson-b', 1, { type: 'lesson-opened' })
				);
				await store.updatePreferences(ana.learner.id, { uiLanguage: 'en' });

				const exported = await store.exportLearner(ana.learner.id);
				expect(exported).toEqual({
					exportedAt: expect.any(String),
					learner: { ...ana.learner, uiLanguage: 'en' },
					classroom: { name: '4e B', code: classroom.code },
					reading: [
						{
							lessonId: 'lesson-a',
							firstOpenedAt: at(1),
							lastOpenedAt: at(1),
							lastActivityAt: at(2),
							lastParagraph: null,
							lastParagraphAt: null,
							furthestParagraph: null,
							readToEnd: false,
							terms: [{ termId: 'drone', count: 1, firstAt: at(2) }],
							translationsOpened: [],
							lensesUsed: []
						}
					],
					answers: [given]
				});
				const text = JSON.stringify(exported);
				for (const foreign of [ben.learner.id, 'Ben', 'ben-1', 'lesson-b', ana.recoveryCode]) {
					expect(text).not.toContain(foreign);
				}
			});

			it('has no class for a self-learner, and is null for an unknown learner', async () => {
				const { learner } = await store.createLearner({ pseudonym: 'Solo', classroomId: null });
				expect((await store.exportLearner(learner.id))?.classroom).toBeNull();
				expect(await store.exportLearner(crypto.randomUUID())).toBeNull();
			});
		});

		describe('deletion', () => {
			it('deletes everything about the learner and nothing of the others', async () => {
				const classroom = await store.createClassroom('4e B');
				const ana = await classLearner('Ana', classroom.id);
				const ben = await classLearner('Ben', classroom.id);
				const anaToken = await store.createSession(ana.learner.id);
				const benToken = await store.createSession(ben.learner.id);
				await store.recordEvent(
					ana.learner.id,
					event('a', 'lesson-a', 1, { type: 'lesson-opened' })
				);
				await store.recordEvent(
					ben.learner.id,
					event('b', 'lesson-a', 1, { type: 'lesson-opened' })
				);

				await store.deleteLearner(ana.learner.id);

				expect(await store.getLearner(ana.learner.id)).toBeNull();
				expect(await store.getProgress(ana.learner.id)).toBeNull();
				expect(await store.exportLearner(ana.learner.id)).toBeNull();
				expect(await store.findSessionLearner(anaToken)).toBeNull();
				expect(await store.findLearnerByRecoveryCode(ana.recoveryCode)).toBeNull();
				expect((await store.listClassProgress(classroom.id)).map((p) => p.learner.id)).toEqual([
					ben.learner.id
				]);
				await expect(
					store.recordEvent(ana.learner.id, event('a2', 'lesson-a', 2, { type: 'lesson-opened' }))
				).rejects.toBeInstanceOf(NotFoundError);
				await expect(store.createSession(ana.learner.id)).rejects.toBeInstanceOf(NotFoundError);

				expect(await store.findSessionLearner(benToken)).toEqual(ben.learner);
				expect(await store.findLearnerByRecoveryCode(ben.recoveryCode)).toEqual(ben.learner);
				expect((await store.getProgress(ben.learner.id))?.lessons).toHaveLength(1);
			});

			it('frees the pseudonym, and deleting twice or an unknown id does nothing', async () => {
				const classroom = await store.createClassroom('4e B');
				const ana = await classLearner('Ana', classroom.id);
				await store.deleteLearner(ana.learner.id);
				await store.deleteLearner(ana.learner.id);
				await store.deleteLearner(crypto.randomUUID());
				await store.deleteLearner('../classrooms/' + classroom.id);
				expect(await store.getClassroom(classroom.id)).toEqual(classroom);
				const again = await classLearner('ana', classroom.id);
				expect(again.learner.id).not.toBe(ana.learner.id);
			});
		});

		describe('each method touches only the id it is given', () => {
			it('changing one learner leaves another learner as it was', async () => {
				const classroom = await store.createClassroom('4e B');
				const ana = await classLearner('Ana', classroom.id);
				const ben = await classLearner('Ben', classroom.id);
				const benToken = await store.createSession(ben.learner.id);
				await store.recordEvent(
					ben.learner.id,
					event('b', 'lesson-a', 1, { type: 'lesson-opened' })
				);
				const benBefore = await store.exportLearner(ben.learner.id);

				const anaToken = await store.createSession(ana.learner.id);
				await store.recordEvent(
					ana.learner.id,
					event('b', 'lesson-a', 2, { type: 'lesson-opened' })
				);
				await store.recordAnswer(ana.learner.id, answer('b', 'lesson-a', 3));
				await store.updatePreferences(ana.learner.id, { uiLanguage: 'en', quizLanguage: 'en' });
				await store.resetRecoveryCode(ana.learner.id);
				await store.deleteSession(anaToken);

				expect({ ...(await store.exportLearner(ben.learner.id)), exportedAt: 'x' }).toEqual({
					...benBefore,
					exportedAt: 'x'
				});
				expect(await store.findSessionLearner(benToken)).toEqual(ben.learner);
				expect(await store.findLearnerByRecoveryCode(ben.recoveryCode)).toEqual(ben.learner);
			});

			it('a session token leads to its own learner only', async () => {
				const ana = await store.createLearner({ pseudonym: 'Ana', classroomId: null });
				const ben = await store.createLearner({ pseudonym: 'Ben', classroomId: null });
				const anaToken = await store.createSession(ana.learner.id);
				const benToken = await store.createSession(ben.learner.id);
				expect((await store.findSessionLearner(anaToken))?.id).toBe(ana.learner.id);
				expect((await store.findSessionLearner(benToken))?.id).toBe(ben.learner.id);
				expect((await store.findLearnerByRecoveryCode(ana.recoveryCode))?.id).toBe(ana.learner.id);
			});

			it('ids of another kind or path-like ids reach nothing', async () => {
				const classroom = await store.createClassroom('4e B');
				const ana = await classLearner('Ana', classroom.id);
				const token = await store.createSession(ana.learner.id);
				const probes = [
					classroom.id,
					token,
					ana.recoveryCode,
					`../learners/${ana.learner.id}`,
					`${ana.learner.id}/../${ana.learner.id}`,
					ana.learner.id.toUpperCase(),
					ana.learner.id + ' ',
					''
				];
				for (const probe of probes) {
					expect(await store.getLearner(probe), probe).toBeNull();
					expect(await store.getProgress(probe), probe).toBeNull();
					expect(await store.exportLearner(probe), probe).toBeNull();
					await expect(store.createSession(probe), probe).rejects.toBeInstanceOf(NotFoundError);
					await expect(
						store.recordEvent(probe, event('p', 'lesson-a', 1, { type: 'lesson-opened' })),
						probe
					).rejects.toBeInstanceOf(NotFoundError);
					await store.deleteLearner(probe);
				}
				expect(await store.getLearner(ana.learner.id)).toEqual(ana.learner);
				expect((await store.getProgress(ana.learner.id))?.lessons).toEqual([]);
				expect(await store.findSessionLearner(token)).toEqual(ana.learner);
			});
		});
	});
}
