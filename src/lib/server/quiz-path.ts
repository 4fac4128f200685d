import { quizPath, type QuizPath } from '../lesson/assignment';
import type { Lesson } from '../lesson/load';
import { DEFAULT_ASSIGNMENT } from './store/assignments';
import { QuizProgress } from './quiz-progress';
import type { AnswerRecord, Learner, LessonAssignment, Store } from './store/types';

type LessonQuestion = Lesson['questions'][number];

/** What the learner's class is given of the lesson; null for a self-learner. */
export async function classAssignment(
	db: Store,
	learner: Learner,
	lessonId: string
): Promise<LessonAssignment | null> {
	if (!learner.classroomId) return null;
	// A class gone since (its pupils go with it) gives what a class is given by default.
	return (await db.getAssignment(learner.classroomId, lessonId)) ?? DEFAULT_ASSIGNMENT;
}

/**
 * The questions this learner is asked in the lesson (quizPath), and their progress in them.
 * `requested` is the question the address asks for, which may take a self-learner further.
 */
export async function learnerQuiz(
	db: Store,
	learner: Learner,
	lesson: Lesson,
	answers: readonly AnswerRecord[],
	requested: string | null = null
): Promise<{ path: QuizPath<LessonQuestion>; progress: QuizProgress }> {
	const assignment = await classAssignment(db, learner, lesson.id);
	const answered = new QuizProgress(lesson, answers).latest.keys();
	const path = quizPath(lesson, assignment, answered, requested);
	return { path, progress: new QuizProgress(lesson, answers, path.questions) };
}
