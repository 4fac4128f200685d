import { redirect } from '@sveltejs/kit';
import { fail } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { createAccountAndSignIn, readAccountForm } from '$lib/server/teacher/accounts';
import { isSetupToken, takeSetupToken } from '$lib/server/teacher/setup';
import type { Actions, PageServerLoad } from './$types';

// The one-time link the server prints on its first start: it creates the first teacher.

export const load = (async ({ url }) => {
	const done = (await (await store()).countTeachers()) > 0;
	return {
		state: done ? 'done' : isSetupToken(url.searchParams.get('token')) ? 'ready' : 'bad-link'
	} as const;
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const values = { name: String(form.get('name') ?? '') };
		const read = readAccountForm(form);
		if (!read.ok) return fail(400, { values, field: read.field, error: read.error });
		const taken =
			(await (await store()).countTeachers()) === 0
				? takeSetupToken(String(form.get('token')))
				: null;
		if (!taken) return fail(403, { values, field: 'name', error: 'teacher.setup.linkUsed' });
		let created;
		try {
			created = await createAccountAndSignIn(read.value, cookies, url);
		} catch (error) {
			taken.giveBack();
			throw error;
		}
		if (!('id' in created)) {
			taken.giveBack(); // nothing was made: the link still works
			return created;
		}
		redirect(303, '/teacher');
	}
} satisfies Actions;
