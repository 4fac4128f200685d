import { error } from '@sveltejs/kit';
import { parseLens } from '$lib/lesson/lenses';
import { readerView } from '$lib/lesson/reader';
import { renderReaderFragments } from '$lib/server/reader-fragments';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { learnerQuiz } from '$lib/server/quiz-path';
import { QuizProgress, lensesOpenTo } from '$lib/server/quiz-progress';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url, isDataRequest }) => {
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
	const open = lensesOpenTo(quiz, !!mine);
	const requested = parseLens(url.searchParams.get('lens'));
	const lens = requested && open.includes(requested) ? requested : null;

	const shown = { highlights: evidenceOf?.evidenceRanges ?? [], lens, lang: locals.lang };
	// A page load gets the article and glossary written in by the server, rendered once per
	// lesson version, language and lens, and no copy of them in its data; a navigation in the
	// browser renders them from the view instead.
	if (!isDataRequest) locals.fragments = renderReaderFragments(lesson, shown);
	const { id, title, level, readingMinutes, source } = lesson;
	return {
		/** What the page says about the lesson around the text. */
		lesson: { id, title, level, readingMinutes, source },
		/** The lens shown; null: the plain text. */
		lens,
		/** The text, its translation, its glossary and the lens; nothing of the quiz. Null when
		 * the server wrote them into the page. */
		view: isDataRequest ? readerView(lesson, shown) : null,
		lenses: {
			open,
			/** A locked lens that was asked for (an old link, a guess): said, not shown. */
			refused: requested && !lens ? requested : null
		},
		/** The answered question whose evidence is highlighted, to link back to it. */
		evidenceFor: evidenceOf ? { id: evidenceOf.id, prompt: evidenceOf.prompt } : null,
		/** Whether reading progress is recorded (a learner is signed in). */
		tracked: !!locals.learner,
		/**
		 * The image that records the opening once the page is really shown (not when a link is
		 * preloaded on hover), with this view's key; null for a visitor.
		 */
		opened: locals.learner
			? `/lessons/${lesson.id}/opened?${new URLSearchParams({
					key: crypto.randomUUID(),
					...(lens ? { lens } : {})
				})}`
			: null,
		/** Paragraph where the learner stopped last time, to offer to resume there. */
		resumeAt: mine?.lastParagraph ?? null
	};
}) satisfies PageServerLoad;
