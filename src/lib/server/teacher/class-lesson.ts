import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { ownClassroom } from './guard';

/**
 * What every teacher view of one class in one lesson starts from (the dashboard, its live
 * updates, the gradebook): the teacher's own class, the lesson, the class's progress (its
 * learner files only), and what the class is given, which the figures count against.
 */
export async function classLesson(locals: App.Locals, params: { id: string; lesson: string }) {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const db = await store();
	const progress = await db.listClassProgress(classroom.id);
	// The class exists (it is the teacher's own), so it has an assignment, the default at least.
	const assignment = (await db.getAssignment(classroom.id, lesson.id))!;
	return { classroom, lesson, progress, assignment };
}
