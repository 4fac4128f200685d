import { fail, redirect } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import { NotSavedError } from '$lib/server/store/types';
import { createAccountAndSignIn, readAccountForm } from '$lib/server/teacher/accounts';
import type { Actions, PageServerLoad } from './$types';

// A colleague's one-time invitation: the link makes one teacher account, then stops working.

export const load = (async ({ locals, params }) => ({
	signedIn: !!locals.teacher,
	/** False for a link already used or expired: the page says so instead of showing the form. */
	usable: await (await store()).checkTeacherInvite(params.token)
})) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, params }) => {
		const form = await request.formData();
		const values = { name: String(form.get('name') ?? '') };
		const read = readAccountForm(form);
		if (!read.ok) return fail(400, { values, field: read.field, error: read.error });
		const db = await store();
		// A taken name must not use the invitation up: check it first.
		if (await db.findTeacherByName(read.value.name)) {
			return fail(400, { values, field: 'name', error: 'teacher.account.errors.nameTaken' });
		}
		try {
			if (!(await db.consumeTeacherInvite(params.token))) {
				return fail(403, { values, field: 'name', error: 'teacher.invite.used' });
			}
		} catch (error) {
			// Nothing was used up: the same link works once the disk has room again.
			if (error instanceof NotSavedError) {
				return fail(503, { values, field: 'name', error: 'store.notSaved' });
			}
			throw error;
		}
		const created = await createAccountAndSignIn(read.value, cookies, url);
		if (!('id' in created)) return created;
		redirect(303, '/teacher');
	}
} satisfies Actions;
