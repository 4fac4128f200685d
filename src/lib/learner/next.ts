import { safeRedirectPath } from '../redirect';

// Where a learner goes once they have started (joined a class, started alone, signed in): back
// to the page that sent them, so a pupil who came from the quiz finds the quiz again.

/** Pages that only start or end a learner's visit: never a place to come back to. */
const START_PAGES = /^\/(?:join|signin|signout|me\/deleted)(?:[/?#]|$)/;

/**
 * The local page to send a learner to after starting: `next` from the link or the form when it
 * is a path on this site, else the page the browser came from (its Referer, same origin only),
 * else the home page, which lists the lessons. Never a page of the start itself, never off-site.
 *
 * @param next the `next` query or form value, as received
 * @param referer the request's Referer header, if any
 * @param origin this site's origin (event.url.origin), to tell a same-site Referer
 */
export function learnerNextPath(next: unknown, referer: string | null, origin: string): string {
	if (typeof next === 'string' && next !== '') return usable(safeRedirectPath(next));
	if (!referer) return '/';
	try {
		const from = new URL(referer);
		if (from.origin !== origin) return '/';
		return usable(safeRedirectPath(`${from.pathname}${from.search}`));
	} catch {
		return '/';
	}
}

function usable(path: string): string {
	return START_PAGES.test(path) ? '/' : path;
}
