// @ts-check
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of a page: every script the browser fetches with a cold cache, each
 * gzipped (level 9, as the build precompresses), summed. What one pupil downloads on arrival.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ cookie?: { name: string, value: string } }} [options] a session cookie for pages that need a learner
 * @returns {Promise<{ url: string, totalGzipBytes: number, scripts: { url: string, gzipBytes: number }[] }>}
 */
export async function measureFirstLoadJs(browser, url, options = {}) {
	const context = await browser.newContext(); // fresh context: empty HTTP cache
	if (options.cookie) await context.addCookies([{ ...options.cookie, url }]);
	const page = await context.newPage();
	/** @type {Map<string, Promise<number>>} */
	const sizes = new Map();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script' || sizes.has(response.url())) return;
		sizes.set(
			response.url(),
			response.body().then((body) => gzipSync(body, { level: 9 }).length)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const scripts = await Promise.all(
		[...sizes].map(async ([scriptUrl, size]) => ({ url: scriptUrl, gzipBytes: await size }))
	);
	await context.close();
	return { url, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), scripts };
}

/** Budget per page, in gzipped bytes: a whole class shares one school connection. */
export const JS_BUDGET_BYTES = 55 * 1024;
