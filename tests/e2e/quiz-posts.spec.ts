import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';
import { classroomOrigin, requestAsClassroom } from './support/server';

const QUIZ = '/lessons/karabakh-revenge/quiz';
const key = () =>
	Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');

async function sessionOf(page: Page): Promise<string> {
	const cookie = (await page.context().cookies(classroomOrigin)).find(
		(c) => c.name === 'qdq_session'
	)!;
	return `qdq_session=${cookie.value}`;
}

function postAnswer(cookie: string, fields: [string, string][]) {
	return requestAsClassroom(`${QUIZ}?/answer`, {
		method: 'POST',
		headers: {
			origin: classroomOrigin,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString()
	});
}

async function storedAnswers(cookie: string): Promise<unknown[]> {
	const exported = await requestAsClassroom('/me/export', { headers: { cookie } });
	return JSON.parse(exported.body).answers;
}

test.describe('posts to the quiz', () => {
	test('forged or malformed answers get a 4xx with a message, and nothing is recorded', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Faussaire'));
		const cookie = await sessionOf(page);
		const cases: { fields: [string, string][]; status: number; message: string }[] = [
			{
				fields: [
					['question', 'no-such-question'],
					['key', key()],
					['option', 'operation']
				],
				status: 400,
				message: 'Cette question n’existe pas'
			},
			{
				fields: [
					['question', 'topic'],
					['key', key()],
					['option', 'invented']
				],
				status: 400,
				message: 'ne fait pas partie de la question'
			},
			{
				fields: [
					['question', 'topic'],
					['key', key()]
				],
				status: 400,
				message: 'Choisissez ou écrivez une réponse'
			},
			{
				fields: [
					['question', 'topic'],
					['key', 'not-a-key'],
					['option', 'operation']
				],
				status: 400,
				message: 'Cette question n’existe pas'
			},
			{
				fields: [
					['question', 'mark-distance-p3'],
					['key', key()],
					...Array.from({ length: 10_000 }, (_, i): [string, string] => ['word', String(i % 90)])
				],
				status: 400,
				message: 'Trop de réponses envoyées'
			}
		];
		for (const { fields, status, message } of cases) {
			const response = await postAnswer(cookie, fields);
			expect(response.status, JSON.stringify(fields).slice(0, 80)).toBe(status);
			expect(response.body).toContain(message);
		}
		const anonymous = await postAnswer('', [
			['question', 'topic'],
			['key', key()],
			['option', 'operation']
		]);
		expect(anonymous.status).toBe(401);
		expect(anonymous.body).toContain('Votre session a expiré');
		expect(await storedAnswers(cookie)).toEqual([]);
	});

	test('the same answer sent twice (double click, flaky Wi-Fi) is recorded once', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Double'));
		const cookie = await sessionOf(page);
		const fields: [string, string][] = [
			['question', 'topic'],
			['key', key()],
			['option', 'operation']
		];
		const [first, second] = await Promise.all([
			postAnswer(cookie, fields),
			postAnswer(cookie, fields)
		]);
		expect([first.status, second.status]).toEqual([303, 303]);
		const answers = await storedAnswers(cookie);
		expect(answers).toHaveLength(1);
		expect(answers[0]).toMatchObject({ questionId: 'topic', correct: true, attempt: 1 });
	});
});

test.describe('taking the quiz', () => {
	test('a learner leaves mid-quiz and resumes at the same question on another device', async ({
		page,
		browser
	}) => {
		const code = await joinClass(page, uniquePseudonym('Reprise'));
		await page.goto(QUIZ);
		for (let i = 0; i < 3; i++) {
			await answerCurrentQuestion(page);
			await page.getByRole('link', { name: 'Question suivante' }).click();
		}
		await expect(page.getByText(/^Question 4 sur \d+$/)).toBeVisible();

		const phone = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
		await phone.goto('/signin');
		await phone.getByLabel('Code de récupération').fill(code);
		await phone.getByRole('button', { name: 'Reprendre' }).click();
		await expect(phone.getByRole('heading', { name: 'Ma progression', exact: true })).toBeVisible();
		await phone.goto(QUIZ);
		await expect(phone.getByText(/^Question 4 sur \d+$/)).toBeVisible();
		await phone.context().close();
	});

	test('instructions in both languages, saved on the learner', async ({ page }) => {
		await joinClass(page, uniquePseudonym('Bilingue'));
		await page.goto(QUIZ);
		await page.getByLabel('Consignes').selectOption('both');
		await page.getByRole('button', { name: 'Changer' }).click();
		const legend = page.locator('legend');
		await expect(legend.locator('[lang="fr"]')).toContainText('De quoi parle');
		await expect(legend.locator('[lang="en"]')).toContainText('What is');
		await expectAccessible(page);
		await page.reload();
		await expect(legend.locator('[lang="en"]')).toBeVisible();
	});

	test('a wrong answer can be tried again', async ({ page }) => {
		await joinClass(page, uniquePseudonym('Encore'));
		await page.goto(`${QUIZ}?q=topic`);
		await page.getByRole('radio', { name: /accord de paix/i }).check();
		await page.getByRole('button', { name: 'Valider' }).click();
		await expect(page.getByRole('status')).toHaveText(/Pas tout à fait/);
		await page.getByRole('link', { name: 'Réessayer cette question' }).click();
		await page.getByRole('radio', { name: /opération militaire/i }).check();
		await page.getByRole('button', { name: 'Valider' }).click();
		await expect(page.getByRole('status')).toHaveText(/Juste/);
		const answers = await storedAnswers(await sessionOf(page));
		expect(answers.map((a) => (a as { attempt: number }).attempt)).toEqual([1, 2]);
	});

	test('after answering, the evidence is highlighted in the text too; never before', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Preuve'));
		await page.goto('/lessons/karabakh-revenge?evidence=lachin-fire');
		await expect(page.locator('mark.evidence')).toHaveCount(0);

		await page.goto(`${QUIZ}?q=lachin-fire`);
		await answerCurrentQuestion(page);
		const quote = (await page.locator('blockquote mark').first().textContent())!;
		await page.getByRole('link', { name: 'Voir dans le texte' }).first().click();
		await expect(page).toHaveURL(/evidence=lachin-fire#p\d$/);
		await expect(page.locator('mark.evidence').first()).toBeVisible();
		const highlighted = (await page.locator('mark.evidence').allTextContents()).join('');
		expect(highlighted.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' ').slice(0, 20));
		await expect(page.getByText('Le passage surligné répond à la question du quiz.')).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Revenir à la question' }).click();
		await expect(page.getByRole('status')).toBeVisible();
	});
});
