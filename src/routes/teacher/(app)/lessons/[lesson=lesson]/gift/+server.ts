import { error } from '@sveltejs/kit';
import { exportGift } from '$lib/gift/export';
import { lessons } from '$lib/server/lessons';
import { attachment } from '$lib/server/teacher/attachment';
import { teacherOf } from '$lib/server/teacher/guard';
import type { RequestHandler } from './$types';

/** The lesson's quiz as a GIFT file for Moodle; `?fr-only=1` leaves the English out. */
export const GET = (({ params, locals, url }) => {
	teacherOf(locals);
	const lesson = lessons.get(params.lesson);
	if (!lesson) error(404, 'Not Found');
	const gift = exportGift(
		{
			id: lesson.id,
			title: lesson.title,
			paragraphs: lesson.paragraphs.map((p) => p.fr),
			questions: lesson.questions
		},
		{ frOnly: url.searchParams.has('fr-only') }
	);
	return new Response(gift, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': attachment(lesson.id, 'gift'),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
