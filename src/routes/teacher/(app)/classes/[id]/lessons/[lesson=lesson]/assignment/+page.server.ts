import { error, fail } from '@sveltejs/kit';
import { assignedQuestions } from '$lib/lesson/assignment';
import { pathTime } from '$lib/lesson/reader';
import { store } from '$lib/server/db';
import { lessons } from '$lib/server/lessons';
import { NotFoundError, NotSavedError } from '$lib/server/store/types';
import { ownClassroom } from '$lib/server/teacher/guard';
import { readAssignmentForm } from '$lib/teacher/assignment-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const classroom = await ownClassroom(locals, params.id);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const assignment = (await (await store()).getAssignment(classroom.id, lesson.id))!;
	const given = assignedQuestions(lesson, assignment);
	const lang = locals.lang;
	return {
		classroom: { id: classroom.id, name: classroom.name },
		lesson: { id: lesson.id, title: lesson.title[lang] },
		/** What the class is given now, and the time it takes (worked out again after a save). */
		current: { kind: assignment.kind, time: pathTime(lesson, given) },
		/** The questions ticked when the page opens: those the class is given now. */
		ticked: given.map((q) => q.id),
		/** The two fixed paths, for the labels of their radio buttons. */
		paths: {
			core: pathTime(lesson, assignedQuestions(lesson, { kind: 'core' })),
			all: pathTime(lesson, lesson.questions)
		},
		/** Every question of the lesson in its order, in the teacher's language. */
		questions: lesson.questions.map((q, i) => ({
			id: q.id,
			number: i + 1,
			prompt: q.type === 'claim' ? `${q.prompt[lang]} — ${q.statement[lang]}` : q.prompt[lang],
			skill: q.skill,
			core: lesson.corePath.includes(q.id)
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, params, locals }) => {
		const classroom = await ownClassroom(locals, params.id);
		const lesson = lessons.get(params.lesson);
		if (!lesson) error(404, 'Not Found');
		const form = await request.formData();
		const read = readAssignmentForm(
			{ kind: form.get('kind'), questions: form.getAll('question').slice(0, 1000) },
			lesson.questions.map((q) => q.id)
		);
		if (!read.ok) return fail(400, { error: read.error, kind: read.kind, chosen: read.chosen });
		try {
			await (await store()).setAssignment(classroom.id, lesson.id, read.assignment);
		} catch (cause) {
			const kind = read.assignment.kind;
			const chosen = read.assignment.kind === 'chosen' ? read.assignment.questionIds : [];
			if (cause instanceof NotSavedError) {
				return fail(503, { error: 'store.notSaved', kind, chosen });
			}
			if (cause instanceof NotFoundError) error(404, 'Not Found');
			throw cause;
		}
		return { saved: true };
	}
} satisfies Actions;
