import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Cookie, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.js';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { answerKey } from '../../src/lib/server/teacher/answer-key';
import { worksheet } from '../../src/lib/server/teacher/worksheet';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { classroomOrigin } from './support/server';
import { signInAsTeacher } from './support/teacher';

const LESSON = '/teacher/lessons/karabakh-revenge';
const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const key = answerKey(lesson);
const sheet = worksheet(lesson);
/** The French interface strings: the teacher signs in with a French browser. */
const statusNames: Record<string, string> = JSON.parse(
	readFileSync('src/lib/i18n/locales/fr.json', 'utf8')
).quiz.status;

/** Text as pdftotext gives it: compatibility forms (ligatures, no-break spaces) unified. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
/**
 * Without white space and hyphens, to compare texts whatever their line breaks: a line may
 * break where the text has no space (after "…"), and pdftotext joins a line that ends with a
 * hyphen to the next without it ("small-arms" gives "smallarms").
 */
const bare = (text: string) => flat(text).replace(/[-\s]/g, '');
/** Without digits too: sentence and footnote numbers interleave the article's words. */
const letters = (text: string) => bare(text).replace(/\d/g, '');

/**
 * Prints a page with Chromium's own `--print-to-pdf`, from a browser profile where the teacher
 * is signed in (the flag has no way to pass a cookie), and returns the PDF's text.
 */
function printToText(profile: string, path: string, name: string): string {
	const pdf = join(profile, '..', `${name}.pdf`);
	const printed = spawnSync(
		chromiumPath(),
		[
			...chromiumArgs(),
			'--headless',
			`--user-data-dir=${profile}`,
			// The cookie store is encrypted with the key of this store, as when it was written.
			'--password-store=basic',
			'--accept-lang=fr-FR',
			`--print-to-pdf=${pdf}`,
			'--no-pdf-header-footer',
			`${classroomOrigin}${path}`
		],
		{ encoding: 'utf8', timeout: 90_000 }
	);
	expect(printed.status, printed.stderr).toBe(0);
	return flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
}

const includes = (text: string, part: string) => bare(text).includes(bare(part));

/** How many A4 pages a PDF printed by `printToText` has (pdfinfo, from poppler-utils). */
const pagesOf = (profile: string, name: string) =>
	Number(
		/Pages:\s+(\d+)/.exec(
			execFileSync('pdfinfo', [join(profile, '..', `${name}.pdf`)], { encoding: 'utf8' })
		)?.[1]
	);

