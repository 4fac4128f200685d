import { fail, redirect } from '@sveltejs/kit';
import { setTeacherCookie, teacherSessionExpiry } from '$lib/server/auth/teacher-session';
import { store } from '$lib/server/db';
import { TeacherSignInLimits } from '$lib/server/rate-limit';
import { pseudonymKey } from '$lib/server/store/codes';
import { NotSavedError } from '$lib/server/store/types';
import { hashPassword, verifyPassword } from '$lib/server/teacher/password';
import { safeTeacherPath } from '$lib/teacher/paths';
import type { Actions, PageServerLoad } from './$types';

// Only failures count, per address and name (see TeacherSignInLimits): colleagues on one school
// network are never held up, and a guesser cannot lock a teacher out from everywhere.
const limits = new TeacherSignInLimits();
/** Checked when the name is unknown, so that an unknown name takes as long as a wrong password. */
const decoy = hashPassword('not a password of anyone');

export const load = (async ({ locals, url }) => {
	if (locals.teacher) redirect(303, safeTeacherPath(url.searchParams.get('redirectTo')));
	return { firstStart: (await (await store()).countTeachers()) === 0 };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const values = { name };
		// The key the store finds accounts by: "Marie  Dupont" is "marie dupont".
		const nameKey = pseudonymKey(name);
		const address = getClientAddress();
		// Counted before the slow check, so parallel guesses are counted too; a success is
		// forgiven after.
		if (!limits.begin(address, nameKey)) {
			return fail(429, { values, error: 'teacher.signin.errors.tooMany' });
		}
		if (!name || !password) {
			limits.succeeded(address, nameKey);
			return fail(400, { values, error: 'teacher.signin.errors.missing' });
		}
		const db = await store();
		const found = await db.findTeacherByName(name);
		// The same answer for an unknown name and a wrong password: names are not revealed.
		const ok = await verifyPassword(password, found?.passwordHash ?? (await decoy));
		if (!found || !ok) return fail(400, { values, error: 'teacher.signin.errors.wrong' });
		limits.succeeded(address, nameKey);
		try {
			setTeacherCookie(
				cookies,
				url,
				await db.createTeacherSession(found.teacher.id, teacherSessionExpiry())
			);
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { values, error: 'store.notSaved' });
			throw error;
		}
		redirect(303, safeTeacherPath(form.get('redirectTo')));
	}
} satisfies Actions;
