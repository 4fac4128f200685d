import type { LessonAssignment } from '../server/store/types';

// Which questions of a lesson a learner is asked. A class is given what its teacher chose (the
// core path until then); a self-learner starts with the core path and may go further, to every
// question. Pure: the routes read the assignment from the store and the answers, then ask here.

export type { LessonAssignment };

/** The kinds a teacher chooses from, in the order the form shows them. */
export const ASSIGNMENT_KINDS = [
	'core',
	'all',
	'chosen'
] as const satisfies readonly LessonAssignment['kind'][];

interface Quiz<Q extends { id: string }> {
	/** Suggested questions (review: suggested) are never asked: a teacher has not confirmed them. */
	questions: readonly Q[];
	/** Ids of the core questions (every question when the lesson lists no core). */
	corePath: readonly string[];
}

/**
 * The questions an assignment gives, in the lesson's order. Ids that are no longer in the lesson
 * (edited since) are left out; a choice left with none falls back to the core path, so a class
 * is never given an empty quiz.
 */
export function assignedQuestions<Q extends { id: string }>(
	lesson: Quiz<Q>,
	assignment: LessonAssignment
): Q[] {
	const asked = confirmedQuestions(lesson);
	const keep = (ids: readonly string[]) => asked.filter((q) => ids.includes(q.id));
	if (assignment.kind === 'all') return asked;
	if (assignment.kind === 'chosen') {
		const chosen = keep(assignment.questionIds);
		if (chosen.length > 0) return chosen;
	}
	return keep(lesson.corePath);
}

/** The questions a teacher has confirmed: an imported or drafted suggestion is not asked yet. */
function confirmedQuestions<Q extends { id: string }>(lesson: Quiz<Q>): Q[] {
	return lesson.questions.filter((q) => (q as { review?: string }).review !== 'suggested');
}

/** A key that is the same for two assignments giving the same questions of a lesson. */
export const assignmentKey = (lesson: Quiz<{ id: string }>, assignment: LessonAssignment) =>
	assignedQuestions(lesson, assignment)
		.map((q) => q.id)
		.join('\u0000');

const asAssigned = new WeakMap<object, Map<string, unknown>>();

/**
 * The lesson as a class is given it: the same lesson with only the assigned questions (the same
 * objects), and the ids of the others. Made once per lesson and set of questions, so what is
 * cached by lesson object (the dashboard's views) is cached for it too.
 */
export function lessonAsAssigned<L extends Quiz<{ id: string }>>(
	lesson: L,
	assignment: LessonAssignment
): { lesson: L; unassigned: ReadonlySet<string> } {
	const key = assignmentKey(lesson, assignment);
	let made = asAssigned.get(lesson);
	if (!made) asAssigned.set(lesson, (made = new Map()));
	let scoped = made.get(key) as { lesson: L; unassigned: ReadonlySet<string> } | undefined;
	if (!scoped) {
		const questions = assignedQuestions(lesson, assignment);
		const unassigned = new Set(
			lesson.questions.filter((q) => !questions.includes(q)).map((q) => q.id)
		);
		scoped = { lesson: { ...lesson, questions }, unassigned };
		made.set(key, scoped);
	}
	return scoped;
}

/** A learner's quiz in a lesson: the questions asked, and what a self-learner may go on to. */
export interface QuizPath<Q> {
	/** The questions asked, in the lesson's order. */
	questions: Q[];
	/**
	 * For a self-learner on the core path: the questions "pour aller plus loin", offered once the
	 * core is done. Empty for a pupil (their teacher chose) and once every question is asked.
	 */
	further: Q[];
}

/**
 * The questions a learner is asked.
 *
 * @param assignment what the learner's class is given; null for a self-learner
 * @param answered ids of the questions the learner has answered (as they are now)
 * @param requested the question asked for in the address, if any: a self-learner who opens a
 *   question beyond the core path (the offer at the end of it) goes on with every question
 */
export function quizPath<Q extends { id: string }>(
	lesson: Quiz<Q>,
	assignment: LessonAssignment | null,
	answered: Iterable<string>,
	requested: string | null = null
): QuizPath<Q> {
	if (assignment) return { questions: assignedQuestions(lesson, assignment), further: [] };
	const core = assignedQuestions(lesson, { kind: 'core' });
	const asked = confirmedQuestions(lesson);
	const beyond = asked.filter((q) => !core.includes(q));
	const wentFurther =
		beyond.some((q) => q.id === requested) ||
		[...answered].some((id) => beyond.some((q) => q.id === id));
	return wentFurther ? { questions: asked, further: [] } : { questions: core, further: beyond };
}
