import { error } from '@sveltejs/kit';
import { readerView } from '$lib/lesson/reader';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { QuizProgress } from '$lib/server/quiz-progress';
import { NotSavedError } from '$lib/server/store/types';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	let resumeAt: number | null = null;
	let evidenceOf: (typeof lesson.questions)[number] | undefined;
	if (locals.learner) {
		const db = await store();
		const progress = await db.getProgress(locals.learner.id);
		const mine = progress?.lessons.find((p) => p.lessonId === lesson.id);
		resumeAt = mine?.lastParagraph ?? null;
		// Quiz evidence is highlighted only for a question this learner has answered: before
		// that it would give the answer away.
		const asked = lesson.questions.find((q) => q.id === url.searchParams.get('evidence'));
		if (asked && new QuizProgress(lesson, mine?.answers ?? []).status(asked.id) !== 'unanswered') {
			evidenceOf = asked;
		}
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
		lesson: readerView(lesson, evidenceOf?.evidenceRanges ?? []),
		/** The answered question whose evidence is highlighted, to link back to it. */
		evidenceFor: evidenceOf ? { id: evidenceOf.id, prompt: evidenceOf.prompt } : null,
		/** Whether reading progress is recorded (a learner is signed in). */
		tracked: !!locals.learner,
		/** Paragraph where the learner stopped last time, to offer to resume there. */
		resumeAt
	};
}) satisfies PageServerLoad;
