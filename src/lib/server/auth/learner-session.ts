import type { Cookies } from '@sveltejs/kit';
import { cookieOptions } from '../cookies';

/** Cookie holding a learner's session token (random; the store keeps only its hash). */
export const SESSION_COOKIE = 'qdq_session';
const HALF_A_YEAR = 60 * 60 * 24 * 182;

export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, cookieOptions(url, HALF_A_YEAR));
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, cookieOptions(url));
}
