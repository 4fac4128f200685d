import { hostname, networkInterfaces } from 'node:os';
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
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
import { checkFormBody, mediaType } from '$lib/server/form-body';
import { MAX_GIFT_BYTES } from '$lib/gift/decode';
import { configuredHosts, hostnameOf, isKnownHost, machineHosts } from '$lib/server/host-check';
import { fillFragments } from '$lib/server/page-fragments';
import { addSecurityHeaders } from '$lib/server/security-headers.js';

// Open the store (and take the data directory's lock) before the first request: a second
// server on the same DATA_DIR must refuse to start, not fail later on a pupil's click.
export const init: ServerInit = async () => {
	const { TEACHER_NAME, TEACHER_PASSWORD, PORT } = env;
	await prepareTeacherAccess(await store(), { TEACHER_NAME, TEACHER_PASSWORD, PORT });
};

/** Routes whose page has form actions (found at build time, so a new page is covered too). */
const PAGE_ROUTES = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+page.server.ts')).map(
		(file) => file.slice('/src/routes'.length, -'/+page.server.ts'.length) || '/'
	)
);

let fixedHosts: string[] | undefined;
const knownHost = (host: string | null) => {
	fixedHosts ??= configuredHosts(env.ALLOWED_HOSTS, env.ORIGIN);
	return isKnownHost(host, fixedHosts, () => machineHosts(networkInterfaces(), hostname()));
};

/** A refusal in plain text, in the visitor's language (nothing is looked up for it). */
function refuse(event: RequestEvent, status: number, key: string, values = {}): Response {
	const lang = pickLanguage(
		event.cookies.get(LANGUAGE_COOKIE),
		event.request.headers.get('accept-language')
	);
	const message = translatorFor(lang)(key, values);
	// use:enhance reads an action's answer as JSON: it then shows the message on the error page.
	const enhanced = event.request.headers.get('x-sveltekit-action') === 'true';
	const response = enhanced
		? Response.json({ type: 'error', status, error: { message } }, { status })
		: new Response(message, {
				status,
				headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': lang }
			});
	addSecurityHeaders(response.headers);
	return response;
}

/** Refuses a request before any page sees it: unknown host name, or a post no form could send. */
async function refusal(event: RequestEvent): Promise<Response | null> {
	const host = event.request.headers.get('host');
	// The name as ALLOWED_HOSTS takes it (no port).
	if (!knownHost(host))
		return refuse(event, 421, 'http.unknownHost', { host: hostnameOf(host) ?? host ?? '' });
	const { method } = event.request;
	if (method === 'GET' || method === 'HEAD' || !PAGE_ROUTES.has(event.route.id ?? '')) return null;
	const problem = await checkFormBody(event.request);
	if (!problem) return null;
	// An upload page says what its limit is; other forms only hold typed text.
	if (problem.status === 413 && event.route.id?.endsWith('/gift/import')) {
		return refuse(event, 413, 'teacher.gift.uploadTooLarge', { max: MAX_GIFT_BYTES / 1024 });
	}
	const type = mediaType(event.request.headers.get('content-type')) || '—';
	return refuse(event, problem.status, problem.message, { type });
}

export const handle: Handle = async ({ event, resolve }) => {
	const refused = await refusal(event);
	if (refused) return refused;

	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.learner = null;
	event.locals.learnerFileDamaged = false;
	event.locals.fragments = null;
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
		const response = new Response('Sign in as a teacher first.', {
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
		addSecurityHeaders(response.headers);
		return response;
	}

	// A signed-in learner's language follows them from device to device.
	const lang =
		event.locals.learner?.uiLanguage ??
		pickLanguage(event.cookies.get(LANGUAGE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.lang = lang;
	event.locals.t = translatorFor(lang);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			fillFragments(html.replace('%lang%', lang), event.locals.fragments)
	});
	addSecurityHeaders(response.headers);
	// Pages differ by language and learner: a school proxy must not hand one pupil's page to another.
	response.headers.append('vary', 'Accept-Language, Cookie');
	if (!response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-cache');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Not Found' };
	// A request the client got wrong (413 too large, 415 not a form…) is not a server error.
	if (status < 500) return { message: error instanceof Error ? error.message : 'Bad Request' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'Internal Error', id };
};
