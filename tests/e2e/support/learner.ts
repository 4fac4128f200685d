import { expect, type Page } from '@playwright/test';
import { classCode } from './server';

/** Joins "3e B" with a pseudonym through the form, as a pupil would; returns the recovery code. */
export async function joinClass(page: Page, pseudonym: string): Promise<string> {
	await page.goto('/join');
	await page.getByLabel('Code de la classe').fill(classCode);
	await page.getByLabel('Pseudonyme').fill(pseudonym);
	await page.getByRole('button', { name: 'Rejoindre la classe' }).click();
	await expect(page.getByRole('heading', { name: `Bienvenue, ${pseudonym} !` })).toBeVisible();
	const code = (await page.getByTestId('recovery-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
	return code;
}

/** A pseudonym no other test uses. */
export const uniquePseudonym = (prefix: string) =>
	`${prefix}-${Math.random().toString(36).slice(2, 7)}`;
