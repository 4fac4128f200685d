import { messagesFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	return {
		/** Interface language, chosen by the server for this request. */
		lang: locals.lang,
		/** The interface strings in that language, resolved by i18next on the server. */
		messages: messagesFor(locals.lang)
	};
}) satisfies LayoutServerLoad;
