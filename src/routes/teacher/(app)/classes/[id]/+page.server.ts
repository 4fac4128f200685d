import { fail } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { store } from '$lib/server/db';
import { readClassName } from '$lib/teacher/class-name';
import { lessons } from '$lib/server/lessons';
import { DamagedFileError, NotFoundError, NotSavedError } from '$lib/server/store/types';
import { classOverview } from '$lib/server/teacher/class-overview';
import { ownClassroom } from '$lib/server/teacher/guard';
import { joinAddresses, joinQrSvg, machineAddresses } from '$lib/server/teacher/join-url';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const classroom = await ownClassroom(locals, params.id);
	const db = await store();
	const progress = await db.listClassProgress(classroom.id);
	const port = Number(url.port || env.PORT || 3000);
	const join = joinAddresses({ requestUrl: url, lanAddresses: machineAddresses(), port }).map(
		(address) => `${address}?code=${classroom.code}`
	);
	const all = lessons.list();
	const assignments = await Promise.all(
		all.map(async (l) => (await db.getAssignment(classroom.id, l.id))!)
	);
	// Counted against what the class is given of each lesson.
	const overview = classOverview(all, assignments, progress);
	return {
		classroom,
		join,
		/** A QR code of the first address: pupils scan it and find the code filled in. */
		qr: join[0] ? joinQrSvg(join[0], locals.t('teacher.class.qrTitle', { url: join[0] })) : null,
		/** Each lesson, what the class is given of it and how many pupils answered all of that. */
		lessons: overview.lessons,
		/** Pupils whose file cannot be read: left out of `learners`, to download and delete. */
		damaged: await db.listDamagedLearners(classroom.id),
		learners: progress.map(({ learner, lessons: mine }) => ({
			id: learner.id,
			pseudonym: learner.pseudonym,
			joinedAt: learner.createdAt,
			/** Questions given to the class that the pupil answered, all lessons together. */
			answered: overview.answered.get(learner.id) ?? 0,
			lastSeen:
				mine
					.map((l) => l.lastOpenedAt)
					.filter((d) => d !== null)
					.sort()
					.at(-1) ?? null
		}))
	};
}) satisfies PageServerLoad;

/**
 * The learner if they belong to this teacher's class (nobody else's data can be touched), or
 * `damaged` with the id and the class's name for them if their file cannot be read.
 */
async function learnerOfClass(locals: App.Locals, classroomId: string, learnerId: string) {
	const classroom = await ownClassroom(locals, classroomId);
	const db = await store();
	try {
		const learner = await db.getLearner(learnerId);
		return learner && learner.classroomId === classroom.id
			? { damaged: false as const, ...learner }
			: null;
	} catch (error) {
		if (!(error instanceof DamagedFileError)) throw error;
		const damaged = await db.listDamagedLearners(classroom.id);
		const found = damaged.find((d) => d.learnerId === learnerId);
		return found ? { damaged: true as const, id: learnerId, pseudonym: found.pseudonymKey } : null;
	}
}

export const actions = {
	rename: async ({ request, locals, params }) => {
		await ownClassroom(locals, params.id);
		const read = readClassName((await request.formData()).get('name'));
		const { name } = read;
		if (!read.ok) return fail(400, { rename: { values: { name }, error: read.error } });
		try {
			await (await store()).renameClassroom(params.id, name);
		} catch (error) {
			if (error instanceof NotSavedError) {
				return fail(503, { rename: { values: { name }, error: 'store.notSaved' } });
			}
			throw error;
		}
		return { renamed: true };
	},
	archive: async ({ request, locals, params }) => {
		await ownClassroom(locals, params.id);
		const archived = (await request.formData()).get('archived') === 'true';
		try {
			await (await store()).setClassroomArchived(params.id, archived);
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { archiveError: 'store.notSaved' });
			throw error;
		}
		return { archivedNow: archived };
	},
	reset: async ({ request, locals, params }) => {
		const learnerId = String((await request.formData()).get('learner') ?? '');
		const learner = await learnerOfClass(locals, params.id, learnerId);
		if (!learner) return fail(404, { learnerError: 'teacher.class.learnerGone' });
		if (learner.damaged) return fail(409, { learnerError: 'teacher.class.learnerDamaged' });
		try {
			const code = await (await store()).resetRecoveryCode(learner.id);
			return { reset: { learnerId: learner.id, pseudonym: learner.pseudonym, code } };
		} catch (error) {
			if (error instanceof NotFoundError)
				return fail(404, { learnerError: 'teacher.class.learnerGone' });
			if (error instanceof NotSavedError) return fail(503, { learnerError: 'store.notSaved' });
			throw error;
		}
	},
	delete: async ({ request, locals, params }) => {
		const form = await request.formData();
		const learner = await learnerOfClass(locals, params.id, String(form.get('learner') ?? ''));
		if (!learner) return fail(404, { learnerError: 'teacher.class.learnerGone' });
		if (form.get('confirm') !== 'yes') {
			return fail(400, {
				confirmDelete: { id: learner.id, pseudonym: learner.pseudonym },
				learnerError: 'teacher.class.confirmNeeded'
			});
		}
		try {
			await (await store()).deleteLearner(learner.id);
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { learnerError: 'store.notSaved' });
			throw error;
		}
		return { deleted: learner.pseudonym };
	}
} satisfies Actions;
