import { error } from '@sveltejs/kit';
import type { Classroom, Teacher } from '../store/types';
import { store } from '../db';

/** The signed-in teacher; an action or load without one fails (hooks refuse it earlier too). */
export function teacherOf(locals: App.Locals): Teacher {
	if (!locals.teacher) error(401, 'Sign in as a teacher first.');
	return locals.teacher;
}

/**
 * The class if it is this teacher's; 404 otherwise, the same answer as for a class that does
 * not exist, so that another teacher's class ids reveal nothing.
 */
export async function ownClassroom(locals: App.Locals, classroomId: string): Promise<Classroom> {
	const teacher = teacherOf(locals);
	const classroom = await (await store()).getClassroom(classroomId);
	if (!classroom || classroom.ownerId !== teacher.id) error(404, 'Not Found');
	return classroom;
}
