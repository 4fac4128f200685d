import { expect, test, type Page } from '@playwright/test';
import { LENSES as KINDS, type Lens } from '../../src/lib/lesson/annotation-schema';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';
import { readerReady } from './support/reader';

const LESSON = '/lessons/karabakh-revenge';
const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const LENSES = [
	['sources', 'Sources'],
	['reporting-verbs', 'Verbes de parole'],
	['hedges', 'Conditionnel et prudence'],
	['quotes', 'Guillemets'],
	['text-quality', 'Qualité du texte'],
	['claims', 'Carte des affirmations']
] as const;
const annotationsOf = (lens: Lens) =>
	lesson.annotations.filter((a) => (KINDS[lens] as readonly string[]).includes(a.kind));
const firstSource = () => annotationsOf('sources')[0]!;

/** Fetched by the page itself: same cookies, and classroom.test resolves only in Chromium. */
const fetchInPage = (page: Page, url: string) =>
	page.evaluate((u) => fetch(u).then((r) => r.text()), url);

const switcher = (page: Page) => page.getByRole('navigation', { name: 'Lentilles de lecture' });

async function answerEveryQuestion(page: Page) {
	for (const question of lesson.questions) {
		await page.goto(`${LESSON}/quiz?q=${question.id}`);
		await answerCurrentQuestion(page);
		await expect(page.getByRole('status').first()).toBeVisible();
	}
}

test.describe('reading lenses', () => {
	test('the seed lesson has annotations for every lens', () => {
		for (const [lens] of LENSES) expect(annotationsOf(lens).length, lens).toBeGreaterThan(0);
	});

	test('are locked before the quiz: named, not links, and the server sends nothing of them', async ({
		page
	}) => {
		test.setTimeout(90_000); // axe on the whole article, four times
		await joinClass(page, uniquePseudonym('lentille'));
		await page.goto(LESSON);
		for (const [, name] of LENSES) {
			// Named with its state for screen readers too: "Sources (verrouillée)".
			await expect(
				switcher(page).getByText(new RegExp(`^${name}\\s*\\(verrouillée\\)$`))
			).toBeVisible();
			await expect(switcher(page).getByRole('link', { name })).toHaveCount(0);
		}
		await expect(switcher(page)).toContainText('elles s’ouvrent quand tu as répondu');
		await expect(switcher(page).getByRole('link', { name: 'Faire le quiz' })).toBeVisible();
		await expectAccessible(page);

		// A guessed or old link: the lens is refused, said so, and nothing of it is sent.
		await page.goto(`${LESSON}?lens=sources`);
		await expect(page.getByRole('status')).toHaveText(
			'La lentille « Sources » n’est pas encore ouverte.'
		);
		await expect(page.locator('.lens-mark')).toHaveCount(0);
		const secret = firstSource().explanation.fr.slice(0, 40);
		expect(await page.content()).not.toContain(secret);
		const data = await fetchInPage(page, `${LESSON}/__data.json?lens=sources`);
		expect(data).not.toContain(firstSource().explanation.fr.slice(0, 30));
		await expectAccessible(page);
	});

	test('open once every question is answered; work by keyboard only; each lens is accessible', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await joinClass(page, uniquePseudonym('lentille'));
		await answerEveryQuestion(page);
		await page.goto(LESSON);
		await readerReady(page);

		// Keyboard only: Tab to the "Sources" link, Enter, then Tab to the first badge.
		const sourcesLink = switcher(page).getByRole('link', { name: 'Sources' });
		await expect(sourcesLink).toBeVisible();
		for (
			let i = 0;
			i < 60 && !(await sourcesLink.evaluate((el) => el === document.activeElement));
			i++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(sourcesLink).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?lens=sources/);
		await expect(sourcesLink).toHaveAttribute('aria-current', 'page');
		const marks = page.locator('article .text .lens-mark');
		await expect(marks).toHaveCount(annotationsOf('sources').length);
		await expect(page.getByRole('heading', { name: 'Légende — Sources' })).toBeVisible();

		const badge = page.locator(`#mark-${firstSource().id} .note-ref`);
		for (let i = 0; i < 80 && !(await badge.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(badge).toBeFocused();
		const tooltip = page.locator(`#tip-note-${firstSource().id}`);
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText(firstSource().explanation.fr);
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();

		// A glossary term inside a mark stays a control of its own, and the only one there.
		const termInMark = page.locator('article .text .lens-mark a.term').first();
		await expect(termInMark).toHaveCount(1);
		expect(await page.locator('article .text .lens-mark a a, article a .note-ref').count()).toBe(0);

		for (const [lens, name] of LENSES) {
			await page.goto(`${LESSON}?lens=${lens}`);
			await expect(switcher(page).getByRole('link', { name })).toHaveAttribute(
				'aria-current',
				'page'
			);
			await expect(page.locator('article .text .lens-mark')).toHaveCount(
				annotationsOf(lens).length
			);
			await expect(
				page.getByRole('heading', { name: `Notes de la lentille « ${name} »` })
			).toBeVisible();
			await expectAccessible(page);
		}

		// The claims map: a row per claim, each linking to its place; each side's figures.
		await page.goto(`${LESSON}?lens=claims`);
		const table = page.getByRole('table', { name: 'Affirmations par source' });
		await expect(table.locator('tbody tr')).toHaveCount(annotationsOf('claims').length);
		const firstRow = table.locator('tbody tr').first();
		await firstRow.getByRole('link').click();
		await expect(page).toHaveURL(/#mark-/);
		const casualties = page.getByRole('table', { name: /Pertes annoncées/ });
		await expect(casualties.getByRole('columnheader', { name: 'Selon Bakou' })).toBeVisible();
		await expect(casualties.getByRole('columnheader', { name: 'Selon Artsakh' })).toBeVisible();

		// Lens use is part of the learner's progress (their own data export says so).
		const exported = JSON.parse(await fetchInPage(page, '/me/export'));
		const used = exported.reading.flatMap((r: { lensesUsed: string[] }) => r.lensesUsed);
		expect(new Set(used)).toEqual(new Set(LENSES.map(([lens]) => lens)));

		// Without JavaScript: the same links, the server renders the lens, badges lead to notes.
		const context = await page
			.context()
			.browser()!
			.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
		try {
			const noJs = await context.newPage();
			await noJs.goto(LESSON);
			await switcher(noJs).getByRole('link', { name: 'Guillemets' }).click();
			await expect(noJs).toHaveURL(/\?lens=quotes/);
			const quote = annotationsOf('quotes')[0]!;
			await expect(noJs.locator(`#mark-${quote.id}`)).toBeVisible();
			await noJs.locator(`#mark-${quote.id} .note-ref`).click();
			await expect(noJs).toHaveURL(new RegExp(`#note-${quote.id}$`));
			await expect(noJs.locator(`#note-${quote.id}`)).toContainText(quote.explanation.fr);
			await expectAccessible(noJs, { javaScript: false });
		} finally {
			await context.close();
		}
	});
});
