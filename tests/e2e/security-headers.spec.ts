import { expect, test, type Page, type Response } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';
import { readerReady } from './support/reader';
import { requestAsClassroom } from './support/server';
import { signInAsTeacher } from './support/teacher';

const LESSON = 'karabakh-revenge';

type Headers = Record<string, string | string[] | undefined>;

/** The headers every answer of the app carries, page or not. */
function expectBaseHeaders(headers: Headers, what: string): void {
	expect(headers['x-content-type-options'], what).toBe('nosniff');
	expect(headers['x-frame-options'], what).toBe('DENY');
	expect(headers['referrer-policy'], what).toBe('same-origin');
	const permissions = String(headers['permissions-policy']);
	for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
		expect(permissions, what).toContain(feature);
	expect(String(headers['content-security-policy']), what).toContain("frame-ancestors 'none'");
}

/** A page's policy: only the app's own scripts, the start-up script by its nonce or hash. */
function expectPagePolicy(headers: Headers, what: string): void {
	expectBaseHeaders(headers, what);
	const policy = String(headers['content-security-policy']);
	const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
	expect(scripts, what).toContain("'self'");
	expect(scripts, what).toMatch(/'(nonce|sha256)-/);
	expect(scripts, what).not.toContain('unsafe-inline');
	expect(scripts, what).not.toContain('unsafe-eval');
	expect(policy, what).toContain("object-src 'none'");
	expect(policy, what).toContain("base-uri 'self'");
	expect(policy, what).toContain("form-action 'self'");
}

/** Collects what the browser refused or complained about while the page ran. */
async function watchConsole(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('console', (message) => {
		// The 404 page's own status is reported as a failed load: that one is expected.
		if (message.type() === 'error' && !/status of 404/.test(message.text()))
			problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const seen = ((window as unknown as { cspSeen?: string[] }).cspSeen ??= []);
			seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	return async () => [
		...problems,
		...((await page.evaluate(() => (window as unknown as { cspSeen?: string[] }).cspSeen)) ?? [])
	];
}

/** Opens a page with JavaScript, checks its headers, that the app started, and axe. */
async function visit(page: Page, path: string, status = 200): Promise<Response> {
	const response = (await page.goto(path))!;
	expect(response.status(), path).toBe(status);
	expectPagePolicy(await response.allHeaders(), path);
	// SvelteKit's inline start-up script ran (it defines this object): the nonce was accepted.
	await expect
		.poll(() => page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit_'))))
		.toBe(true);
	await expectAccessible(page);
	return response;
}

test.describe('security headers', () => {
	test.describe.configure({ mode: 'parallel' });
	test('every page a pupil sees has them, and still works with JavaScript', async ({ page }) => {
		test.setTimeout(180_000);
		const problems = await watchConsole(page);
		await visit(page, '/');
		await visit(page, '/join');
		await visit(page, '/signin');
		await visit(page, '/no-such-page', 404);

		await joinClass(page, uniquePseudonym('Casque'));
		await visit(page, '/me');
		await visit(page, `/lessons/${LESSON}`);
		// The reader's script took over: tooltips open on a glossary term.
		await readerReady(page);
		await visit(page, `/lessons/${LESSON}/quiz`);
		await answerCurrentQuestion(page);
		await expect(page.getByRole('status')).toHaveText(/Juste|Pas tout à fait|En partie juste/);
		expect(await problems()).toEqual([]);
	});

	test('every teacher page has them, and still works with JavaScript', async ({ page }) => {
		test.setTimeout(300_000);
		const problems = await watchConsole(page);
		await visit(page, '/teacher/signin');
		await signInAsTeacher(page);
		const classUrl = (await page
			.getByRole('link', { name: '3e B', exact: true })
			.getAttribute('href'))!;
		await visit(page, '/teacher');
		await visit(page, classUrl);
		await visit(page, `${classUrl}/lessons/${LESSON}`);
		await visit(page, '/teacher/lessons');
		await visit(page, `/teacher/lessons/${LESSON}/preview`);
		expect(await problems()).toEqual([]);
		// The printed sheets (long pages, checked with axe by their own tests): headers only.
		const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		for (const sheet of [
			`/teacher/lessons/${LESSON}/print`,
			`/teacher/lessons/${LESSON}/print/key`
		]) {
			const printed = await requestAsClassroom(sheet, { headers: { cookie } });
			expect(printed.status, sheet).toBe(200);
			expectPagePolicy(printed.headers, sheet);
		}
	});

	test('files, CSV and JSON answers have them too', async ({ page }) => {
		await joinClass(page, uniquePseudonym('Fichiers'));
		const pupil = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const exported = await requestAsClassroom('/me/export', { headers: { cookie: pupil } });
		expect(exported.status).toBe(200);
		expectBaseHeaders(exported.headers, '/me/export');

		const home = await requestAsClassroom('/');
		const script = /(\/_app\/immutable\/[^"'\s>]+\.js)/.exec(home.body)?.[1];
		expect(script).toBeTruthy();
		const file = await requestAsClassroom(script!);
		expect(file.status).toBe(200);
		expectBaseHeaders(file.headers, script!);

		const context = await page.context().browser()!.newContext();
		const teacherPage = await context.newPage();
		await signInAsTeacher(teacherPage);
		const classUrl = (await teacherPage
			.getByRole('link', { name: '3e B', exact: true })
			.getAttribute('href'))!;
		const teacher = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const csv = await requestAsClassroom(`${classUrl}/lessons/${LESSON}/answers.csv`, {
			headers: { cookie: teacher }
		});
		expect(csv.status).toBe(200);
		expect(csv.headers['content-type']).toMatch(/^text\/csv/);
		expectBaseHeaders(csv.headers, 'answers.csv');
		await context.close();
	});
});
