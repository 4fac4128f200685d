import type { Cookies } from '@sveltejs/kit';
import { cookieOptions } from '../cookies';

/** Cookie holding a teacher's session token (random; the store keeps only its hash). */
export const TEACHER_COOKIE = 'qdq_teacher';
/** A teacher's session lasts a fortnight: a school laptop is shared less than a pupil's phone. */
export const TEACHER_SESSION_SECONDS = 60 * 60 * 24 * 14;

export const teacherSessionExpiry = (now = Date.now()) =>
	new Date(now + TEACHER_SESSION_SECONDS * 1000).toISOString();

export function setTeacherCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(TEACHER_COOKIE, token, cookieOptions(url, TEACHER_SESSION_SECONDS));
}

export function clearTeacherCookie(cookies: Cookies, url: URL): void {
	cookies.delete(TEACHER_COOKIE, cookieOptions(url));
}
