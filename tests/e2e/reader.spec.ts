import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { readerReady } from './support/reader';

const LESSON = '/lessons/karabakh-revenge';
const seed = readFileSync('tests/fixtures/seed-article-fr.txt', 'utf8').split('\n');

const paragraphText = (page: Page, n: number) => page.locator(`#p${n} .text`);
const firstTerm = (page: Page, n: number) => paragraphText(page, n).locator('a.term').first();
/** The tooltip shown for a term: one for the whole article, filled with that term's entry. */
const tooltipOf = async (page: Page, term: Locator) => {
	const entry = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	await expect(entry, 'the term is described by its glossary entry').toHaveCount(1);
	return page.getByRole('tooltip');
};

/** The term's lemma, as its entry in the on-page glossary gives it. */
const lemmaOf = async (page: Page, term: Locator) =>
	(await page.locator(`${await term.getAttribute('href')} dt`).textContent())!;

async function boxesOverlap(a: Locator, b: Locator): Promise<boolean> {
	const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
	return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test.describe('reader', () => {
	test('shows the whole seed text verbatim, in French, with a marked photo caption', async ({
		page
	}) => {
		await page.goto(LESSON);
		await expect(page.locator('article')).toHaveAttribute('lang', 'fr');
		expect(seed).toHaveLength(8);
		for (const [i, line] of seed.entries()) {
			await expect(paragraphText(page, i + 1)).toHaveText(line, { useInnerText: true });
		}
		await expect(page.locator('#p5')).toContainText('Légende de photo');
		await expect(page.getByRole('heading', { name: 'D’où vient ce texte ?' })).toBeVisible();
		await expect(page.getByText('non indiqué dans le texte')).toHaveCount(3);
		await expectAccessible(page);
	});

	test('lists the lesson on the home page with its level and reading time', async ({ page }) => {
		await page.goto('/');
		const link = page.getByRole('link', { name: /Haut-Karabakh/ });
		await expect(link).toBeVisible();
		await expect(page.locator('.lessons li')).toContainText(/Niveau B2 · \d+ min de lecture/);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Revenge');
	});

	test('shows a definition on hover, lets the pointer onto it, hides it when the pointer leaves', async ({
		page
	}) => {
		// The page's own clock, so "still open a while later" needs no sleep.
		await page.clock.install();
		await page.goto(LESSON);
		await readerReady(page);
		const term = firstTerm(page, 1);
		const tooltip = await tooltipOf(page, term);
		await expect(tooltip).toBeHidden();
		await term.hover();
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toHaveRole('tooltip');
		// The definition of that very term, as the on-page glossary gives it.
		const entry = page.locator((await term.getAttribute('href'))!);
		await expect(tooltip).toContainText((await entry.locator('dt').textContent())!);
		await expect(tooltip).toContainText((await entry.locator('dd i').textContent())!);
		// Hoverable (SC 1.4.13): moving onto the tooltip keeps it open.
		await tooltip.hover();
		await page.clock.runFor(2000);
		await expect(tooltip).toBeVisible();
		await page.mouse.move(5, 5);
		await expect(tooltip).toBeHidden();
		await term.hover();
		await expect(tooltip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();
		await expectAccessible(page);
	});

	test('works with the keyboard only: Tab shows, Esc dismisses, one stop per term per paragraph', async ({
		page
	}) => {
		await page.goto(LESSON);
		await readerReady(page);
		const term = firstTerm(page, 1);
		const tooltip = await tooltipOf(page, term);
		await term.focus();
		await expect(tooltip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();
		await expect(term).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(tooltip).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`)); // the link did not jump away

		// The next term's definition takes the place of the first one's.
		await page.keyboard.press('Tab');
		const next = page.locator(':focus');
		await expect(next).toHaveClass(/term/);
		await expect(await tooltipOf(page, next)).toBeVisible();
		await expect(tooltip.locator('b').first()).toHaveText(await lemmaOf(page, next));
		await expect(tooltip.locator('b').first()).not.toHaveText(await lemmaOf(page, term));

		// Each term is one tab stop per paragraph, however often it occurs there.
		for (let n = 1; n <= 8; n++) {
			const stops = await paragraphText(page, n)
				.locator('a.term:not([tabindex="-1"])')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(new Set(stops).size, `paragraph ${n}`).toBe(stops.length);
		}
	});

	test.describe('on a touch phone', () => {
		test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

		test('a tap shows the definition without covering the word; a tap elsewhere hides it', async ({
			page
		}) => {
			await page.goto(LESSON);
			await readerReady(page);
			const term = paragraphText(page, 3).locator('a.term').nth(2);
			await term.scrollIntoViewIfNeeded();
			const tooltip = await tooltipOf(page, term);
			await term.tap();
			await expect(tooltip).toBeVisible();
			expect(await boxesOverlap(term, tooltip)).toBe(false);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.locator('h1').tap();
			await expect(tooltip).toBeHidden();
			await expectAccessible(page);
		});
	});

	test('opens the English translation of a paragraph on demand', async ({ page }) => {
		await page.goto(LESSON);
		const translation = page.locator('#p1 details p');
		await expect(translation).toBeHidden();
		await page.locator('#p1 summary').click();
		await expect(translation).toBeVisible();
		await expect(translation).toHaveAttribute('lang', 'en');
		await expect(translation).toContainText('Azerbaijani Ministry of Defence');
		await expectAccessible(page);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('a term leads to its entry in the on-page glossary, and the translation still opens', async ({
			page
		}) => {
			await page.goto(LESSON);
			const term = firstTerm(page, 1);
			const href = (await term.getAttribute('href'))!;
			await term.click();
			await expect(page).toHaveURL(new RegExp(`${href}$`));
			const entry = page.locator(href);
			await expect(entry).toBeInViewport();
			await expect(entry.locator('dd')).not.toBeEmpty();
			await page.locator('#p2 summary').click();
			await expect(page.locator('#p2 details p')).toBeVisible();
			await expectAccessible(page, { javaScript: false });
		});
	});

	test.describe('in English', () => {
		test.use({ locale: 'en-GB' });

		test('keeps the article French and explains in English', async ({ page }) => {
			await page.goto(LESSON);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.locator('article')).toHaveAttribute('lang', 'fr');
			await expect(page.locator('h1')).toHaveAttribute('lang', 'fr');
			await expect(page.getByText('Nagorno-Karabakh: Operation')).toBeVisible();
			await expect(page.getByText('not given in the text')).toHaveCount(3);
			await expect(page.locator('#p1 summary')).toHaveText('English translation');
			await expectAccessible(page);
		});
	});

	test('the page stays under 90 KB, signed in or not, in French and English', async ({ page }) => {
		// Size is what 300 pupils' pages cost the laptop and the school's connection: the text,
		// its links, one tooltip and the glossary, and no second copy of them for the script.
		const htmlBytes = async () =>
			page.evaluate(() =>
				fetch(location.href).then(async (r) => (await r.arrayBuffer()).byteLength)
			);
		for (const signedIn of [false, true]) {
			if (signedIn) await joinClass(page, uniquePseudonym('poids'));
			for (const [lang, code] of [
				['English', 'en'],
				['Français', 'fr']
			]) {
				await page.goto(LESSON);
				await page.getByRole('button', { name: lang, exact: true }).click();
				await expect(page.locator('html')).toHaveAttribute('lang', code!);
				expect(
					await htmlBytes(),
					`${lang}, ${signedIn ? 'signed in' : 'visitor'}`
				).toBeLessThanOrEqual(90 * 1024);
				// …and the page still carries the whole text and glossary.
				await expect(page.locator('.paragraph[id^="p"]')).toHaveCount(8);
				await expect(page.locator('.glossary .entry').first()).toBeVisible();
			}
		}
	});

	test('lesson ids are an allow-list: a path in the URL is a 404, never a file', async ({
		page
	}) => {
		for (const path of [
			'/lessons/..%2F..%2Fetc%2Fpasswd',
			'/lessons/..%2Fpackage.json',
			'/lessons/nope'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erreur 404');
		}
	});
});
