import { expect, type Page } from '@playwright/test';
import { teacher } from './server';

/** Signs in through the teacher sign-in form (French interface) and lands on /teacher. */
export async function signInAsTeacher(
	page: Page,
	who: { name: string; password: string } = teacher
): Promise<void> {
	await page.goto('/teacher/signin');
	await page.getByLabel('Nom', { exact: true }).fill(who.name);
	await page.getByLabel('Mot de passe', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Mes classes', exact: true })
	).toBeVisible();
}
