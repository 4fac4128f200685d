import { error } from '@sveltejs/kit';
import { LENS_NAMES, parseLens } from '$lib/lesson/lenses';
import { readerView } from '$lib/lesson/reader';
import { lessons } from '$lib/server/lessons';
import { answerKey } from '$lib/server/teacher/answer-key';
import { teacherOf } from '$lib/server/teacher/guard';
import type { PageServerLoad } from './$types';

export const load = (({ params, locals, url }) => {
	teacherOf(locals);
	const lesson = lessons.get(params.lesson, { drafts: true });
	if (!lesson) error(404, 'Not Found');
	const questions = answerKey(lesson);
	// Any question's evidence can be highlighted: the teacher sees every answer anyway.
	const asked = lesson.questions.find((q) => q.id === url.searchParams.get('evidence'));
	return {
		/** The text as a learner reads it, with the lens asked for: every lens is open here. */
		lesson: readerView(lesson, {
			highlights: asked?.evidenceRanges ?? [],
			lens: parseLens(url.searchParams.get('lens')),
			lang: locals.lang
		}),
		lenses: [...LENS_NAMES],
		/** A draft: hidden from pupils, its suggestions waiting for the teacher. */
		draft: lesson.status === 'draft',
		/** Every question with its key, numbered and lettered as on the printed worksheet. */
		questions,
		/** The question whose evidence is highlighted in the text, to link back to it. */
		evidenceFor: asked ? questions.find((q) => q.id === asked.id)! : null,
		/** Ids of the questions still to review (an import, the drafting assistant). */
		suggested: lesson.questions.filter((q) => q.review === 'suggested').map((q) => q.id),
		/** How many Moodle questions were just imported (after the import's redirect). */
		imported: Number(url.searchParams.get('imported')) || 0
	};
}) satisfies PageServerLoad;
