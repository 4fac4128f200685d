import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signInAsTeacher } from './support/teacher';

// The time a lesson takes, per path, as a self-learner and a teacher read it before starting:
// the core path must fit one 45-minute class period, and a phone must look slower.

const PATH =
	/^(Parcours essentiel|Tout le quiz)\s:\s(\d+) questions, ≈ (\d+) min lecture comprise \((\d+) min sur téléphone\)$/;

interface ShownPath {
	questions: number;
	minutes: number;
	phoneMinutes: number;
}

/** The paths as the lesson's entry shows them, by name. */
async function shownPaths(entry: Locator): Promise<Record<string, ShownPath>> {
	const paths: Record<string, ShownPath> = {};
	for (const line of await entry.locator('p').allInnerTexts()) {
		const match = PATH.exec(line.replace(/\s+/g, ' ').trim());
		expect(match, `a path estimate: ${line}`).not.toBeNull();
		const [, name, questions, minutes, phone] = match!;
		paths[name!] = { questions: +questions!, minutes: +minutes!, phoneMinutes: +phone! };
	}
	return paths;
}

async function expectSeedEstimates(entry: Locator) {
	const paths = await shownPaths(entry);
	expect(Object.keys(paths)).toEqual(['Parcours essentiel', 'Tout le quiz']);
	const core = paths['Parcours essentiel']!;
	const all = paths['Tout le quiz']!;
	expect(core.minutes).toBeLessThanOrEqual(45);
	expect(core.questions).toBeLessThan(all.questions);
	expect(all.minutes).toBeGreaterThan(core.minutes);
	expect(core.phoneMinutes).toBeGreaterThan(core.minutes);
	expect(all.phoneMinutes).toBeGreaterThan(all.minutes);
}

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('time estimates on the home page', () => {
	test('show the core path and the whole quiz, on a computer and a phone', async ({ page }) => {
		await page.goto('/');
		const entry = page.locator('.lessons li', { hasText: 'Haut-Karabakh' }).locator('.lesson-time');
		await expect(entry).toContainText('Parcours essentiel');
		await expectSeedEstimates(entry);
		await expectAccessible(page);
	});

	test.describe('on a 320 px phone without JavaScript', () => {
		test.use({
			viewport: { width: 320, height: 640 },
			hasTouch: true,
			isMobile: true,
			javaScriptEnabled: false
		});

		test('are there and fit the screen', async ({ page }) => {
			await page.goto('/');
			const entry = page
				.locator('.lessons li', { hasText: 'Haut-Karabakh' })
				.locator('.lesson-time');
			await expect(entry).toContainText('Tout le quiz');
			await expectSeedEstimates(entry);
			await expectNoSidewaysScroll(page);
			await expectAccessible(page, { javaScript: false });
		});
	});

	test.describe('with an English browser', () => {
		test.use({ locale: 'en-GB' });

		test('are in English', async ({ page }) => {
			await page.goto('/');
			const entry = page.locator('.lessons li', { hasText: 'Nagorno-Karabakh' });
			await expect(entry).toContainText(
				/Core path: \d+ questions, ≈ \d+ min with the reading \(\d+ min on a phone\)/
			);
			await expect(entry).toContainText(/Whole quiz: \d+ questions/);
		});
	});
});

test.describe('time estimates on the teacher’s lessons page', () => {
	test('show each path of each lesson, at 320 px too', async ({ page }) => {
		await signInAsTeacher(page);
		await page.goto('/teacher/lessons');
		const entry = page
			.locator('.lessons > li', { hasText: 'Haut-Karabakh' })
			.locator('.lesson-time');
		await expect(entry).toContainText('Parcours essentiel');
		await expectSeedEstimates(entry);
		await expectAccessible(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
	});
});
