import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { requestAsClassroom } from './support/server';
import { signInAsTeacher } from './support/teacher';

// A teacher's results for one class and one lesson, during and after class: two pupils answer in
// their own browsers, the dashboard shows who got what, updates by itself, and exports a CSV.

const LESSON = 'karabakh-revenge';
const QUIZ = `/lessons/${LESSON}/quiz`;
const PEACE = 'D’un accord de paix signé entre l’Arménie et l’Azerbaïdjan.';
/** "1 sur 2 (50 %)": French puts a (narrow) no-break space before the percent sign. */
const share = (value: number, total: number, percent: number) =>
	new RegExp(`${value} sur ${total} \\(${percent}\\s%\\)`);

/** Joins a class by its code through the join form, in a browser of its own. */
async function pupil(browser: Browser, code: string, pseudonym: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/join');
	const form = page.locator('form[action="?/classroom"]');
	await form.locator('input[name="code"]').fill(code);
	await form.locator('input[name="pseudonym"]').fill(pseudonym);
	await form.locator('button[type="submit"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${pseudonym} !`);
	return { context, page };
}

/** Answers a single-choice question of the seed quiz with the option whose label matches. */
async function choose(page: Page, questionId: string, option: RegExp, verdict: RegExp) {
	await page.goto(`${QUIZ}?q=${questionId}`);
	await page.getByRole('radio', { name: option }).check();
	await page.getByRole('button', { name: 'Valider' }).click();
	await expect(page.getByRole('status')).toHaveText(verdict);
}

/** The teacher's cookies as one Cookie header, for requests made outside the browser. */
async function cookieHeader(context: BrowserContext): Promise<string> {
	return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * The number of "on-dit" on the dashboard of a new class: questions are numbered as the class is
 * given them, and a new class is given the core path, where "on-dit" is the fourth.
 */
const ON_DIT = 4;

const overviewRow = (page: Page, number: number) =>
	page
		.getByRole('table', { name: /question par question/ })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${number}\\. `) }) });

test.describe('class dashboard', () => {
	test('shows what each pupil answered, updates by itself, exports a CSV, axe-clean', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		await signInAsTeacher(page);
		const className = uniquePseudonym('Tableau Zoé');
		await page.getByLabel('Nom de la classe').fill(className);
		await page.getByRole('button', { name: 'Créer la classe' }).click();
		await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
		const code = (await page.getByTestId('class-code').textContent())!.trim();
		const classUrl = new URL(page.url()).pathname;

		// Before anyone joins: a message that says what to do, with the class code.
		await page.getByRole('link', { name: /Haut-Karabakh/ }).click();
		await expect(page).toHaveURL(new RegExp(`${classUrl}/lessons/${LESSON}$`));
		await expect(page.getByText(/Aucun élève n’a encore rejoint cette classe/)).toContainText(code);
		await expectAccessible(page);

		const elise = uniquePseudonym('Élise');
		const zoe = uniquePseudonym('-Zoé'); // starts with "-": a formula in a spreadsheet
		const quiet = uniquePseudonym('Noé');
		const a = await pupil(browser, code, elise);
		const b = await pupil(browser, code, zoe);
		const c = await pupil(browser, code, quiet); // joins and answers nothing
		await choose(a.page, 'topic', /opération militaire/, /Juste/);
		await choose(b.page, 'topic', /accord de paix/, /Pas tout à fait/);
		await b.page.getByRole('link', { name: 'Réessayer cette question' }).click();
		await b.page.getByRole('radio', { name: /opération militaire/ }).check();
		await b.page.getByRole('button', { name: 'Valider' }).click();
		await expect(b.page.getByRole('status')).toHaveText(/Juste/);

		await page.reload();
		await expect(page.getByText('3 élèves', { exact: false }).first()).toBeVisible();
		// Question 1: Élise right at once, Zoé wrong then right.
		const first = overviewRow(page, 1);
		await expect(first.getByRole('cell').nth(0)).toHaveText(share(1, 2, 50));
		await expect(first.getByRole('cell').nth(1)).toHaveText(share(2, 2, 100));
		await expect(overviewRow(page, ON_DIT).getByRole('cell').nth(0)).toHaveText('aucune réponse');
		// The wrong option chosen, by how many.
		const details = page.locator('#q-topic');
		const wrongOptions = details.getByRole('table', { name: 'Options fausses choisies' });
		await expect(
			wrongOptions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PEACE }) })
		).toContainText(share(1, 2, 50));

		// Every pupil is listed, the one who answered nothing too.
		const learners = page.getByRole('table', { name: 'Où en est chaque élève' });
		for (const pseudonym of [elise, zoe, quiet]) {
			await expect(learners.getByRole('rowheader', { name: pseudonym })).toBeVisible();
		}
		await page.locator(`summary:has-text("${zoe}")`).click();
		const zoeAnswers = page.getByRole('table', {
			name: `Les autres réponses de ${zoe}, essai après essai`
		});
		await expect(zoeAnswers).toContainText(`Fausse : ${PEACE}`);
		await expect(zoeAnswers.getByRole('listitem')).toHaveText(['Fausse : ' + PEACE, 'Juste']);
		await page.locator(`summary:has-text("${elise}")`).click();
		await expect(page.getByText('Juste à chaque essai (1 question) : 1')).toBeVisible();
		await page.locator(`summary:has-text("${quiet}")`).click();
		await expect(
			page.locator('details', { hasText: quiet }).getByText('Pas encore de réponse.')
		).toBeVisible();
		await expectAccessible(page);

		// While the class works: a new answer shows without reloading the page. Each update asks
		// for what changed since the figures shown; nothing new is a 304 with no body.
		const updates: { status: number; bytes: number }[] = [];
		page.on('response', async (response) => {
			if (!new URL(response.url()).pathname.endsWith('/live')) return;
			const bytes = response.status() === 200 ? (await response.body()).length : 0;
			updates.push({ status: response.status(), bytes });
		});
		await expect.poll(() => updates.length, { timeout: 25_000 }).toBeGreaterThan(0);
		expect(updates[0]!.status, 'nothing new since the page loaded').toBe(304);
		await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
		await choose(a.page, 'on-dit', /aucune source/, /Juste/);
		await expect(overviewRow(page, ON_DIT).getByRole('cell').nth(0)).toHaveText(share(1, 1, 100), {
			timeout: 25_000
		});
		expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
		const changed = updates.find((u) => u.status === 200)!;
		expect(changed.bytes, 'only what changed is sent').toBeLessThanOrEqual(10 * 1024);

		// The CSV: opens in a spreadsheet as it is, one row per answer, nothing runs as a formula.
		const downloading = page.waitForEvent('download');
		await page.getByRole('link', { name: /Télécharger toutes les réponses/ }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe(`${className}-${LESSON}.csv`);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		// French Excel splits on semicolons: the French export uses them.
		const [header, ...rows] = parse(text.slice(1), { delimiter: ';' }) as string[][];
		expect(header).toEqual([
			'Pseudonyme',
			'Leçon',
			'Question (id)',
			'Question',
			'Compétence',
			'Réponse',
			'Juste',
			'Essai',
			// Times in the server's own zone, and the header says which.
			expect.stringMatching(/^Date \(.+\)$/),
			'Version de la question'
		]);
		expect(rows).toHaveLength(4);
		const byPupil = (name: string) => rows.filter((row) => row[0] === name);
		expect(byPupil(elise).map((row) => [row[2], row[6]])).toEqual([
			['topic', 'oui'],
			['on-dit', 'oui']
		]);
		expect(byPupil(`'${zoe}`).map((row) => [row[2], row[5], row[6], row[7]])).toEqual([
			['topic', PEACE, 'non', '1'],
			['topic', expect.stringContaining('opération militaire'), 'oui', '2']
		]);
		expect(rows[0]![3]).toBe('De quoi parle surtout cet article ?');
		expect(
			rows.every((row) => row[9] === 'actuelle' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(row[8]!))
		).toBe(true);

		const csvPath = `${classUrl}/lessons/${LESSON}/answers.csv`;
		const csv = await requestAsClassroom(csvPath, {
			headers: { cookie: await cookieHeader(page.context()) }
		});
		expect(csv.status).toBe(200);
		expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers['cache-control']).toBe('private, no-store');
		expect(csv.headers['content-disposition']).toMatch(
			/^attachment; filename="Tableau-Zoe-[a-z0-9]+-karabakh-revenge\.csv"; filename\*=UTF-8''Tableau%20Zo%C3%A9-/
		);

		// Nobody else gets the results: not a pupil of the class, not a visitor.
		const pupilCookie = await cookieHeader(a.context);
		for (const cookie of [pupilCookie, '']) {
			const headers = cookie ? { cookie } : undefined;
			const html = await requestAsClassroom(`${classUrl}/lessons/${LESSON}`, { headers });
			expect(html.status).toBe(303);
			expect(html.headers.location).toMatch(/^\/teacher\/signin\?redirectTo=/);
			const data = await requestAsClassroom(`${classUrl}/lessons/${LESSON}/__data.json`, {
				headers
			});
			expect(data.body).not.toContain(elise);
			expect((await requestAsClassroom(csvPath, { headers })).status).toBe(401);
		}
		for (const context of [a.context, b.context, c.context]) await context.close();
	});

	test('works without JavaScript: the same figures, and a plain refresh every 30 s', async ({
		browser,
		page
	}) => {
		await signInAsTeacher(page);
		const classes = page.getByRole('link', { name: '3e B', exact: true });
		const classUrl = (await classes.getAttribute('href'))!;
		// A pupil of "3e B" who answered, so the page has figures to show.
		const pupils = await browser.newContext();
		const pupilPage = await pupils.newPage();
		await joinClass(pupilPage, uniquePseudonym('SansJS'));
		await choose(pupilPage, 'topic', /accord de paix/, /Pas tout à fait/);
		await pupils.close();

		const noJs = await browser.newContext({ javaScriptEnabled: false });
		await noJs.addCookies(await page.context().cookies());
		const teacherPage = await noJs.newPage();
		await teacherPage.goto(`${classUrl}/lessons/${LESSON}`);
		await expect(teacherPage.getByRole('heading', { level: 1 })).toHaveText(/^Résultats : /);
		await expect(teacherPage.locator('meta[http-equiv="refresh"]')).toHaveAttribute(
			'content',
			'30'
		);
		await expect(
			teacherPage.locator('#q-topic').getByRole('table', { name: 'Options fausses choisies' })
		).toContainText(PEACE);
		await expectAccessible(teacherPage, { javaScript: false });
		await noJs.close();
	});
});
