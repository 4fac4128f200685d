import { fail, redirect } from '@sveltejs/kit';
import { LANGUAGE_COOKIE, isLang } from '$lib/i18n/languages';
import { safeRedirectPath } from '$lib/redirect';
import { cookieOptions } from '$lib/server/cookies';
import { store } from '$lib/server/db';
import { NotSavedError } from '$lib/server/store/types';
import type { Actions } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

export const actions = {
	default: async ({ request, cookies, url, locals }) => {
		const form = await request.formData();
		const lang = form.get('lang');
		if (!isLang(lang)) return fail(400, { error: 'language.invalid' as const });

		cookies.set(LANGUAGE_COOKIE, lang, cookieOptions(url, ONE_YEAR));
		if (locals.learner)
			await (await store()).updatePreferences(locals.learner.id, { uiLanguage: lang });
		redirect(303, safeRedirectPath(form.get('redirectTo')));
	}
} satisfies Actions;
