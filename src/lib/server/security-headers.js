// @ts-check
// Plain JavaScript so that scripts/start.js can send the same headers with the built assets it
// serves before SvelteKit sees the request; the Content-Security-Policy itself comes from
// kit.csp in svelte.config.js (it needs each page's nonces and hashes).

/**
 * Headers sent with every response.
 * - nosniff: a file is only ever run or styled as the type the server says it is.
 * - DENY: no other site may show the app in a frame (clickjacking a teacher's buttons); CSP's
 *   frame-ancestors says the same to browsers that read it.
 * - Referrer-Policy: pupils' pages never tell another site which class or lesson they came from.
 * - Permissions-Policy: the app needs no camera, microphone, location… (speech synthesis needs
 *   no permission); only features Chromium knows are listed, so the console stays clean.
 * - Content-Security-Policy: pages get SvelteKit's (kit.csp); anything else (CSV, JSON, files,
 *   refusals) is never a page and may load or run nothing.
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = Object.freeze({
	'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'permissions-policy': [
		'accelerometer=()',
		'autoplay=()',
		'browsing-topics=()',
		'camera=()',
		'display-capture=()',
		'geolocation=()',
		'gyroscope=()',
		'hid=()',
		'magnetometer=()',
		'microphone=()',
		'midi=()',
		'payment=()',
		'publickey-credentials-get=()',
		'serial=()',
		'usb=()',
		'xr-spatial-tracking=()'
	].join(', ')
});

/**
 * Sets the security headers on a fetch `Headers` or a Node response (anything with `set` or
 * `setHeader`), without touching a header already there.
 * @param {{ has(name: string): boolean; set(name: string, value: string): void }} headers
 */
export function addSecurityHeaders(headers) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
}
