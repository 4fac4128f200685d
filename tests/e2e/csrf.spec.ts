import { expect, test } from '@playwright/test';
import { classroomOrigin, requestAsClassroom } from './support/server';

test.describe('form posts over plain http on a LAN address', () => {
	test('a post from the app’s own page on classroom.test succeeds', async ({ page }) => {
		await page.goto('/');
		const post = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'English' }).click();
		const response = await post;
		expect(response.url()).toBe(`${classroomOrigin}/language`);
		expect([200, 303]).toContain(response.status());
		await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
	});

	test('a post from another site is refused with 403 and changes nothing', async ({ page }) => {
		// A page on another origin whose form targets the app, as a malicious site would.
		await page.route('http://elsewhere.test/**', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body:
					`<!doctype html><title>Elsewhere</title><form method="POST" action="${classroomOrigin}/language">` +
					'<input type="hidden" name="lang" value="en"><button>Go</button></form>'
			})
		);
		await page.goto('http://elsewhere.test/');
		const post = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Go' }).click();
		const response = await post;
		expect(response.status()).toBe(403);
		await expect(page.getByText('Cross-site POST form submissions are forbidden')).toBeVisible();

		const cookies = await page.context().cookies(classroomOrigin);
		expect(cookies.find((c) => c.name === 'lang')).toBeUndefined();
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Leçons' })).toBeVisible();
	});

	test('the CSRF check is on for any host name, not only localhost', async () => {
		const form = { 'content-type': 'application/x-www-form-urlencoded' };
		const crossSite = await requestAsClassroom('/language', {
			method: 'POST',
			headers: { ...form, origin: 'http://elsewhere.test' },
			body: 'lang=en'
		});
		expect(crossSite.status).toBe(403);

		const sameSite = await requestAsClassroom('/language', {
			method: 'POST',
			headers: { ...form, origin: classroomOrigin, accept: 'text/html' },
			body: 'lang=en&redirectTo=%2F'
		});
		expect(sameSite.status).toBe(303);
		expect(sameSite.headers.location).toBe('/');
		expect(String(sameSite.headers['set-cookie'])).not.toMatch(/secure/i);
	});

	test('a browser cannot pretend the connection is https', async () => {
		const spoofed = await requestAsClassroom('/language', {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: `https://classroom.test:${new URL(classroomOrigin).port}`,
				'x-qui-dit-quoi-protocol': 'https',
				accept: 'text/html'
			},
			body: 'lang=en'
		});
		expect(spoofed.status).toBe(403);
	});
});
