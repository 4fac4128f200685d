import { fail, redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/learner-session';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (locals.learnerFileDamaged) return { damaged: true as const };
	if (!locals.learner) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const db = await store();
	const progress = await db.getProgress(locals.learner.id);
	const classroom = locals.learner.classroomId
		? await db.getClassroom(locals.learner.classroomId)
		: null;
	return {
		damaged: false as const,
		pseudonym: locals.learner.pseudonym,
		/** Name of the learner's class; null for a self-learner. */
		classroom: classroom?.name ?? null,
		/** One row per lesson the learner has opened or answered, most recent first. */
		lessons: (progress?.lessons ?? []).map((p) => {
			const lesson = lessons.get(p.lessonId);
			return {
				id: p.lessonId,
				title: lesson?.title ?? { fr: p.lessonId, en: p.lessonId },
				available: !!lesson,
				lastOpenedAt: p.lastOpenedAt,
				lastParagraph: p.lastParagraph,
				terms: p.termsLookedUp.length,
				translations: p.translationsOpened.length,
				answers: p.answers.length
			};
		})
	};
}) satisfies PageServerLoad;

export const actions = {
	delete: async ({ request, locals, cookies, url }) => {
		if (!locals.learner) redirect(303, '/signin');
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { error: 'me.data.confirmMissing' });
		try {
			await (await store()).deleteLearner(locals.learner.id);
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { error: 'store.notSaved' });
			throw error;
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/me/deleted');
	}
} satisfies Actions;
