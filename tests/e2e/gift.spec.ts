import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { parse as parseGift } from 'gift-pegjs';
import { expectAccessible } from './support/a11y';
import { startOwnServer, type OwnServer } from './support/own-server';
import { signInAsTeacher } from './support/teacher';

// Moodle in and out, on a server of its own serving a copy of the lesson: the import writes
// quiz.yaml, which neither the repository nor the other tests' lessons may see.

const LESSON = 'karabakh-revenge';
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/gift', name);

let server: OwnServer;
let lessons: string;
const quizFile = () => readFileSync(join(lessons, LESSON, 'quiz.yaml'), 'utf8');
const repositoryQuiz = readFileSync(join('questions', LESSON, 'quiz.yaml'), 'utf8');

test.describe('Moodle GIFT', () => {
	test.describe.configure({ mode: 'serial' });

	test.beforeAll(async () => {
		lessons = join(mkdtempSync(join(tmpdir(), 'qui-dit-quoi-gift-')), 'questions');
		cpSync(join('questions', LESSON), join(lessons, LESSON), { recursive: true });
		cpSync(join('questions', 'schema'), join(lessons, 'schema'), { recursive: true });
		server = await startOwnServer({ questionsDir: lessons });
	});
	test.afterAll(async () => {
		await server?.stop();
		rmSync(join(lessons, '..'), { recursive: true, force: true });
		expect(readFileSync(join('questions', LESSON, 'quiz.yaml'), 'utf8')).toBe(repositoryQuiz);
	});

	const teacherPage = async (browser: Browser, options: { javaScriptEnabled?: boolean } = {}) => {
		const context = await browser.newContext({ baseURL: server.origin, ...options });
		const page = await context.newPage();
		await signInAsTeacher(page);
		return page;
	};

	test('a teacher exports the lesson, imports a GIFT file after its preview and sees the suggestions', async ({
		browser
	}) => {
		// Four pages checked with axe in two schemes, one of them the whole lesson with its key.
		test.setTimeout(420_000);
		const page = await teacherPage(browser);
		await page.goto(`/teacher/lessons/${LESSON}/preview`);
		const moodle = page.getByRole('region', { name: 'Moodle' });
		await expect(moodle).toBeVisible();
		await expectAccessible(page);

		// French only: the download has no English span, and another GIFT parser reads it.
		await moodle.getByLabel('En français seulement (sans l’anglais)').check();
		const downloading = page.waitForEvent('download');
		await moodle.getByRole('button', { name: 'Exporter pour Moodle (GIFT)' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe(`${LESSON}.gift`);
		const gift = readFileSync((await download.path())!, 'utf8');
		expect(gift).toMatch(/^\$CATEGORY: /m);
		expect(gift).not.toContain('lang\\="en"');
		const questionCount = (repositoryQuiz.match(/^ {2}- id: /gm) ?? []).length;
		expect(parseGift(gift).filter((q) => q.type !== 'Category')).toHaveLength(questionCount);

		const before = quizFile();
		await moodle.getByRole('link', { name: 'Importer des questions Moodle (GIFT)' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: /^Importer des questions Moodle \(GIFT\)/ })
		).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel(/^Fichier GIFT/).setInputFiles(fixture('all-constructs.gift'));
		await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
		const preview = page.getByRole('region', { name: 'Aperçu de all-constructs.gift' });
		await expect(
			preview.getByRole('heading', {
				name: '17 questions seront ajoutées comme suggestions à relire'
			})
		).toBeVisible();
		await expect(preview.getByText("Qui annonce l'opération « Revenge » ?")).toBeVisible();
		await expect(
			preview.getByRole('heading', { name: '2 questions ignorées (sans équivalent ici)' })
		).toBeVisible();
		await expect(preview.getByText(/^ligne 66 : une composition/)).toBeVisible();
		await expect(preview.getByText(/^ligne 68 : une description/)).toBeVisible();
		expect(quizFile(), 'the preview writes nothing').toBe(before);
		await expectAccessible(page);

		await preview.getByRole('button', { name: 'Ajouter ces questions à la leçon' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'17 questions Moodle ajoutées à quiz.yaml comme suggestions à relire.'
		);
		await expect(page.getByText('Suggestion à relire')).toHaveCount(17);
		await expect(
			page.getByRole('heading', { name: /^Question \d+/ }).filter({ hasText: /./ })
		).toHaveCount(questionCount + 17);
		await expect(page.getByText("Qui annonce l'opération « Revenge » ?").first()).toBeVisible();
		expect(quizFile().startsWith(before.trimEnd())).toBe(true);
		await expectAccessible(page);
		await page.context().close();
	});

	test('bad files say what and where, and write nothing: without JavaScript, at 320 px', async ({
		browser
	}) => {
		test.setTimeout(240_000);
		const page = await teacherPage(browser, { javaScriptEnabled: false });
		await page.setViewportSize({ width: 320, height: 700 });
		const before = quizFile();
		const upload = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
			await page.goto(`/teacher/lessons/${LESSON}/gift/import`);
			await page.getByLabel(/^Fichier GIFT/).setInputFiles(file);
			await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
		};

		await upload(fixture('unclosed-brace.gift'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Le fichier n’a pas pu être importé : rien n’a été écrit.');
		await expect(alert).toContainText(
			'ligne 4 : les réponses ouvertes par « { » ne sont pas fermées'
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await expectAccessible(page, { javaScript: false });

		await upload(fixture('windows-1252.gift'));
		await expect(page.getByRole('alert')).toContainText(
			'ligne 4 : le fichier n’est pas en UTF-8 : il semble en Windows-1252'
		);

		await upload(fixture('not-gift.txt'));
		await expect(page.getByRole('alert')).toContainText('ce n’est pas un fichier GIFT');

		// Keyboard only: the file field, then the button.
		await page.goto(`/teacher/lessons/${LESSON}/gift/import`);
		await page.getByRole('button', { name: 'Voir l’aperçu' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toHaveText('Choisissez un fichier GIFT.');

		// The preview itself, at phone width, without JavaScript.
		await upload(fixture('all-constructs.gift'));
		const preview = page.getByRole('region', { name: 'Aperçu de all-constructs.gift' });
		await expect(preview.getByText(/^ligne 66 : une composition/)).toBeVisible();
		await expect(
			preview.getByRole('button', { name: 'Ajouter ces questions à la leçon' })
		).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await expectAccessible(page, { javaScript: false });

		const big = Buffer.alloc(5 * 1024 * 1024, 'a');
		await upload({ name: 'gros.gift', mimeType: 'text/plain', buffer: big });
		await expect(page.locator('body')).toContainText(
			'Le fichier GIFT est trop gros : 500 Ko au plus sont lus.'
		);
		expect(quizFile()).toBe(before);
		await page.context().close();
	});
});
