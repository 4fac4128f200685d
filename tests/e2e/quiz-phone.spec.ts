import { expect, test, type Page } from '@playwright/test';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { paragraphsNeeded } from '../../src/lib/quiz/paragraphs';
import { questionView } from '../../src/lib/quiz/view';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';

// The quiz on a phone: every question type answered at 320 and 375 px, with and without
// JavaScript; nothing scrolls sideways, "Valider" stays on screen, and after each answer the
// verdict has focus, is in view, with the next step beside it.

const QUIZ = '/lessons/karabakh-revenge/quiz';
const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const paragraphs = lesson.paragraphs.map((p) => p.fr);
/** The first question of each type, whatever the lesson's ids. */
const firstOfEachType = [...new Map(lesson.questions.map((q) => [q.type, q])).values()];

async function expectNoSidewaysScroll(page: Page, where: string) {
	const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
		const clientWidth = document.documentElement.clientWidth;
		// Named in the message: the elements that stick out on the right.
		const widest = [...document.body.querySelectorAll('*')]
			.filter((e) => e.getBoundingClientRect().right > clientWidth + 0.5)
			.slice(-5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
		return { scrollWidth: document.documentElement.scrollWidth, clientWidth, widest };
	});
	expect(
		scrollWidth,
		`${where}: the page scrolls sideways (${widest.join(', ')})`
	).toBeLessThanOrEqual(clientWidth);
}

/** A real answer to the question on screen, given as a pupil would on a phone. */
async function answer(page: Page, type: string, javaScript: boolean) {
	const form = page.locator('form[action*="/answer"]');
	if (type === 'order' && javaScript) {
		// Moved with the keyboard-friendly buttons; focus stays on the moved item's button.
		const down = form.getByRole('button', { name: /^Descendre/ }).first();
		await down.click();
		await expect(form.locator('input[type="hidden"][name^="position-"]').first()).toBeAttached();
	} else if (
		type === 'short' ||
		(type === 'gap' && (await form.locator('input[name="text"]').count()))
	) {
		const field = form.locator('input[name="text"]');
		await field.fill('ca');
		if (javaScript) {
			// The accent helper types at the caret, and leaves the caret in the field.
			await field.evaluate((input: HTMLInputElement) => input.setSelectionRange(1, 1));
			await form.getByRole('button', { name: 'Écrire é' }).click();
			await expect(field).toHaveValue('céa');
			await expect(field).toBeFocused();
		} else {
			await expect(form.getByRole('group', { name: 'Lettres accentuées' })).toHaveCount(0);
		}
		await page.getByRole('button', { name: 'Valider' }).click();
		return;
	}
	await answerCurrentQuestion(page);
}

