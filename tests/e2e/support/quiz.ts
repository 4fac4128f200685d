import { expect, type Page } from '@playwright/test';

/**
 * Gives some answer to whatever question is on screen, the way a hurried pupil would: the first
 * choice, the first word, a typed "x". Returns the question's id.
 */
export async function answerCurrentQuestion(page: Page): Promise<string> {
	const form = page.locator('form[action*="/answer"]');
	await expect(form).toBeVisible();
	const id = (await form.locator('input[name="question"]').inputValue())!;
	const radio = form.locator('input[type="radio"]');
	const checkbox = form.locator('input[type="checkbox"]');
	const text = form.locator('input[name="text"]');
	const selects = form.locator('select');
	if ((await radio.count()) > 0) await radio.first().check();
	else if ((await checkbox.count()) > 0) await checkbox.first().check({ force: true });
	else if ((await text.count()) > 0) await text.fill('x');
	for (const select of await selects.all()) {
		const name = await select.getAttribute('name');
		if (name?.startsWith('match-') || name === 'text') {
			await select.selectOption({ index: 1 });
		}
	}
	await page.getByRole('button', { name: /^(Valider|Check)$/ }).click();
	return id;
}
