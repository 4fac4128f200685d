// @ts-check
// npm run bench:pages — per page: first-load JS (gzip, cold cache) and the median of 3
// Lighthouse mobile runs (performance, accessibility). Ends with one line of JSON.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp } from '../lib/app-server.js';
import { chromiumArgs, chromiumPath } from '../lib/chromium.js';
import { JS_BUDGET_BYTES, measureFirstLoadJs } from '../lib/js-weight.js';
import { MEASURED_PAGES } from '../lib/pages.js';
import { selfLearnerCookie } from '../lib/self-learner.js';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const app = await startApp();
/** @type {{ name: string, path: string, jsGzipBytes: number, performance: number, accessibility: number, performanceRuns: number[] }[]} */
const results = [];
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
	const cookie = await selfLearnerCookie(app.origin);
	/** @type {Record<string, number>} */
	const jsBytes = {};
	for (const page of MEASURED_PAGES) {
		const measured = await measureFirstLoadJs(browser, app.origin + page.path, {
			cookie: page.learner ? cookie : undefined
		});
		jsBytes[page.name] = measured.totalGzipBytes;
	}
	await browser.close();

	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs()]
	});
	try {
		for (const page of MEASURED_PAGES) {
			/** @type {number[]} */ const performance = [];
			/** @type {number[]} */ const accessibility = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await lighthouse(app.origin + page.path, {
					port: chrome.port,
					logLevel: 'error',
					output: 'json',
					onlyCategories: ['performance', 'accessibility'],
					extraHeaders: page.learner ? { Cookie: `${cookie.name}=${cookie.value}` } : undefined,
					// The 404 page is a page pupils do land on (a mistyped address): measure it too.
					ignoreStatusCode: true
				});
				const categories = result?.lhr.categories;
				performance.push(Math.round((categories?.performance?.score ?? NaN) * 100));
				accessibility.push(Math.round((categories?.accessibility?.score ?? NaN) * 100));
			}
			results.push({
				name: page.name,
				path: page.path,
				jsGzipBytes: jsBytes[page.name] ?? NaN,
				performance: median(performance),
				accessibility: median(accessibility),
				performanceRuns: performance
			});
		}
	} finally {
		chrome.kill();
	}
} finally {
	await app.stop();
}

console.log('\npage        path                          JS gz (KB)  perf  a11y  perf runs');
for (const r of results) {
	console.log(
		`${r.name.padEnd(11)} ${r.path.padEnd(29)} ${(r.jsGzipBytes / 1024).toFixed(1).padStart(10)}  ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${r.performanceRuns.join(' ')}`
	);
}
console.log(
	`budget: ${JS_BUDGET_BYTES / 1024} KB gz per page, performance ≥ 95, accessibility 100\n`
);
console.log(
	JSON.stringify({
		bench: 'pages',
		runs: RUNS,
		lighthouse: '12.2.3 mobile',
		pages: results.map(({ performanceRuns, ...r }) => r)
	})
);
