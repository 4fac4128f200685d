import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { port, requestAsClassroom } from './support/server';

test.describe('host names the server answers to', () => {
	test('a known name works in the browser', async ({ page }) => {
		// classroom.test is in ALLOWED_HOSTS (see playwright.config.ts).
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);
	});

	test('loopback names and ALLOWED_HOSTS are answered, any other name gets 421', async () => {
		for (const host of ['localhost', '127.0.0.1', '[::1]', 'classroom.test', 'CLASSROOM.test']) {
			const response = await requestAsClassroom('/', { headers: { host: `${host}:${port}` } });
			expect(response.status, host).toBe(200);
		}
		// A site whose DNS name was made to point at the laptop (DNS rebinding).
		const rebound = await requestAsClassroom('/me/export', {
			headers: { host: `attacker.example:${port}`, 'accept-language': 'fr' }
		});
		expect(rebound.status).toBe(421);
		expect(rebound.body).toContain('Ce serveur ne répond pas au nom « attacker.example »');
		expect(rebound.body).toContain('ALLOWED_HOSTS');
		const english = await requestAsClassroom('/', {
			headers: { host: `rebind.example:${port}`, 'accept-language': 'en' }
		});
		expect(english.status).toBe(421);
		expect(english.body).toContain('This server does not answer to the name “rebind.example”');
	});

	test('a post under another name is refused before it reaches an action', async () => {
		const origin = `http://attacker.example:${port}`;
		const response = await requestAsClassroom('/join?/self', {
			method: 'POST',
			headers: {
				host: `attacker.example:${port}`,
				origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: ''
		});
		expect(response.status).toBe(421);
		expect(response.headers['set-cookie']).toBeUndefined();
	});
});
