import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { uniquePseudonym } from './support/learner';
import { classCode } from './support/server';

const lessonId = 'karabakh-revenge';
const quizPath = `/lessons/${lessonId}/quiz`;

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
}

// Every page is checked with axe in two colour schemes: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe('starting takes the learner back to where they were', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

	test('a pupil who joins from the quiz comes back to the quiz once the code is noted', async ({
		page
	}) => {
		await page.goto(quizPath);
		await expectAccessible(page, { javaScript: false });
		await page.getByRole('link', { name: 'Rejoindre ou commencer' }).click();
		await expect(page).toHaveURL(/\/join\?next=/);
		await expectAccessible(page, { javaScript: false });
		const pseudonym = uniquePseudonym('Inès');
		const form = page.locator('form[action="?/classroom"]');
		await form.getByLabel('Code de la classe').fill(classCode);
		await form.getByLabel('Pseudonyme', { exact: true }).fill(pseudonym);
		await form.getByRole('button', { name: 'Rejoindre la classe' }).click();
		await expect(page.getByTestId('recovery-code')).toBeVisible();
		await expectAccessible(page, { javaScript: false });

		await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
		await expect(page).toHaveURL(new RegExp(`${quizPath}$`));
		// Signed in now: the quiz asks its first question instead of asking to join.
		await expect(page.getByRole('link', { name: 'Rejoindre ou commencer' })).toHaveCount(0);
		await expect(page.getByRole('progressbar')).toBeVisible();
	});

	test('the header’s join link brings the learner back to the page they were reading', async ({
		page
	}) => {
		await page.goto(`/lessons/${lessonId}`);
		await page
			.getByRole('navigation', { name: 'Navigation principale' })
			.getByRole('link', { name: 'Rejoindre une classe' })
			.click();
		await page.getByRole('button', { name: 'Commencer seul·e' }).click();
		await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
		await expect(page).toHaveURL(new RegExp(`/lessons/${lessonId}$`));
	});

	test('a returning learner who signs in from the quiz comes back to the quiz', async ({
		page,
		browser
	}) => {
		// A code from an earlier lesson, on another device.
		const first = await browser.newPage();
		await first.goto('/join');
		await first.getByRole('button', { name: 'Commencer seul·e' }).click();
		const code = (await first.getByTestId('recovery-code').textContent())!.trim();
		await first.close();

		await page.goto(quizPath);
		await page.getByRole('main').getByRole('link', { name: 'Reprendre avec un code' }).click();
		await page.getByLabel('Code de récupération').fill(code);
		await page.getByRole('button', { name: 'Reprendre' }).click();
		await expect(page).toHaveURL(new RegExp(`${quizPath}$`));
		await expect(page.getByRole('progressbar')).toBeVisible();
	});

	test('a link that tries to send the learner off the site after starting leads home', async ({
		page
	}) => {
		await page.goto('/join?next=//evil.test/');
		await page.getByRole('button', { name: 'Commencer seul·e' }).click();
		await expect(page.getByRole('link', { name: 'C’est noté, continuer' })).toHaveAttribute(
			'href',
			'/'
		);
	});
});

test.describe('a self-learner on the home page', () => {
	for (const width of [320, 375]) {
		test(`sees "Commencer seul·e" at once and picks a pseudonym (${width} px, no JavaScript)`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				javaScriptEnabled: false,
				viewport: { width, height: 740 },
				locale: 'fr-FR'
			});
			const page = await context.newPage();
			await page.goto('/');
			const start = page.getByRole('button', { name: 'Commencer seul·e' });
			await expect(start).toBeInViewport();
			await expectNoSidewaysScroll(page);
			await expectAccessible(page, { javaScript: false });

			// A name that breaks the rules is explained, and kept for correcting.
			await page.getByLabel('Nom d’emprunt (facultatif)').fill('<b>');
			await start.click();
			const field = page.getByLabel('Nom d’emprunt (facultatif)');
			await expect(field).toHaveValue('<b>');
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			await expect(field).toHaveAccessibleDescription(/ne peut contenir que des lettres/);
			await expectNoSidewaysScroll(page);
			await expectAccessible(page, { javaScript: false });

			const pseudonym = uniquePseudonym('Lecteur');
			await field.fill(pseudonym);
			await page.getByRole('button', { name: 'Commencer seul·e' }).click();
			await expect(
				page.getByRole('heading', { level: 1, name: `Bienvenue, ${pseudonym} !` })
			).toBeVisible();
			await expect(page.getByTestId('recovery-code')).toBeVisible();
			await expectNoSidewaysScroll(page);
			await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
			await expect(page.getByRole('heading', { level: 2, name: 'Leçons' })).toBeVisible();
			await expect(page.getByText(`Connecté·e : ${pseudonym}`)).toBeVisible();
			// Started: the home page no longer offers to start.
			await expect(page.getByRole('button', { name: 'Commencer seul·e' })).toHaveCount(0);
			await context.close();
		});
	}

	test('an empty name gets a friendly one', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Commencer seul·e' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: /^Bienvenue, Solo-\d{4} !$/ })
		).toBeVisible();
		await expectAccessible(page);
	});
});
