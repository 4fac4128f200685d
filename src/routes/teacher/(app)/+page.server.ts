import { createHash, randomUUID } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { store } from '$lib/server/db';
import { readClassName } from '$lib/teacher/class-name';
import { teacherOf } from '$lib/server/teacher/guard';
import { machineAddresses, reachableOrigins } from '$lib/server/teacher/join-url';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

/** An invitation link works for a week, once. */
const INVITE_DAYS = 7;

export const load = (async ({ locals, url }) => {
	const teacher = teacherOf(locals);
	const classrooms = await (await store()).listClassrooms(teacher.id);
	return {
		active: classrooms.filter((c) => !c.archived),
		archived: classrooms.filter((c) => c.archived),
		/** A new key for each showing of the creation form: the same form sent twice makes one class. */
		createKey: randomUUID(),
		/** The name of the class just deleted (after the delete page's redirect), to confirm it. */
		deleted: url.searchParams.get('deleted')
	};
}) satisfies PageServerLoad;

/**
 * The store's creation key: the form's key with the name, so a form shown again by the Back
 * button and filled with another name makes another class.
 */
function creationKey(form: FormData, name: string): string | undefined {
	const key = form.get('key');
	if (typeof key !== 'string' || !/^[\w-]{1,64}$/.test(key)) return undefined;
	return createHash('sha256').update(`${key}\n${name}`).digest('base64url');
}

export const actions = {
	create: async ({ request, locals }) => {
		const teacher = teacherOf(locals);
		const form = await request.formData();
		const read = readClassName(form.get('name'));
		const { name } = read;
		const values = { name };
		if (!read.ok) return fail(400, { create: { values, error: read.error } });
		try {
			const key = creationKey(form, name);
			const classroom = await (await store()).createClassroom(name, teacher.id, key);
			redirect(303, `/teacher/classes/${classroom.id}`);
		} catch (error) {
			if (error instanceof NotSavedError) {
				return fail(503, { create: { values, error: 'store.notSaved' } });
			}
			throw error;
		}
	},
	invite: async ({ locals, url }) => {
		const teacher = teacherOf(locals);
		const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString();
		try {
			const token = await (await store()).createTeacherInvite(teacher.id, expiresAt);
			// Never a localhost link: it would open the colleague's own machine.
			const port = Number(url.port || env.PORT || 3000);
			const origins = reachableOrigins({ requestUrl: url, lanAddresses: machineAddresses(), port });
			const links = (origins.length > 0 ? origins : [url.origin]).map(
				(origin) => `${origin}/teacher/invite/${token}`
			);
			return { invite: { link: links[0]!, others: links.slice(1), expiresAt } };
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { inviteError: 'store.notSaved' });
			throw error;
		}
	}
} satisfies Actions;
