import { fail, redirect } from '@sveltejs/kit';
import { LANGUAGE_COOKIE } from '$lib/i18n/languages';
import { readCode } from '$lib/learner/forms';
import { safeRedirectPath } from '$lib/redirect';
import { setSessionCookie } from '$lib/server/auth/learner-session';
import { cookieOptions } from '$lib/server/cookies';
import { store } from '$lib/server/db';
import { FailureLimiter } from '$lib/server/rate-limit';
import { normalizeCode, RECOVERY_CODE_LENGTH } from '$lib/server/store/codes';
import { DamagedFileError, NotSavedError } from '$lib/server/store/types';
import type { Actions } from './$types';

// Ten wrong codes a minute per address: plenty for a pupil, far too few to guess a 9-character
// code. Right codes do not count: a whole school may share one public address.
const failures = new FailureLimiter(10, 60_000);

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const values = { code: String(form.get('code') ?? '') };
		const address = getClientAddress();
		if (!failures.begin(address)) {
			return fail(429, { values, error: 'signin.errors.tooMany' });
		}
		const code = readCode(form.get('code'), (typed) => normalizeCode(typed, RECOVERY_CODE_LENGTH), {
			missing: 'signin.errors.codeMissing',
			invalid: 'signin.errors.codeInvalid'
		});
		if ('error' in code) return fail(400, { values, error: code.error });

		const db = await store();
		let learner;
		try {
			learner = await db.findLearnerByRecoveryCode(code.code);
		} catch (error) {
			// The code is right but the file behind it cannot be read: say so, not "unknown code".
			if (error instanceof DamagedFileError) {
				return fail(409, { values, error: 'signin.errors.damaged' });
			}
			throw error;
		}
		if (!learner) return fail(400, { values, error: 'signin.errors.codeUnknown' });
		failures.succeeded(address);
		try {
			setSessionCookie(cookies, url, await db.createSession(learner.id));
		} catch (error) {
			if (error instanceof NotSavedError) return fail(503, { values, error: 'store.notSaved' });
			throw error;
		}
		if (learner.uiLanguage) {
			cookies.set(LANGUAGE_COOKIE, learner.uiLanguage, cookieOptions(url, 60 * 60 * 24 * 365));
		}
		redirect(303, safeRedirectPath(form.get('redirectTo') ?? '/me'));
	}
} satisfies Actions;
