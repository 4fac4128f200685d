import { error, fail, redirect } from '@sveltejs/kit';
import { MAX_GIFT_BYTES } from '$lib/gift/decode';
import { importView, messageViews } from '$lib/gift/view';
import { ChangedOnDiskError, confirmImport, lessonDir, previewImport } from '$lib/server/gift';
import { lessons } from '$lib/server/lessons';
import { teacherOf } from '$lib/server/teacher/guard';
import type { Actions, PageServerLoad } from './$types';

function folderOf(id: string): string {
	const dir = lessonDir(lessons.questionsDir, id);
	if (!dir) error(404, 'Not Found');
	return dir;
}

export const load = (({ params, locals }) => {
	teacherOf(locals);
	const lesson = lessons.get(params.lesson);
	folderOf(params.lesson);
	return {
		/** The lesson the questions go into (its title, when it loads). */
		lesson: { id: params.lesson, title: lesson?.title.fr ?? params.lesson },
		/** The largest file read, in kilobytes. */
		maxKb: Math.floor(MAX_GIFT_BYTES / 1024)
	};
}) satisfies PageServerLoad;

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : null);

export const actions = {
	/** Reads the uploaded file and shows what would be imported; nothing is written. */
	preview: async ({ params, locals, request }) => {
		teacherOf(locals);
		const dir = folderOf(params.lesson);
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { noFile: true });
		const preview = await previewImport(dir, new Uint8Array(await file.arrayBuffer()));
		if (!preview.ok) {
			return fail(400, { file: file.name, errors: messageViews(preview.errors, locals.lang) });
		}
		return {
			file: file.name,
			preview: importView(preview, locals.lang),
			/** The file's text and the quiz file's version, for the confirmation. */
			gift: new TextDecoder().decode(await file.arrayBuffer()).replace(/^\uFEFF/, ''),
			base: preview.base
		};
	},
	/** Writes the previewed questions, if quiz.yaml has not changed since the preview. */
	confirm: async ({ params, locals, request }) => {
		teacherOf(locals);
		const dir = folderOf(params.lesson);
		const form = await request.formData();
		const gift = text(form.get('gift'));
		const base = text(form.get('base'));
		const file = text(form.get('file-name')) ?? '';
		if (gift === null || base === null) return fail(400, { noFile: true });
		const bytes = new TextEncoder().encode(gift);
		try {
			const result = await confirmImport(dir, bytes, base);
			if (!result.ok) return fail(400, { file, errors: messageViews(result.errors, locals.lang) });
			if (result.questions.length === 0) return fail(400, { file, nothingToAdd: true });
			lessons.reload(params.lesson);
			redirect(
				303,
				`/teacher/lessons/${params.lesson}/preview?imported=${result.questions.length}`
			);
		} catch (caught) {
			if (!(caught instanceof ChangedOnDiskError)) throw caught;
			const again = await previewImport(dir, bytes);
			if (!again.ok) return fail(409, { file, errors: messageViews(again.errors, locals.lang) });
			return fail(409, {
				changed: true,
				file,
				preview: importView(again, locals.lang),
				gift,
				base: again.base
			});
		}
	}
} satisfies Actions;
