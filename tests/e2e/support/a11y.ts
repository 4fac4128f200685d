import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA: every rule on, every region in. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

async function checkBothSchemes(page: Page): Promise<void> {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await violations(page), `axe violations (${colorScheme} scheme)`).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

/**
 * axe needs JavaScript, which a no-JS page cannot run: check an exact copy of its document,
 * scripts removed, in a JS-enabled page of the same browser (same styles, same cookies' effect).
 */
async function checkNoJsCopy(page: Page): Promise<void> {
	const url = page.url();
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
	try {
		const copy = await context.newPage();
		await copy.goto(url); // same origin and base URL, so the copy gets the page's own styles
		await copy.setContent(html);
		// Contrast is only checked for real if the app's stylesheet applies to the copy.
		await expect(copy.locator('body')).toHaveCSS('display', 'flex');
		await checkBothSchemes(copy);
	} finally {
		await context.close();
	}
}

/**
 * Runs axe on the page as it is, in the light and in the dark colour scheme.
 * Pass `{ javaScript: false }` from tests that run with JavaScript off.
 */
export async function expectAccessible(
	page: Page,
	options: { javaScript: boolean } = { javaScript: true }
): Promise<void> {
	if (options.javaScript) await checkBothSchemes(page);
	else await checkNoJsCopy(page);
}
