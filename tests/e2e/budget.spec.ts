import { expect, test } from '@playwright/test';
import { JS_BUDGET_BYTES, measureFirstLoadJs } from '../../scripts/lib/js-weight.js';
import { MEASURED_PAGES } from '../../scripts/lib/pages.js';

test.describe('JavaScript budget (gzip, cold cache)', () => {
	for (const { name, path } of MEASURED_PAGES) {
		test(`${name} (${path}) ships at most 55 KB of JavaScript`, async ({ browser, baseURL }) => {
			const { totalGzipBytes, scripts } = await measureFirstLoadJs(browser, `${baseURL}${path}`);
			expect(scripts.length, 'the page hydrates, so it loads scripts').toBeGreaterThan(0);
			expect(
				totalGzipBytes,
				scripts.map((s) => `${s.url}: ${s.gzipBytes}`).join('\n')
			).toBeLessThanOrEqual(JS_BUDGET_BYTES);
		});
	}
});
