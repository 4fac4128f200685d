import { error } from '@sveltejs/kit';
import { openLenses, parseLens } from '$lib/lesson/lenses';
import { readerView } from '$lib/lesson/reader';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { learnerQuiz } from '$lib/server/quiz-path';
import { QuizProgress } from '$lib/server/quiz-progress';
import { NotSavedError, type ReadingEvent } from '$lib/server/store/types';
import type { PageServerLoad } from './$types';

type EventBody = ReadingEvent extends infer E
	? E extends ReadingEvent
		? Omit<E, 'key' | 'lessonId' | 'at'>
		: never
	: never;

export const load = (async ({ params, locals, url }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	const db = locals.learner ? await store() : null;
	const mine = db
		? (await db.getProgress(locals.learner!.id))?.lessons.find((p) => p.lessonId === lesson.id)
		: undefined;
	const quiz = db
		? (await learnerQuiz(db, locals.learner!, lesson, mine?.answers ?? [])).progress
		: new QuizProgress(lesson, []);

	// Quiz evidence is highlighted only for a question this learner has answered: before
	// that it would give the answer away. Lenses answer questions too: they open once every
	// question the learner is asked is answered, unless the lesson file opens them from the start.
	const asked = lesson.questions.find((q) => q.id === url.searchParams.get('evidence'));
	const evidenceOf = asked && quiz.status(asked.id) !== 'unanswered' ? asked : undefined;
	const open = openLenses(lesson, !!mine && quiz.complete);
	const requested = parseLens(url.searchParams.get('lens'));
	const lens = requested && open.includes(requested) ? requested : null;

	if (db) {
		const record = async (event: EventBody) => {
			try {
				await db.recordEvent(locals.learner!.id, {
					...event,
					key: crypto.randomUUID(),
					lessonId: lesson.id,
					at: new Date().toISOString()
				} as ReadingEvent);
			} catch (cause) {
				// Reading must not depend on the disk: log it and show the text anyway.
				if (!(cause instanceof NotSavedError)) throw cause;
				console.error(cause.message);
			}
		};
		await record({ type: 'lesson-opened' });
		if (lens) await record({ type: 'lens-used', lens });
	}
	return {
		/** The text, its translation, its glossary and the lens asked for; nothing of the quiz. */
		lesson: readerView(lesson, {
			highlights: evidenceOf?.evidenceRanges ?? [],
			lens,
			lang: locals.lang
		}),
		lenses: {
			open,
			/** A locked lens that was asked for (an old link, a guess): said, not shown. */
			refused: requested && !lens ? requested : null
		},
		/** The answered question whose evidence is highlighted, to link back to it. */
		evidenceFor: evidenceOf ? { id: evidenceOf.id, prompt: evidenceOf.prompt } : null,
		/** Whether reading progress is recorded (a learner is signed in). */
		tracked: !!locals.learner,
		/** Paragraph where the learner stopped last time, to offer to resume there. */
		resumeAt: mine?.lastParagraph ?? null
	};
}) satisfies PageServerLoad;
