import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { expectAccessible } from './support/a11y';
import { uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';
import { signInAsTeacher } from './support/teacher';

// What a class is given of a lesson: the teacher chooses (core path, every question, or a
// choice), the class's pupils are asked only that, and the dashboard counts against it. A
// self-learner is asked the core path, then offered the rest.

const LESSON = 'karabakh-revenge';
const QUIZ = `/lessons/${LESSON}/quiz`;
const lesson = buildLesson(readLessonFolder('questions', LESSON)).lesson as Lesson;
const core = lesson.questions.filter((q) => lesson.corePath.includes(q.id));
const numberOf = (id: string) => lesson.questions.findIndex((q) => q.id === id) + 1;
/** Two core questions and one "pour aller plus loin", in the lesson's order. */
const CHOSEN = ['topic', 'text-order', 'on-dit'];
const PHONE = { width: 320, height: 740 };

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
}

/** "21 questions, ≈ 50 min lecture comprise": the minutes. */
const minutesIn = (text: string) => Number(/≈ (\d+) min/.exec(text)?.[1]);

/** A pupil who joins the class through the join form, on a phone-sized screen. */
async function pupilOnPhone(browser: Browser, code: string, pseudonym: string) {
	const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto('/join');
	const form = page.locator('form[action="?/classroom"]');
	await form.locator('input[name="code"]').fill(code);
	await form.locator('input[name="pseudonym"]').fill(pseudonym);
	await form.locator('button[type="submit"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${pseudonym} !`);
	return { context, page };
}

test.describe('questions given to a class', () => {
	test('the teacher gives a choice; pupils are asked only it; the dashboard counts against it', async ({
		browser
	}) => {
		test.setTimeout(300_000); // axe on every page, both schemes, at two widths
		// The teacher's side without JavaScript and on a phone: the form must work as plain HTML.
		const teacherContext = await browser.newContext({
			javaScriptEnabled: false,
			viewport: PHONE,
			locale: 'fr-FR'
		});
		const page = await teacherContext.newPage();
		const noJs = { javaScript: false };
		await signInAsTeacher(page);
		const className = uniquePseudonym('Choix');
		await page.getByLabel('Nom de la classe').fill(className);
		await page.getByRole('button', { name: 'Créer la classe' }).click();
		await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
		const code = (await page.getByTestId('class-code').textContent())!.trim();
		const classUrl = new URL(page.url()).pathname;

		// Until the teacher chooses, a class is given the core path.
		await expect(
			page.getByText(
				`Questions données à la classe : Parcours essentiel (${core.length} questions)`
			)
		).toBeVisible();
		await expectNoSidewaysScroll(page);
		await expectAccessible(page, noJs);

		await page.getByRole('link', { name: 'Changer les questions données' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			/^Questions données à la classe : /
		);
		const current = page.getByTestId('assignment-current');
		await expect(current).toContainText(`Parcours essentiel — ${core.length} questions`);
		const coreMinutes = minutesIn((await current.textContent())!);
		// The questions given now start ticked: the core path's.
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(core.length);
		await expect(page.getByRole('checkbox')).toHaveCount(lesson.questions.length);
		await expect(
			page.getByRole('checkbox', { name: new RegExp(`^${numberOf('text-order')}\\. `) })
		).toHaveAccessibleName(/pour aller plus loin/);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page, noJs);

		// A choice with nothing ticked: said clearly, and the choice itself is kept.
		await page.getByRole('radio', { name: /Un choix de questions/ }).check();
		const ticked = page.getByRole('checkbox', { checked: true });
		while ((await ticked.count()) > 0) await ticked.first().uncheck();
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await expect(page.getByRole('alert')).toHaveText(/Aucune question n’est cochée/);
		await expect(page.getByRole('radio', { name: /Un choix de questions/ })).toBeChecked();
		await expect(
			page.getByRole('group', { name: 'Questions au choix' })
		).toHaveAccessibleDescription(/Aucune question n’est cochée/);
		await expect(current).toContainText('Parcours essentiel');
		await expectNoSidewaysScroll(page);
		await expectAccessible(page, noJs);

		for (const id of CHOSEN) {
			await page.getByRole('checkbox', { name: new RegExp(`^${numberOf(id)}\\. `) }).check();
		}
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await expect(page.getByRole('status')).toHaveText(/Enregistré/);
		await expect(current).toContainText(`Un choix de questions — ${CHOSEN.length} questions`);
		// The estimate is worked out again for the choice: fewer questions, less time.
		expect(minutesIn((await current.textContent())!)).toBeLessThan(coreMinutes);
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(CHOSEN.length);
		await expectAccessible(page, noJs);

		// A pupil of the class, on a phone: asked the three questions, in the lesson's order.
		const pseudonym = uniquePseudonym('Inès');
		const pupil = await pupilOnPhone(browser, code, pseudonym);
		await pupil.page.goto('/');
		await expect(pupil.page.getByText('Questions données à votre classe :')).toBeVisible();
		await expect(pupil.page.locator('.lesson-time')).toContainText(`${CHOSEN.length} questions`);
		await expectAccessible(pupil.page);
		await pupil.page.goto(QUIZ);
		const asked: string[] = [];
		for (let n = 1; n <= CHOSEN.length; n++) {
			await expect(pupil.page.getByText(`Question ${n} sur ${CHOSEN.length}`)).toBeVisible();
			if (n === 1) {
				await expectNoSidewaysScroll(pupil.page);
				await expectAccessible(pupil.page);
			}
			asked.push(await answerCurrentQuestion(pupil.page));
			await expect(pupil.page.getByRole('status')).toBeVisible();
			await pupil.page
				.getByRole('link', { name: n < CHOSEN.length ? 'Question suivante' : 'Voir le bilan' })
				.click();
		}
		expect(asked).toEqual(CHOSEN);
		await expect(pupil.page.getByRole('heading', { name: 'Bilan', exact: true })).toBeVisible();
		await expect(pupil.page.getByTestId('quiz-score')).toContainText(`/ ${CHOSEN.length}`);
		// Nothing "pour aller plus loin" for a pupil: the teacher chose.
		await expect(pupil.page.getByRole('heading', { name: 'Pour aller plus loin' })).toHaveCount(0);
		await expectNoSidewaysScroll(pupil.page);
		await expectAccessible(pupil.page);
		// A question the class is not given, asked for in the address: not shown.
		await pupil.page.goto(`${QUIZ}?q=who-says-what`);
		await expect(pupil.page.getByRole('heading', { name: 'Bilan', exact: true })).toBeVisible();

		// The dashboard counts against the choice, and says which is in force.
		await page.goto(`${classUrl}/lessons/${LESSON}`);
		await expect(page.getByTestId('assignment-in-force')).toContainText(
			`Un choix de questions (${CHOSEN.length} questions)`
		);
		const overview = page.getByRole('table', { name: /question par question/ });
		await expect(overview.getByRole('rowheader')).toHaveCount(CHOSEN.length);
		const learners = page.getByRole('table', { name: 'Où en est chaque élève' });
		await expect(learners.getByRole('row').filter({ hasText: pseudonym })).toContainText(
			`${CHOSEN.length} sur ${CHOSEN.length}`
		);
		await expectAccessible(page, noJs);
		await page.goto(classUrl);
		await expect(
			page.getByText('1 élève sur 1 a répondu à toutes les questions données.')
		).toBeVisible();

		// The pupil opens the extra question again, to retry it, just before the teacher changes.
		await pupil.page.goto(`${QUIZ}?q=text-order&retry`);
		await expect(pupil.page.locator('form input[name="question"]')).toHaveValue('text-order');

		// Back to the core path: the pupil's answer to the extra question is kept, not counted.
		await page.goto(`${classUrl}/lessons/${LESSON}/assignment`);
		await page.getByRole('radio', { name: /Parcours essentiel/ }).check();
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await expect(current).toContainText(`Parcours essentiel — ${core.length} questions`);
		// The answer sent from the page opened before is refused, and said why.
		await answerCurrentQuestion(pupil.page);
		await expect(
			pupil.page.getByText(/ne fait pas partie des questions données à votre classe/)
		).toBeVisible();
		await page.goto(`${classUrl}/lessons/${LESSON}`);
		await expect(page.getByTestId('assignment-in-force')).toContainText(
			`Parcours essentiel (${core.length} questions)`
		);
		await expect(
			page.getByText(
				'1 réponse à une question qui n’est pas donnée à la classe est gardée, mais pas comptée.'
			)
		).toBeVisible();
		await expect(learners.getByRole('row').filter({ hasText: pseudonym })).toContainText(
			`2 sur ${core.length}`
		);
		await expectAccessible(page, noJs);
		await pupil.page.goto(QUIZ);
		await expect(pupil.page.getByText(`Question 2 sur ${core.length}`)).toBeVisible();
		await pupil.context.close();
		await teacherContext.close();
	});

	test('a self-learner is asked the core path, then offered the rest', async ({ browser }) => {
		test.setTimeout(300_000); // the core path's questions, answered one by one
		const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByLabel('Nom d’emprunt (facultatif)').fill(uniquePseudonym('Seul'));
		await page.getByRole('button', { name: 'Commencer seul·e' }).click();
		await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
		await page.goto(QUIZ);
		for (let n = 1; n <= core.length; n++) {
			await expect(page.getByText(`Question ${n} sur ${core.length}`)).toBeVisible();
			await answerCurrentQuestion(page);
			await expect(page.getByRole('status')).toBeVisible();
			await page
				.getByRole('link', { name: n < core.length ? 'Question suivante' : 'Voir le bilan' })
				.click();
		}
		await expect(page.getByRole('heading', { name: 'Bilan', exact: true })).toBeVisible();
		await expect(page.getByTestId('quiz-score')).toContainText(`/ ${core.length}`);
		const further = lesson.questions.length - core.length;
		await expect(page.getByRole('heading', { name: 'Pour aller plus loin' })).toBeVisible();
		await expect(page.getByText(`${further} questions de plus vous attendent`)).toBeVisible();
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Continuer avec ces questions' }).click();
		const first = lesson.questions.find((q) => !lesson.corePath.includes(q.id))!;
		await expect(
			page.getByText(`Question ${numberOf(first.id)} sur ${lesson.questions.length}`)
		).toBeVisible();
		await expect(page.locator('form input[name="question"]')).toHaveValue(first.id);
		await expectAccessible(page);
		await context.close();
	});
});
