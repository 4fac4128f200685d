import { expect, type Page } from '@playwright/test';

/** Waits until the reader's script has taken over the glossary links (tooltips, tracking). */
export async function readerReady(page: Page): Promise<void> {
	await expect(page.locator('[data-tooltips="on"]')).toBeAttached();
}
