import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { LANGUAGE_COOKIE } from '$lib/i18n/languages';
import { pickLanguage } from '$lib/i18n/negotiate';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE } from '$lib/server/auth/learner-session';
import { TEACHER_COOKIE } from '$lib/server/auth/teacher-session';
import { isTeacherOnlyPath } from '$lib/teacher/paths';
import { prepareTeacherAccess } from '$lib/server/teacher/setup';
import { store } from '$lib/server/db';
import { translatorFor } from '$lib/server/i18n';
import { DamagedFileError } from '$lib/server/store/types';

// Open the store (and take the data directory's lock) before the first request: a second
// server on the same DATA_DIR must refuse to start, not fail later on a pupil's click.
export const init: ServerInit = async () => {
	const { TEACHER_NAME, TEACHER_PASSWORD, PORT } = env;
	await prepareTeacherAccess(await store(), { TEACHER_NAME, TEACHER_PASSWORD, PORT });
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.learner = null;
	event.locals.learnerFileDamaged = false;
	if (token) {
		try {
			event.locals.learner = await (await store()).findSessionLearner(token);
		} catch (error) {
			if (!(error instanceof DamagedFileError)) throw error;
			console.error(`Learner file damaged: ${error.message}`);
			event.locals.learnerFileDamaged = true;
		}
	}

	const teacherToken = event.cookies.get(TEACHER_COOKIE);
	event.locals.teacher = teacherToken
		? await (await store()).findSessionTeacher(teacherToken)
		: null;
	// Every teacher action is refused without a teacher session, whatever the route forgets;
	// pages redirect to the sign-in from their layout.
	if (
		!event.locals.teacher &&
		event.request.method !== 'GET' &&
		event.request.method !== 'HEAD' &&
		isTeacherOnlyPath(event.url.pathname)
	) {
		return new Response('Sign in as a teacher first.', {
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}

	// A signed-in learner's language follows them from device to device.
	const lang =
		event.locals.learner?.uiLanguage ??
		pickLanguage(event.cookies.get(LANGUAGE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.lang = lang;
	event.locals.t = translatorFor(lang);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	// Pages differ by language and learner: a school proxy must not hand one pupil's page to another.
	response.headers.append('vary', 'Accept-Language, Cookie');
	if (!response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-cache');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Not Found' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'Internal Error', id };
};
