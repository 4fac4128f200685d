import { assignedQuestions } from '../../lesson/assignment';
import type { Lesson } from '../../lesson/load';
import { QuizProgress } from '../quiz-progress';
import type { LearnerProgress, LessonAssignment } from '../store/types';

/** One lesson on the class page: what the class is given and how many pupils answered it all. */
export interface LessonOverview {
	id: string;
	title: Lesson['title'];
	assignment: { kind: LessonAssignment['kind']; questions: number };
	/** Pupils who answered every question given (as it is now). */
	finished: number;
}

/**
 * The class page's counts, against what the class is given of each lesson: per lesson, the
 * pupils who finished; per pupil, the questions given that they answered, all lessons together.
 */
export function classOverview(
	lessons: readonly Lesson[],
	assignments: readonly LessonAssignment[],
	progress: readonly LearnerProgress[]
): { lessons: LessonOverview[]; answered: Map<string, number> } {
	const answered = new Map(progress.map((p) => [p.learner.id, 0]));
	const overview = lessons.map((lesson, i) => {
		const assignment = assignments[i]!;
		const given = assignedQuestions(lesson, assignment);
		let finished = 0;
		for (const { learner, lessons: mine } of progress) {
			const answers = mine.find((l) => l.lessonId === lesson.id)?.answers ?? [];
			const quiz = new QuizProgress(lesson, answers, given);
			const count = given.filter((q) => quiz.latest.has(q.id)).length;
			answered.set(learner.id, answered.get(learner.id)! + count);
			if (count === given.length && count > 0) finished++;
		}
		return {
			id: lesson.id,
			title: lesson.title,
			assignment: { kind: assignment.kind, questions: given.length },
			finished
		};
	});
	return { lessons: overview, answered };
}
