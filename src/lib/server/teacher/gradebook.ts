import { lessonAsAssigned, type LessonAssignment } from '../../lesson/assignment';
import type { Lesson } from '../../lesson/load';
import { classDashboard } from '../../teacher/dashboard';
import { minutesSpent, type GradebookRow } from '../../teacher/gradebook';
import { currentHash } from '../quiz-progress';
import type { LearnerProgress } from '../store/types';

/** The time zone of the machine the server runs on: the class's, on a teacher's laptop. */
export function serverTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * One gradebook row per learner of the class, scores as the dashboard counts them (answers to
 * the questions as they are now, of those the class is given), and the skills in the
 * dashboard's order.
 */
export function gradebook(
	fullLesson: Lesson,
	progress: readonly LearnerProgress[],
	assignment: LessonAssignment = { kind: 'all' }
): { rows: GradebookRow[]; skills: { skill: string; questions: number }[] } {
	const { lesson, unassigned } = lessonAsAssigned(fullLesson, assignment);
	const hashes = new Map(lesson.questions.map((q) => [q.id, currentHash(q)]));
	const dashboard = classDashboard(lesson, progress, hashes, { unassigned });
	const byLearner = new Map(progress.map((p) => [p.learner.id, p]));
	const rows = dashboard.learners.map((stats) => {
		const mine = byLearner.get(stats.learnerId)!.lessons.find((l) => l.lessonId === lesson.id);
		const moments = [
			mine?.firstOpenedAt,
			mine?.lastOpenedAt,
			...(mine?.answers.map((a) => a.at) ?? [])
		].filter((m): m is string => typeof m === 'string');
		moments.sort();
		return {
			pseudonym: stats.pseudonym,
			questions: stats.questions,
			answered: stats.answered,
			rightFirstTry: stats.rightFirstTry,
			rightInEnd: stats.rightInEnd,
			skills: stats.skills.map(({ right, total }) => ({ right, total })),
			minutes: minutesSpent(moments),
			firstActivity: moments[0] ?? null,
			lastActivity: moments.at(-1) ?? null
		};
	});
	return {
		rows,
		skills: dashboard.skills.map((s) => ({ skill: s.skill, questions: s.questions }))
	};
}
