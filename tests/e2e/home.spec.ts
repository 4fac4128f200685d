import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';

test.describe('home page', () => {
	test('speaks French to a French browser', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Lire l’actualité en français, d’un œil critique'
		);
		await expect(page.getByRole('heading', { name: 'Leçons' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Haut-Karabakh : l’opération/ })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expectAccessible(page);
	});

	test.describe('with an English browser', () => {
		test.use({ locale: 'en-GB' });

		test('speaks English', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Read the French news with a critical eye'
			);
			await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
			await expect(page.getByRole('link', { name: /^Nagorno-Karabakh: Operation/ })).toBeVisible();
			await expect(page.locator('.lessons li')).toContainText(/Level B2 · \d+ min read/);
			await expect(page).toHaveTitle(/Read a French news article/);
			await expectAccessible(page);
		});
	});

	test.describe('with a German browser', () => {
		test.use({ locale: 'de-DE' });

		test('falls back to French', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
			await expect(page.getByRole('heading', { name: 'Leçons' })).toBeVisible();
		});
	});

	test.describe('on a 320 px phone', () => {
		test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

		test('fits the screen without sideways scrolling', async ({ page }) => {
			await page.goto('/');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await expect(page.getByRole('button', { name: 'English' })).toBeInViewport();
			await expectAccessible(page);
		});
	});

	test('follows the dark colour scheme', async ({ page }) => {
		await page.goto('/');
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.emulateMedia({ colorScheme: 'light' });
		const light = await background();
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await background();
		expect(light).toBe('rgb(253, 252, 249)');
		expect(dark).toBe('rgb(21, 23, 26)');
	});

	test('a keyboard user can skip straight to the content', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Aller au contenu' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});
});
