import { error, fail, redirect } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { readAnswer, type Answer } from '$lib/quiz/answer';
import { grade } from '$lib/quiz/grade';
import { questionView } from '$lib/quiz/view';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { learnerQuiz } from '$lib/server/quiz-path';
import { answersSince, currentHash, QuizProgress, roundStart } from '$lib/server/quiz-progress';
import { furtherOffer, questionContext, quizResult, quizSummary } from '$lib/server/quiz-views';
import { NotSavedError, type QuizLanguage } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

const quizLanguages: readonly string[] = ['fr', 'en', 'both'] satisfies QuizLanguage[];
const isQuizLanguage = (value: unknown): value is QuizLanguage =>
	typeof value === 'string' && quizLanguages.includes(value);

export const load = (async ({ params, locals, url }) => {
	const lesson = lessons.get(params.id);
	if (!lesson) error(404, 'Not Found');
	if (!locals.learner) {
		const heading = { id: lesson.id, title: lesson.title, total: lesson.questions.length };
		return { lesson: heading, signedIn: false as const };
	}

	const db = await store();
	const progress = await db.getProgress(locals.learner.id);
	const answers = progress?.lessons.find((l) => l.lessonId === lesson.id)?.answers ?? [];
	const requested = url.searchParams.get('q');
	// The questions this learner is asked: what the class is given, or a self-learner's path.
	const { path, progress: quiz } = await learnerQuiz(
		db,
		locals.learner,
		lesson,
		answers,
		requested
	);
	const questions = path.questions;
	// "Redo the whole quiz": only the answers of this round say what is left to ask.
	const since = roundStart(url.searchParams.get('round'));
	const round = since ? new QuizProgress(lesson, answersSince(answers, since), questions) : quiz;
	// "Redo the questions I missed": the first wrong one, asked again.
	const retryWrong = url.searchParams.has('retry-wrong');
	const index = retryWrong
		? questions.findIndex((q) => quiz.status(q.id) === 'wrong')
		: round.currentIndex(requested);
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	const question = questions[index];
	const answered = question && round.latest.get(question.id);
	const result =
		question && answered && !url.searchParams.has('retry') && !retryWrong
			? quizResult(lesson, question, answered)
			: null;
	const view =
		question && !result
			? questionView(question, { seed: `${locals.learner.id}/${question.id}`, paragraphs })
			: null;
	return {
		lesson: { id: lesson.id, title: lesson.title, total: questions.length },
		signedIn: true as const,
		/** Language of instructions and feedback: the learner's choice, else the interface's. */
		quizLanguage: locals.learner.quizLanguage ?? locals.lang,
		/** Right / wrong / not yet, per question asked, in order (in this round): no key in it. */
		statuses: questions.map((q) => round.status(q.id)),
		index,
		/** The question to answer, without its key, shuffled for this learner. */
		question: view,
		/** The paragraphs shown beside the question, named by what the question shows. */
		context: view && questionContext(lesson, view),
		/** Sent back with the answer: a resent form (double click, flaky Wi-Fi) counts once. */
		answerKey: randomBytes(16).toString('hex'),
		/** Only once the question has been answered: the verdict, feedback and evidence. */
		result,
		/** The next question without an answer (after this one, then from the start); null: summary. */
		nextId:
			[...questions.slice(index + 1), ...questions.slice(0, Math.max(index, 0))].find(
				(q) => round.status(q.id) === 'unanswered'
			)?.id ?? null,
		/** The round of "redo the whole quiz" being played, kept in every link; null otherwise. */
		round: since ? url.searchParams.get('round') : null,
		summary:
			index === -1
				? { ...quizSummary(lesson, quiz), further: furtherOffer(lesson, path.further) }
				: null
	};
}) satisfies PageServerLoad;

export const actions = {
	answer: async ({ request, params, locals, url }) => {
		const form = await request.formData();
		const submitted = Object.fromEntries(
			[...new Set(form.keys())]
				.slice(0, 50)
				.map((k) => [k, form.getAll(k).slice(0, 50).map(String)])
		);
		if (!locals.learner) return fail(401, { error: 'quiz.errors.notSignedIn', submitted });
		const lesson = lessons.get(params.id);
		if (!lesson) error(404, 'Not Found');
		const question = lesson.questions.find((q) => q.id === form.get('question'));
		const key = form.get('key');
		if (!question || typeof key !== 'string' || !/^[0-9a-f]{32}$/.test(key)) {
			return fail(400, { error: 'quiz.errors.unknownQuestion', submitted });
		}
		const paragraphs = lesson.paragraphs.map((p) => p.fr);
		const paragraph = question.type === 'mark' ? paragraphs[question.paragraph - 1] : undefined;
		const read = readAnswer(question, form, paragraph);
		if (!read.ok) return fail(400, { error: read.error, submitted });

		const db = await store();
		const progress = await db.getProgress(locals.learner.id);
		const answers = progress?.lessons.find((l) => l.lessonId === lesson.id)?.answers ?? [];
		// A pupil answers only what the class is given (a self-learner may go beyond the core).
		const { path } = await learnerQuiz(db, locals.learner, lesson, answers, question.id);
		if (!path.questions.includes(question)) {
			return fail(400, { error: 'quiz.errors.notAssigned', submitted });
		}
		const graded = grade(question, read.answer, paragraphs);
		try {
			await db.recordAnswer(locals.learner.id, {
				key,
				lessonId: lesson.id,
				questionId: question.id,
				questionHash: currentHash(question),
				answer: read.answer satisfies Answer,
				correct: graded.correct,
				attempt: new QuizProgress(lesson, answers).nextAttempt(question.id),
				at: new Date().toISOString()
			});
		} catch (cause) {
			if (cause instanceof NotSavedError) return fail(503, { error: 'store.notSaved', submitted });
			throw cause;
		}
		const round = roundStart(url.searchParams.get('round')) && url.searchParams.get('round');
		redirect(303, `/lessons/${lesson.id}/quiz?q=${question.id}${round ? `&round=${round}` : ''}`);
	},

	/** Redo the whole quiz: a new round in which every question is asked again. */
	restart: async ({ locals, params }) => {
		if (!locals.learner) return fail(401, { error: 'quiz.errors.notSignedIn', submitted: {} });
		redirect(303, `/lessons/${params.id}/quiz?round=${Date.now()}`);
	},

	language: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const language = form.get('language');
		if (!locals.learner || !isQuizLanguage(language)) {
			return fail(400, { error: 'quiz.errors.unknownOption', submitted: {} });
		}
		try {
			await (await store()).updatePreferences(locals.learner.id, { quizLanguage: language });
		} catch (cause) {
			if (cause instanceof NotSavedError)
				return fail(503, { error: 'store.notSaved', submitted: {} });
			throw cause;
		}
		// Back to the same question (and round), whatever else the address held.
		const back = new URLSearchParams();
		for (const name of ['q', 'round']) {
			const value = url.searchParams.get(name);
			if (value) back.set(name, value);
		}
		redirect(303, `/lessons/${params.id}/quiz${back.size ? `?${back}` : ''}`);
	}
} satisfies Actions;
