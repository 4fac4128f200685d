import { expect, test } from '@playwright/test';
import { JS_BUDGET_BYTES, measureFirstLoadJs } from '../../scripts/lib/js-weight.js';
import { MEASURED_PAGES } from '../../scripts/lib/pages.js';
import { selfLearnerCookie } from '../../scripts/lib/self-learner.js';
import { port } from './support/server';

test.describe('JavaScript budget (gzip, cold cache)', () => {
	for (const { name, path, learner } of MEASURED_PAGES) {
		test(`${name} (${path}) ships at most 55 KB of JavaScript`, async ({ browser, baseURL }) => {
			const cookie = learner
				? await selfLearnerCookie(`http://127.0.0.1:${port}`, `classroom.test:${port}`)
				: undefined;
			const { totalGzipBytes, scripts } = await measureFirstLoadJs(browser, `${baseURL}${path}`, {
				cookie
			});
			expect(scripts.length, 'the page hydrates, so it loads scripts').toBeGreaterThan(0);
			expect(
				totalGzipBytes,
				scripts.map((s) => `${s.url}: ${s.gzipBytes}`).join('\n')
			).toBeLessThanOrEqual(JS_BUDGET_BYTES);
		});
	}
});
