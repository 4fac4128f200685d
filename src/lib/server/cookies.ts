import type { Cookies } from '@sveltejs/kit';

type CookieOptions = Parameters<Cookies['set']>[2];

/**
 * Options for every cookie the app sets. `secure` follows the request's protocol: SvelteKit
 * would make it secure everywhere but localhost, and browsers drop secure cookies over the
 * plain http a classroom uses (`http://<teacher-laptop>:3000`).
 */
export function cookieOptions(url: URL, maxAgeSeconds?: number): CookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds })
	};
}
