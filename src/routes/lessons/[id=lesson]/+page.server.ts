import { error } from '@sveltejs/kit';
import { readerView } from '$lib/lesson/reader';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { NotSavedError } from '$lib/server/store/types';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	let resumeAt: number | null = null;
	if (locals.learner) {
		const db = await store();
		const progress = await db.getProgress(locals.learner.id);
		resumeAt = progress?.lessons.find((p) => p.lessonId === lesson.id)?.lastParagraph ?? null;
		try {
			const at = new Date().toISOString();
			await db.recordEvent(locals.learner.id, {
				key: crypto.randomUUID(),
				type: 'lesson-opened',
				lessonId: lesson.id,
				at
			});
		} catch (cause) {
			// Reading must not depend on the disk: log it and show the text anyway.
			if (!(cause instanceof NotSavedError)) throw cause;
			console.error(cause.message);
		}
	}
	return {
		/** The text, its translation and its glossary; nothing of the quiz. */
		lesson: readerView(lesson),
		/** Whether reading progress is recorded (a learner is signed in). */
		tracked: !!locals.learner,
		/** Paragraph where the learner stopped last time, to offer to resume there. */
		resumeAt
	};
}) satisfies PageServerLoad;
