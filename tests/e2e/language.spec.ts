import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { classroomOrigin } from './support/server';

async function switchToEnglishAndBack(page: Page, javaScript: boolean) {
	await page.goto('/language?from=test');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir la langue');

	const post = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'English' }).first().click();
	// 303 for a plain form post; 200 with a redirect inside for the enhanced one.
	expect([200, 303]).toContain((await post).status());

	// Same page, same query, now in English, and <html lang> follows.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose the language');
	await expect(page).toHaveURL(`${classroomOrigin}/language?from=test`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: 'English' }).first()).toHaveAttribute(
		'aria-current',
		'true'
	);

	// The cookie survives on a plain-http LAN name: it must not be `secure`.
	const cookies = await page.context().cookies(classroomOrigin);
	const lang = cookies.find((c) => c.name === 'lang');
	expect(lang).toMatchObject({ value: 'en', secure: false, httpOnly: true, sameSite: 'Lax' });

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose the language');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
	await expectAccessible(page, { javaScript });

	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: 'Leçons' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

test.describe('language switcher', () => {
	test('names each language in its own language', async ({ page }) => {
		await page.goto('/');
		const switcher = page.getByRole('group', { name: 'Langue de l’interface' });
		await expect(switcher.getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr');
		await expect(switcher.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
	});

	test('switches and remembers the language with JavaScript on', async ({ page }) => {
		await switchToEnglishAndBack(page, true);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('switches and remembers the language', async ({ page }) => {
			await switchToEnglishAndBack(page, false);
		});

		test('explains a language the app does not offer, in the page', async ({ page }) => {
			await page.goto('/language');
			// A tampered form (an old bookmark, a hand-made post): the server must explain.
			await page.setContent(
				`<form method="POST" action="${classroomOrigin}/language">` +
					'<button name="lang" value="de">Deutsch</button></form>'
			);
			await page.getByRole('button', { name: 'Deutsch' }).click();
			await expect(page.getByRole('alert')).toHaveText(
				'Cette langue n’est pas proposée. Choisissez « Français » ou « English ».'
			);
			await expectAccessible(page, { javaScript: false });
		});
	});
});
