import { describeIssues, lessonAssignmentSchema, type ClassroomFile } from './schema';
import type { LessonAssignment } from './types';

// What a class is given of each lesson, kept in the class's own file (`assignments`): read with
// the class, written only when the teacher changes it. Free of lowdb, so any store can use it.

/** Until the teacher chooses, a class is given the lesson's core path. */
export const DEFAULT_ASSIGNMENT: LessonAssignment = { kind: 'core' };

/** The class's assignment of a lesson, as stored, or the default. */
export function assignmentIn(file: ClassroomFile, lessonId: string): LessonAssignment {
	const entry = file.assignments?.find((a) => a.lessonId === lessonId);
	return structuredClone(entry?.assignment ?? DEFAULT_ASSIGNMENT);
}

/**
 * A checked copy of what a caller wants stored (only the fields of its kind); TypeError for
 * an unknown kind, an empty or over-long choice, ids that are not short strings.
 */
export function checkedAssignment(lessonId: unknown, assignment: unknown): LessonAssignment {
	if (typeof lessonId !== 'string' || lessonId === '' || lessonId.length > 200) {
		throw new TypeError('A lesson id is a string of 1 to 200 characters');
	}
	const parsed = lessonAssignmentSchema.safeParse(assignment);
	if (!parsed.success) {
		throw new TypeError(`Not an assignment: ${describeIssues(parsed.error)}`);
	}
	return parsed.data;
}

/** Inside a commit: replaces the class's assignment of a lesson. */
export function putAssignment(
	draft: ClassroomFile,
	lessonId: string,
	assignment: LessonAssignment,
	at: string
): void {
	const others = (draft.assignments ?? []).filter((a) => a.lessonId !== lessonId);
	draft.assignments = [...others, { lessonId, assignment: structuredClone(assignment), at }];
}
