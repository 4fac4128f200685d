import { expect, type Page } from '@playwright/test';
import { classCode } from './server';

/**
 * Joins "3e B" with a pseudonym through the form, as a pupil would, in whatever interface
 * language the page is in; returns the recovery code.
 */
export async function joinClass(page: Page, pseudonym: string): Promise<string> {
	await page.goto('/join');
	const form = page.locator('form[action="?/classroom"]');
	await form.locator('input[name="code"]').fill(classCode);
	await form.locator('input[name="pseudonym"]').fill(pseudonym);
	await form.locator('button[type="submit"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		new RegExp(`^(Bienvenue, ${pseudonym} !|Welcome, ${pseudonym}!)$`)
	);
	const code = (await page.getByTestId('recovery-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
	return code;
}

/** A pseudonym no other test uses. */
export const uniquePseudonym = (prefix: string) =>
	`${prefix}-${Math.random().toString(36).slice(2, 7)}`;
