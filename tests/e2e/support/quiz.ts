import { expect, type Page } from '@playwright/test';

/**
 * Gives some answer to whatever question is on screen, the way a hurried pupil would: the first
 * choice, the first word, a typed "x", the first item of a list to order moved down one place.
 * Returns the question's id.
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
	let place = 0;
	for (const select of await selects.all()) {
		const name = await select.getAttribute('name');
		if (name?.startsWith('match-') || name === 'text') {
			await select.selectOption({ index: 1 });
		} else if (name?.startsWith('position-')) {
			// Without JavaScript an order starts empty: each item its own place, as listed.
			await select.selectOption(String(++place));
		}
	}
	// With JavaScript an order is a list to rearrange; untouched, it is no answer.
	const moveDown = form.getByRole('button', { name: /^(Descendre|Move down)/ });
	if ((await moveDown.count()) > 0) await moveDown.first().click();
	await page.getByRole('button', { name: /^(Valider|Check)$/ }).click();
	return id;
}
