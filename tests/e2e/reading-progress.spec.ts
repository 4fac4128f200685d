import { expect, test } from '@playwright/test';
import { joinClass, uniquePseudonym } from './support/learner';
import { readerReady } from './support/reader';
import { classroomOrigin, requestAsClassroom } from './support/server';

const LESSON = '/lessons/karabakh-revenge';

test.describe('reading progress', () => {
	test('what the learner reads, looks up and translates shows on their page, and they resume there', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Yanis'));
		await page.goto(LESSON);
		await readerReady(page);
		const term = page.locator('#p1 a.term').first();
		await term.hover();
		await page.waitForTimeout(1200); // read for a second: a look-up
		await page.locator('#p2 summary').click();
		await page.locator('#p3 a.term').first().focus();
		await page.keyboard.press('Tab'); // a keyboard look-up
		await page.locator('#p6').scrollIntoViewIfNeeded();
		await page.waitForTimeout(2000); // settle on paragraph 6
		await page.goto('/me'); // leaving the page sends what is still pending

		await expect(async () => {
			await page.goto('/me');
			await expect(page.getByText(/[2-9] mots du glossaire consultés/)).toBeVisible({
				timeout: 500
			});
			await expect(page.getByText('1 traduction ouverte')).toBeVisible({ timeout: 500 });
			await expect(page.getByRole('link', { name: /Reprendre au paragraphe [56]/ })).toBeVisible({
				timeout: 500
			});
		}).toPass({ timeout: 10_000 });

		await page.getByRole('link', { name: /Reprendre au paragraphe/ }).click();
		await expect(page).toHaveURL(/#p[56]$/);
		await expect(page.getByRole('link', { name: /Reprendre au paragraphe [56]/ })).toBeVisible();
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('opening a lesson is what the server sees, and it is recorded', async ({ page }) => {
			await joinClass(page, uniquePseudonym('Tom'));
			await page.goto(LESSON);
			await page.goto('/me');
			await expect(page.getByRole('heading', { name: /Haut-Karabakh/ })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Ouvrir la leçon' })).toBeVisible();
		});
	});

	test('the events endpoint refuses other sites, strangers and garbage', async ({ page }) => {
		const events = JSON.stringify({
			events: [{ key: 'k-12345678', type: 'translation-opened', paragraph: 1 }]
		});
		const anonymous = await requestAsClassroom(`${LESSON}/events`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: classroomOrigin },
			body: events
		});
		expect(anonymous.status).toBe(401);

		await joinClass(page, uniquePseudonym('Eva'));
		const cookie = (await page.context().cookies(classroomOrigin)).find(
			(c) => c.name === 'qdq_session'
		)!;
		const asLearner = (origin: string, body: string) =>
			requestAsClassroom(`${LESSON}/events`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					origin,
					cookie: `qdq_session=${cookie.value}`
				},
				body
			});
		expect((await asLearner('http://elsewhere.test', events)).status).toBe(403);
		expect((await asLearner(classroomOrigin, '{"events":[{"type":"hack"}]}')).status).toBe(400);
		const first = await asLearner(classroomOrigin, events);
		expect(JSON.parse(first.body)).toEqual({ saved: true, recorded: 1 });
		// The same batch again (a retry after a dropped connection) records nothing new.
		const again = await asLearner(classroomOrigin, events);
		expect(JSON.parse(again.body)).toEqual({ saved: true, recorded: 0 });
	});
});
