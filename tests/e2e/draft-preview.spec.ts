import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { draftCommand } from '../../scripts/lib/lesson-draft';
import type { Detector } from '../../src/lib/draft/types';
import { fixtureLexicon } from '../unit/draft/fixture-lexicon';
import { seedDetector, seedText } from '../unit/draft/seed-detector';
import { expectAccessible } from './support/a11y';
import { startOwnServer, type OwnServer } from './support/own-server';
import { questionsDir } from './support/server';
import { signInAsTeacher } from './support/teacher';

// A lesson drafted by `npm run lesson:draft` is a teacher's work in progress: pupils never see
// it; the teacher finds it in the lesson list with a "Brouillon" badge and reviews it in the
// preview, with what is still to write shown as such.

const ID = 'brouillon-du-karabakh';
const TITLE = 'Brouillon du Karabakh';

/** A glossary entry proposed without English or definition, as the lexicon leaves many. */
const glossary: Detector = {
	name: 'glossary',
	run(context) {
		context.glossary.push({
			id: 'avant-poste',
			lemma: 'avant-poste',
			pos: 'noun',
			gender: 'm',
			forms: ['avant-postes']
		});
	}
};

let server: OwnServer;
let scratch: string;

test.beforeAll(async () => {
	scratch = mkdtempSync(join(tmpdir(), 'qdq-draft-e2e-'));
	const lessons = join(scratch, 'questions');
	cpSync(questionsDir, lessons, { recursive: true });
	const text = join(scratch, 'article.txt');
	const { writeFileSync } = await import('node:fs');
	writeFileSync(text, `${TITLE}\n${seedText()}`);
	const errors: string[] = [];
	const code = await draftCommand(
		[text, '--out', lessons, '--level', 'B2'],
		{ out: () => {}, err: (line) => errors.push(line) },
		{ lexicon: async () => fixtureLexicon, detectors: [seedDetector(), glossary] }
	);
	expect(errors).toEqual([]);
	expect(code).toBe(0);
	server = await startOwnServer({ questionsDir: lessons });
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(scratch, { recursive: true, force: true });
});

async function pageOn(browser: import('@playwright/test').Browser, width?: number): Promise<Page> {
	const context = await browser.newContext({
		baseURL: server.origin,
		locale: 'fr-FR',
		...(width ? { viewport: { width, height: 740 } } : {})
	});
	return context.newPage();
}

test('pupils never see a draft: not on the home page, 404 for the lesson and its quiz', async ({
	browser
}) => {
	const page = await pageOn(browser);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText('Haut-Karabakh', { exact: false }).first()).toBeVisible();
	await expect(page.getByText(TITLE)).toHaveCount(0);
	await expectAccessible(page);
	for (const path of [`/lessons/${ID}`, `/lessons/${ID}/quiz`]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	await page.context().close();
});

for (const width of [undefined, 320]) {
	test(`the teacher finds the draft with its badge and reviews it in the preview${width ? ' (phone)' : ''}`, async ({
		browser
	}) => {
		const page = await pageOn(browser, width);
		await signInAsTeacher(page);
		await page.goto('/teacher/lessons');
		const item = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: TITLE }) });
		await expect(item.getByText('Brouillon', { exact: true })).toBeVisible();
		await expect(item).toContainText('Les élèves ne voient pas cette leçon');
		await expectAccessible(page);

		await item.getByRole('link', { name: 'Aperçu avec les réponses' }).click();
		await expect(page).toHaveURL(new RegExp(`/teacher/lessons/${ID}/preview$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
		await expect(page.getByText('Brouillon : les élèves ne voient pas cette leçon.')).toBeVisible();
		// The paragraphs are there, their translation still to write.
		await expect(
			page.getByText('Le ministère azerbaïdjanais de la Défense a affirmé').first()
		).toBeVisible();
		const translation = page.locator('details.translation').first();
		await translation.locator('summary').click();
		await expect(translation).toContainText('Traduction anglaise : à écrire');
		// The drafted quiz with its answers, and the glossary entry still to write.
		await expect(
			page.getByText('D’après le texte, qui dit ceci', { exact: false }).first()
		).toBeVisible();
		await expect(
			page.locator('#glossary, section').filter({ hasText: 'avant-poste' }).last()
		).toContainText('à écrire');
		if (width) {
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
		await expectAccessible(page);
		await page.context().close();
	});
}
