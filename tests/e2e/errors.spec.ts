import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';

test.describe('error page', () => {
	test('says in French that a page does not exist, with a way home', async ({ page }) => {
		const response = await page.goto('/lecon-inexistante');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erreur 404');
		await expect(page.getByText('Cette page n’existe pas.')).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
		await expect(page.getByRole('heading', { name: 'Leçons' })).toBeVisible();
	});

	test.describe('in English', () => {
		test.use({ locale: 'en-US' });

		test('says the same in English', async ({ page }) => {
			const response = await page.goto('/no-such-page');
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 404');
			await expect(page.getByText('This page does not exist.')).toBeVisible();
			await expectAccessible(page);
		});
	});

	test('the language can be switched from the error page, which stays where it is', async ({
		page
	}) => {
		await page.goto('/no-such-page');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 404');
		await expect(page).toHaveURL(/\/no-such-page$/);
	});
});
