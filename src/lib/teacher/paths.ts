// Which addresses of the teacher area anyone may open: signing in, the first-teacher setup link
// and an invitation. Everything else under /teacher needs a teacher session.

const PUBLIC = [/^\/teacher\/signin\/?$/, /^\/teacher\/setup\/?$/, /^\/teacher\/invite\/[^/]+\/?$/];

export function isTeacherOnlyPath(rawPathname: string): boolean {
	// Routes match the decoded path: "/%74eacher" is "/teacher" too.
	let pathname: string;
	try {
		pathname = decodeURIComponent(rawPathname);
	} catch {
		return true; // not decodable: refuse rather than guess
	}
	if (pathname !== '/teacher' && !pathname.startsWith('/teacher/')) return false;
	return !PUBLIC.some((pattern) => pattern.test(pathname));
}

/** Where to go after signing in: a teacher page of this site, else the teacher home. */
export function safeTeacherPath(candidate: unknown): string {
	if (typeof candidate !== 'string') return '/teacher';
	// Same rules as every redirect of the site, and it must stay in the teacher area.
	if (!/^\/teacher(?:[/?#]|$)/.test(candidate) || candidate.startsWith('//')) return '/teacher';
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return '/teacher';
	return candidate;
}
