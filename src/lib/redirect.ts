/**
 * A path on this site to send the browser back to after a form, or `/`. Refuses anything that
 * could leave the site (`//evil.test`, `https://…`, `/\evil.test`): the value comes from a form.
 */
export function safeRedirectPath(candidate: unknown): string {
	if (typeof candidate !== 'string' || !candidate.startsWith('/')) return '/';
	if (candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
	// Control characters could split a header or smuggle a scheme-relative URL past the check.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(candidate)) return '/';
	return candidate;
}
