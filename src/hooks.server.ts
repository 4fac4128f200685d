import type { Handle, HandleServerError } from '@sveltejs/kit';
import { LANGUAGE_COOKIE } from '$lib/i18n/languages';
import { pickLanguage } from '$lib/i18n/negotiate';
import { translatorFor } from '$lib/server/i18n';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = pickLanguage(
		event.cookies.get(LANGUAGE_COOKIE),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	event.locals.t = translatorFor(lang);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	// Pages differ by language: a school proxy must not hand one pupil's English page to another.
	response.headers.append('vary', 'Accept-Language, Cookie');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Not Found' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'Internal Error', id };
};
