import { fail } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { store } from '$lib/server/db';
import { NotFoundError, NotSavedError } from '$lib/server/store/types';
import { ownClassroom } from '$lib/server/teacher/guard';
import { machineAddresses, reachableOrigins } from '$lib/server/teacher/join-url';
import type { Actions, PageServerLoad } from './$types';

// A sheet of every pupil's recovery code, to print and cut. The store keeps only hashes of the
// codes, so the sheet holds new ones: making it replaces every code of the class.

export const load = (async ({ locals, params }) => {
	const classroom = await ownClassroom(locals, params.id);
	const progress = await (await store()).listClassProgress(classroom.id);
	return {
		classroom: { id: classroom.id, name: classroom.name },
		/** How many pupils would get a new code. */
		learners: progress.length
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, url }) => {
		const classroom = await ownClassroom(locals, params.id);
		const db = await store();
		const progress = await db.listClassProgress(classroom.id);
		const port = Number(url.port || env.PORT || 3000);
		const [origin] = reachableOrigins({ requestUrl: url, lanAddresses: machineAddresses(), port });
		const codes: { pseudonym: string; code: string }[] = [];
		for (const { learner } of progress) {
			try {
				codes.push({ pseudonym: learner.pseudonym, code: await db.resetRecoveryCode(learner.id) });
			} catch (error) {
				// A pupil deleted meanwhile has no code to print; the others still do.
				if (error instanceof NotFoundError) continue;
				// The codes already replaced must be printed, or those pupils would be locked out.
				if (error instanceof NotSavedError) return fail(503, { codes, error: 'store.notSaved' });
				throw error;
			}
		}
		return { codes, signinAddress: `${origin ?? url.origin}/signin` };
	}
} satisfies Actions;