for (const javaScript of [true, false]) {
	for (const width of [320, 375]) {
		test.describe(`a phone ${width} px wide, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
			test.use({ viewport: { width, height: 740 }, javaScriptEnabled: javaScript, hasTouch: true });

			test('every question type: no sideways scroll, "Valider" on screen, the verdict focused and in view', async ({
				page
			}) => {
				test.setTimeout(300_000);
				await joinClass(page, uniquePseudonym(`Tel${width}`));
				const a11y = { javaScript };
				for (const question of firstOfEachType) {
					const where = `${question.type} (${question.id})`;
					await page.goto(`${QUIZ}?q=${question.id}`);
					const form = page.locator('form[action*="/answer"]');
					await expect(form).toBeVisible();
					if (javaScript) await expect(page.locator('legend[tabindex="-1"]')).toBeFocused();
					await expectNoSidewaysScroll(page, `${where}, question`);
					// Reachable without scrolling past the options: the bar stays at the bottom.
					await expect(page.getByRole('button', { name: 'Valider' })).toBeInViewport({
						ratio: 1
					});
					await expectAccessible(page, a11y);

					await answer(page, question.type, javaScript);
					const verdict = page.locator('#verdict');
					await expect(verdict).toHaveText(/Juste|Pas tout à fait|En partie juste/);
					await expect(verdict).toBeFocused();
					await expect(verdict).toBeInViewport({ ratio: 1 });
					const next = page.getByRole('link', { name: /^(Question suivante|Voir le bilan)$/ });
					await expect(next).toBeInViewport({ ratio: 1 });
					await expectNoSidewaysScroll(page, `${where}, verdict`);
					await expectAccessible(page, a11y);
				}
			});

			test('an order left untouched is not an answer, and the reason shows beside "Valider"', async ({
				page
			}) => {
				await joinClass(page, uniquePseudonym(`Ordre${width}`));
				const order = lesson.questions.find((q) => q.type === 'order')!;
				await page.goto(`${QUIZ}?q=${order.id}`);
				if (!javaScript) {
					for (const select of await page.locator('select[name^="position-"]').all()) {
						await expect(select).toHaveValue('');
					}
				}
				await page.getByRole('button', { name: 'Valider' }).click();
				const error = page.getByRole('alert');
				await expect(error).toHaveText(/Choisissez ou écrivez une réponse/);
				await expect(error).toBeFocused();
				await expect(error).toBeInViewport({ ratio: 1 });
				await expect(page.locator('#verdict')).toHaveCount(0);
				await expectNoSidewaysScroll(page, 'order refused');
				await expectAccessible(page, { javaScript });
			});
		});
	}
}

test.describe('putting items in order with JavaScript', () => {
	// Phone width, and tall enough that the whole list is on screen while the mouse drags.
	test.use({ viewport: { width: 375, height: 1400 } });

	test('an item dragged by its handle to the end takes the last place, and that is the answer sent', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Glisser'));
		const order = lesson.questions.find((q) => q.type === 'order')!;
		await page.goto(`${QUIZ}?q=${order.id}`);
		const rows = page.locator('ol.sortable > li');
		await expect(rows).toHaveCount(order.type === 'order' ? order.items.length : 0);
		const firstText = (await rows.nth(0).locator('.text').textContent())!;
		await page.locator('ol.sortable').scrollIntoViewIfNeeded();
		const handle = (await rows.nth(0).locator('.handle').boundingBox())!;
		const list = (await page.locator('ol.sortable').boundingBox())!;
		const last = (order.type === 'order' ? order.items.length : 0) - 1;
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		// Down past the end of the list: the last place.
		await page.mouse.move(handle.x + handle.width / 2, list.y + list.height + 10, { steps: 8 });
		await page.mouse.up();
		await expect(rows.nth(last).locator('.text')).toHaveText(firstText);
		await page.getByRole('button', { name: 'Valider' }).click();
		await expect(page.locator('#verdict')).toBeFocused();
		// The answer shown back has the dragged item in last place.
		await expect(page.getByText(`${last + 1}. ${firstText.trim()}`)).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('the paragraphs a question needs, beside it', () => {
	const named = lesson.questions.find(
		(q) =>
			q.type === 'single' &&
			paragraphsNeeded(questionView(q, { seed: 'x', paragraphs }), paragraphs.length).length > 0
	)!;
	const numbers = paragraphsNeeded(
		questionView(named, { seed: 'x', paragraphs }),
		paragraphs.length
	);
	const firstText = paragraphs[numbers[0]! - 1]!;
	const label = `Le texte : ${numbers.map((n) => `§ ${n}`).join(', ')}`;

	test('on a phone: a section to open, without leaving the question or losing the choice', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await joinClass(page, uniquePseudonym('Texte'));
		await page.goto(`${QUIZ}?q=${named.id}`);
		const choice = page.locator('form input[name="option"]').first();
		await choice.check();
		const sheet = page.locator('details', { has: page.getByText(label, { exact: true }) });
		await expect(sheet.getByText(firstText.slice(0, 40))).toBeHidden();
		await sheet.getByText(label, { exact: true }).click();
		await expect(sheet.getByText(firstText.slice(0, 40))).toBeVisible();
		await expect(choice).toBeChecked();
		await expectNoSidewaysScroll(page, 'text opened');
		await expectAccessible(page);
	});

	test('on a wide screen: a panel beside the question, no key in it', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await joinClass(page, uniquePseudonym('Large'));
		await page.goto(`${QUIZ}?q=${named.id}`);
		const panel = page.getByRole('complementary', { name: label });
		await expect(panel.getByText(firstText.slice(0, 40))).toBeVisible();
		const form = await page.locator('form[action*="/answer"]').boundingBox();
		const side = await panel.boundingBox();
		expect(side!.x, 'the panel is beside the question').toBeGreaterThan(form!.x + form!.width - 1);
		// The text shown is the lesson's, not the question's evidence: no highlight, no feedback.
		await expect(panel.locator('mark')).toHaveCount(0);
		await expect(page.getByText(named.feedback.fr.slice(0, 40))).toHaveCount(0);
		await expectAccessible(page);
	});
});

test.describe('the summary', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('total score first try and in the end, one line per missed question, lenses, redo the whole quiz', async ({
		page
	}) => {
		test.setTimeout(300_000);
		await joinClass(page, uniquePseudonym('Bilan'));
		// One question wrong at first, then right: it counts in the end, not at the first try.
		const single = lesson.questions.find((q) => q.type === 'single')!;
		if (single.type !== 'single') throw new Error('unreachable');
		await page.goto(`${QUIZ}?q=${single.id}`);
		await page.locator(`input[value="${single.options.find((o) => !o.correct)!.id}"]`).check();
		await page.getByRole('button', { name: 'Valider' }).click();
		await page.getByRole('link', { name: 'Réessayer cette question' }).click();
		await page.locator(`input[value="${single.options.find((o) => o.correct)!.id}"]`).check();
		await page.getByRole('button', { name: 'Valider' }).click();
		await expect(page.locator('#verdict')).toHaveText(/Juste/);

		// Everything else, hurriedly.
		for (let n = 1; n < lesson.questions.length; n++) {
			await page.getByRole('link', { name: 'Question suivante' }).click();
			await answerCurrentQuestion(page);
			await expect(page.locator('#verdict')).toBeFocused();
		}
		await page.getByRole('link', { name: 'Voir le bilan' }).click();
		const heading = page.getByRole('heading', { name: 'Bilan', exact: true });
		await expect(heading).toBeFocused();

		const score = page.getByTestId('quiz-score');
		const total = lesson.questions.length;
		const firstTry = Number(
			(await score.getByText('Justes du premier coup').locator('strong').textContent())!.split(
				' / '
			)[0]
		);
		await expect(score.getByText('Justes du premier coup')).toContainText(`${firstTry} / ${total}`);
		await expect(score.getByText('Justes à la fin')).toContainText(`${firstTry + 1} / ${total}`);

		// "À relire": exactly one line per question still wrong.
		const lines = page.locator('.reread > li');
		await expect(lines).toHaveCount(total - firstTry - 1);
		await expect(
			page.getByRole('link', { name: /^Relire le paragraphe \d+$/ }).first()
		).toBeVisible();

		// The lenses answering every question opened, each a link to the text under that lens.
		const lens = page.getByRole('link', { name: 'Guillemets' });
		await expect(lens).toHaveAttribute('href', /\?lens=quotes$/);
		await expectNoSidewaysScroll(page, 'summary');
		await expectAccessible(page);

		// Redo the whole quiz: the first question is asked again, then the second.
		await page.getByRole('button', { name: 'Refaire tout le quiz' }).click();
		await expect(page.getByText(`Question 1 sur ${total}`)).toBeVisible();
		await expect(page.locator('form[action*="/answer"] input[name="question"]')).toHaveValue(
			lesson.questions[0]!.id
		);
		await answerCurrentQuestion(page);
		await expect(page.locator('#verdict')).toBeFocused();
		await page.getByRole('link', { name: 'Question suivante' }).click();
		await expect(page.locator('form[action*="/answer"] input[name="question"]')).toHaveValue(
			lesson.questions[1]!.id
		);
		await expectAccessible(page);
	});
});