test.describe('preparing a lesson: preview and print', () => {
	test.describe.configure({ mode: 'serial', timeout: 180_000 });

	let scratch: string;
	/** The teacher's session cookie, signed in once (sign-in is rate-limited per name). */
	let session: Cookie[];
	let worksheetText: string;
	let keyText: string;
	let shortText: string;
	let shortPages: number;
	let fullPages: number;

	test.beforeAll(async () => {
		if (spawnSync('pdftotext', ['-v']).error) {
			throw new Error(
				'pdftotext is missing: apt-get install -y poppler-utils (.ci/run installs it).'
			);
		}
		scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-print-'));
		const profile = join(scratch, 'profile');
		// A teacher's own browser profile: signed in through the form, then closed, which writes
		// the session cookie to the profile's cookie store for the printing Chromium to read.
		const browser = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath(),
			args: chromiumArgs(),
			baseURL: classroomOrigin,
			locale: 'fr-FR'
		});
		await signInAsTeacher(browser.pages()[0] ?? (await browser.newPage()));
		session = await browser.cookies();
		await browser.close();
		worksheetText = printToText(profile, `${LESSON}/print`, 'worksheet');
		keyText = printToText(profile, `${LESSON}/print/key`, 'key');
		shortText = printToText(profile, `${LESSON}/print?short`, 'short');
		fullPages = pagesOf(profile, 'worksheet');
		shortPages = pagesOf(profile, 'short');
	});
	test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	const asTeacher = (page: Page) => page.context().addCookies(session);

	test('the printed worksheet has the text by numbered paragraph and sentence, with glossary footnotes', () => {
		expect(worksheetText).toContain('Fiche élève');
		expect(worksheetText).not.toContain('Connexion enseignant');
		const text = letters(worksheetText);
		for (const paragraph of lesson.paragraphs) {
			expect(worksheetText).toMatch(new RegExp(`§ ?${paragraph.number} `));
			expect(text.includes(letters(paragraph.fr)), `text of paragraph ${paragraph.number}`).toBe(
				true
			);
		}
		// Sentence numbers: paragraph 3 has two sentences, the second numbered 2 before it.
		expect(worksheetText).toMatch(/2 ?Kazimov Anar Rustam/);
		expect(sheet.footnotes.length).toBeGreaterThan(10);
		expect(worksheetText).toContain('Notes de vocabulaire');
		for (const note of sheet.footnotes) {
			expect(includes(worksheetText, `${note.number}. ${note.lemma}`), note.lemma).toBe(true);
			expect(includes(worksheetText, note.definition ?? ''), note.lemma).toBe(true);
			expect(includes(worksheetText, note.en ?? ''), note.lemma).toBe(true);
		}
		for (const question of key) {
			expect(worksheetText).toContain(`Question ${question.number}`);
		}
	});

	test('the short worksheet: the core path on at most 8 pages, with only the vocabulary it needs', () => {
		const short = worksheet(lesson, { short: true });
		expect(shortPages, `${shortPages} pages (the whole sheet: ${fullPages})`).toBeLessThanOrEqual(
			8
		);
		expect(shortPages).toBeLessThan(fullPages);
		expect(shortText).toContain('Fiche élève courte');
		const text = letters(shortText);
		for (const paragraph of lesson.paragraphs) {
			expect(text.includes(letters(paragraph.fr)), `text of paragraph ${paragraph.number}`).toBe(
				true
			);
		}
		// The core path's questions, numbered as in the answer key; no other question.
		for (const question of key) {
			const onSheet = shortText.includes(`Question ${question.number} `);
			expect(onSheet, `question ${question.number}`).toBe(lesson.corePath.includes(question.id));
		}
		// In French only, to fit: the whole sheet keeps both languages.
		const core = lesson.questions.find((q) => q.id === lesson.corePath[0])!;
		expect(includes(shortText, core.prompt.fr)).toBe(true);
		expect(includes(shortText, core.prompt.en)).toBe(false);
		expect(includes(worksheetText, core.prompt.en)).toBe(true);
		expect(short.footnotes.length).toBeGreaterThan(0);
		expect(short.footnotes.length).toBeLessThan(sheet.footnotes.length);
		for (const note of short.footnotes) {
			expect(includes(shortText, `${note.number}. ${note.lemma}`), note.lemma).toBe(true);
		}
	});

	test('the worksheet holds no key material; the answer key holds it, lettered as the worksheet', () => {
		expect(keyText).toContain('Corrigé');
		for (const label of ['Bonne réponse', 'Bonnes réponses', 'Statut :', 'Explication', '✓']) {
			expect(worksheetText).not.toContain(label);
		}
		for (const question of key) {
			const where = `question ${question.number} (${question.id})`;
			for (const feedback of [question.feedback.fr, question.feedback.en]) {
				expect(includes(worksheetText, feedback), `feedback on the worksheet: ${where}`).toBe(
					false
				);
				expect(includes(keyText, feedback), `feedback in the key: ${where}`).toBe(true);
			}
			if (question.type === 'single') {
				const right = question.options.find((option) => option.correct)!;
				expect(includes(keyText, `Bonne réponse : ${right.letter}. ${right.text.fr}`), where).toBe(
					true
				);
				// The same letter names the same option on the pupils' sheet.
				expect(includes(worksheetText, `${right.letter}. ${right.text.fr}`), where).toBe(true);
				for (const option of question.options) {
					if (!option.feedback) continue;
					expect(includes(worksheetText, option.feedback.fr), where).toBe(false);
				}
			}
			if (question.type === 'claim') {
				const status = statusNames[question.status];
				expect(includes(keyText, `Statut : ${status}`), where).toBe(true);
			}
			if (question.type === 'short') {
				expect(
					includes(keyText, `Réponses acceptées : ${question.answers.join(' / ')}`),
					where
				).toBe(true);
			}
			for (const evidence of question.evidence) {
				const sentence =
					evidence.fromSentence === evidence.toSentence
						? `§ ${evidence.paragraph}, phrase ${evidence.fromSentence}`
						: `§ ${evidence.paragraph}, phrases ${evidence.fromSentence} à ${evidence.toSentence}`;
				expect(includes(keyText, sentence), `${where}: ${sentence}`).toBe(true);
				expect(includes(keyText, evidence.quote), `${where}: ${evidence.quote}`).toBe(true);
			}
		}
		// A teacher marking by hand must know that "6 p.m." counts for "18 heures".
		expect(key.some((q) => 'variants' in q && q.variants.includes('times'))).toBe(true);
		expect(includes(keyText, 'l’heure peut s’écrire de toute façon (18 h, 18:00, 6 p.m.…)')).toBe(
			true
		);
	});

	test('the preview shows the lesson as a learner reads it, every lens open, with every answer', async ({
		page
	}) => {
		await asTeacher(page);
		await page.goto(`${LESSON}/preview`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(lesson.title.fr);
		const lenses = page.getByRole('navigation', { name: 'Lentilles de lecture' });
		await expect(lenses.getByRole('link')).toHaveCount(7); // "none" and the six lenses
		await expect(lenses.getByText('verrouillée')).toHaveCount(0);
		await expectAccessible(page);

		// A single-choice question: its right option said in words, its feedback shown.
		const first = key.find((q) => q.type === 'single')!;
		const card = page.locator(`#q-${first.id}`);
		await expect(card.locator('li', { hasText: /✓\s*bonne réponse/ })).toContainText(
			first.type === 'single' ? first.options.find((o) => o.correct)!.text.fr : ''
		);
		await expect(card).toContainText(first.feedback.fr);

		// Its evidence, highlighted in the text on request, with a way back to the question.
		await card.getByRole('link', { name: /Voir la preuve dans le texte/ }).click();
		await expect(page).toHaveURL(new RegExp(`evidence=${first.id}`));
		await expect(page.locator('article mark.evidence').first()).toBeVisible();
		await expect(
			page.getByText(`Le passage surligné est la preuve de la question ${first.number}.`)
		).toBeVisible();

		// A lens, rendered by the server on the preview page itself.
		await lenses.getByRole('link', { name: 'Carte des affirmations' }).click();
		await expect(page).toHaveURL(new RegExp(`${LESSON}/preview\\?lens=claims`));
		await expect(page.locator('article .lens-mark').first()).toBeVisible();
		await expectAccessible(page);
	});

	test('both print pages are accessible and print only the sheet', async ({ page }) => {
		await asTeacher(page);
		for (const path of [`${LESSON}/print`, `${LESSON}/print/key`]) {
			await page.goto(path);
			await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
			await expectAccessible(page);
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['.site-header', '.site-footer', '.teacher-nav', '.print-toolbar']) {
				await expect(page.locator(chrome)).toBeHidden();
			}
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.emulateMedia({ media: null });
		}
		// Elsewhere the site's header stays in print, even after a client-side navigation that
		// keeps the print pages' styles loaded.
		await page.getByRole('link', { name: 'Retour à l’aperçu' }).click();
		await expect(page).toHaveURL(new RegExp(`${LESSON}/preview$`));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeVisible();
		await page.emulateMedia({ media: null });
	});

	test('the preview and the print pages work without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		await context.addCookies(session);
		const page = await context.newPage();
		// The preview: the text, the lenses as links rendered by the server, every answer.
		await page.goto(`${LESSON}/preview?lens=sources`);
		await expect(page.locator('article .lens-mark').first()).toBeVisible();
		await expect(page.locator(`#q-${key[0]!.id}`)).toContainText(key[0]!.feedback.fr);
		for (const path of [`${LESSON}/print`, `${LESSON}/print/key`]) {
			await page.goto(path);
			await expect(
				page.getByText('utilisez la commande Imprimer de votre navigateur')
			).toBeVisible();
			await expect(page.getByRole('button', { name: 'Imprimer' })).toHaveCount(0);
			await expect(
				page.getByRole('heading', { name: 'Question 1', exact: false }).first()
			).toBeVisible();
			await expectAccessible(page, { javaScript: false });
		}
		await context.close();
	});

	test('no one but a teacher opens them: signed out or as a learner, to the sign-in', async ({
		page
	}) => {
		const paths = [`${LESSON}/preview`, `${LESSON}/print`, `${LESSON}/print/key`];
		for (const path of paths) {
			await page.goto(path);
			await expect(page).toHaveURL(/\/teacher\/signin\?redirectTo=/);
			expect(await page.content()).not.toContain(key[0]!.feedback.fr);
		}
		await joinClass(page, uniquePseudonym('imprime'));
		for (const path of paths) {
			await page.goto(path);
			await expect(page).toHaveURL(/\/teacher\/signin\?redirectTo=/);
			// Nor through the data endpoint client-side navigation uses.
			const data = await page.evaluate(
				(url) => fetch(url).then((r) => r.text()),
				`${path}/__data.json`
			);
			expect(data).not.toContain(key[0]!.feedback.fr);
		}
	});
});
