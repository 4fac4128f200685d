import { messagesFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	return {
		/** Interface language, chosen by the server for this request. */
		lang: locals.lang,
		/** The interface strings in that language, resolved by i18next on the server. */
		messages: messagesFor(locals.lang),
		/** Who is signed in on this device, for the header; null when nobody is. */
		learner: locals.learner ? { pseudonym: locals.learner.pseudonym } : null
	};
}) satisfies LayoutServerLoad;
