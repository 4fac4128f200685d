import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';

const QUIZ = '/lessons/karabakh-revenge/quiz';

/** Types an answer to one question through the quiz form, checks the page, and returns the verdict. */
async function typeAnswer(
	page: Page,
	question: string,
	text: string,
	javaScript: boolean,
	again = false
): Promise<string> {
	await page.goto(`${QUIZ}?q=${question}${again ? '&retry' : ''}`);
	const form = page.locator('form[action*="/answer"]');
	await expect(form.locator('input[name="question"]')).toHaveValue(question);
	await expectAccessible(page, { javaScript });
	await form.locator('input[name="text"]').fill(text);
	await page.getByRole('button', { name: /^(Valider|Check)$/ }).click();
	const verdict = page.getByRole('status');
	await expect(verdict).toBeVisible();
	await expectAccessible(page, { javaScript });
	return (await verdict.innerText()).replace(/[✓✗]/g, '').trim();
}

test.describe('answers written another way than the key', () => {
	test.describe('in English', () => {
		test.use({ locale: 'en-GB' });

		test('"6pm" is right for the time the feedback calls 6 p.m.', async ({ page }) => {
			test.setTimeout(120_000);
			await joinClass(page, uniquePseudonym('Time'));
			expect(await typeAnswer(page, 'secure-time', '6pm', true)).toBe('Right!');
			await expect(page.getByText('6 p.m.').first()).toBeVisible();
		});
	});

	test.describe('in French, with JavaScript off', () => {
		test.use({ locale: 'fr-FR', javaScriptEnabled: false });

		test('"18h00" is right for 18 heures and "calme" for secure; "6 h 00" is still wrong', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await joinClass(page, uniquePseudonym('Heure'));
			expect(await typeAnswer(page, 'secure-time', '18h00', false)).toBe('Juste !');
			expect(await typeAnswer(page, 'secure-in-french', 'calme', false)).toBe('Juste !');
			// A time is read, not guessed: "6 h 00" is the morning, whichever way it is written.
			expect(await typeAnswer(page, 'secure-time', '6 h 00', false, true)).toBe('Pas tout à fait.');
		});
	});
});
