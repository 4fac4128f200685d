import { ASSIGNMENT_KINDS, type LessonAssignment } from '../lesson/assignment';

// The teacher's "questions given to the class" form: a kind (radio buttons) and, for a choice,
// the ticked questions (checkboxes named `question`). Read against the lesson's questions, so
// the store is only ever given ids that exist; a refusal gives back what was ticked.

export type AssignmentFormResult =
	| { ok: true; assignment: LessonAssignment }
	| {
			ok: false;
			/** Locale key of what is wrong and how to fix it. */
			error: string;
			/** The kind and the questions ticked, to show the form again as it was sent. */
			kind: LessonAssignment['kind'] | null;
			chosen: string[];
	  };

/**
 * Reads the form. A choice keeps the ticked questions in the lesson's order, each once; ids
 * that are not questions of the lesson are refused (a lesson edited since the page was shown).
 */
export function readAssignmentForm(
	values: { kind: unknown; questions: readonly unknown[] },
	lessonQuestionIds: readonly string[]
): AssignmentFormResult {
	const kind = ASSIGNMENT_KINDS.find((k) => k === values.kind) ?? null;
	const ticked = values.questions.filter((v): v is string => typeof v === 'string');
	const chosen = lessonQuestionIds.filter((id) => ticked.includes(id));
	const refuse = (error: string) => ({ ok: false as const, error, kind, chosen });
	if (!kind) return refuse('teacher.assignment.errors.kindMissing');
	if (kind !== 'chosen') return { ok: true, assignment: { kind } };
	if (ticked.some((id) => !lessonQuestionIds.includes(id))) {
		return refuse('teacher.assignment.errors.unknownQuestion');
	}
	if (chosen.length === 0) return refuse('teacher.assignment.errors.noneChosen');
	return { ok: true, assignment: { kind, questionIds: chosen } };
}
