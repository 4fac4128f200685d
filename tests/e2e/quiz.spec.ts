import { expect, test } from '@playwright/test';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { answerCurrentQuestion } from './support/quiz';
import { classroomOrigin, requestAsClassroom } from './support/server';

const QUIZ = '/lessons/karabakh-revenge/quiz';
/** A piece of a text that reads the same in HTML and in JSON (no character either escapes). */
const probe = (text: string) =>
	text
		.split(/[&<>"\\\n]/)
		.sort((a, b) => b.length - a.length)[0]!
		.slice(0, 50);

const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;

test.describe('quiz', () => {
	test('needs a learner, and says how to become one', async ({ page }) => {
		await page.goto(QUIZ);
		await expect(page.getByRole('link', { name: 'Rejoindre ou commencer' })).toBeVisible();
		await expectAccessible(page);
	});

	const french = {
		name: 'in French',
		locale: 'fr-FR',
		javaScriptEnabled: true,
		progress: (n: number, total: number) => `Question ${n} sur ${total}`,
		verdict: /Juste|Pas tout à fait|En partie juste/,
		evidence: 'Dans le texte',
		next: 'Question suivante',
		finish: 'Voir le bilan',
		summary: 'Bilan',
		skill: 'Identifier la source'
	};
	const runs = [
		french,
		{
			name: 'in English',
			locale: 'en-GB',
			javaScriptEnabled: true,
			progress: (n: number, total: number) => `Question ${n} of ${total}`,
			verdict: /Right!|Not quite\.|Partly right/,
			evidence: 'In the text',
			next: 'Next question',
			finish: 'See the summary',
			summary: 'Summary',
			skill: 'Identifying the source'
		},
		{ ...french, name: 'with JavaScript off', javaScriptEnabled: false }
	];

	for (const run of runs) {
		test.describe(run.name, () => {
			test.use({ locale: run.locale, javaScriptEnabled: run.javaScriptEnabled });

			test(`a whole quiz ${run.name}: progress, feedback, evidence, summary; axe on every type`, async ({
				page
			}) => {
				// Thirty-nine questions and axe on every type: minutes on a busy two-core machine.
				test.setTimeout(480_000);
				await joinClass(page, uniquePseudonym('Quiz'));
				await page.goto(QUIZ);
				const total = lesson.questions.length;
				const checked = new Set<string>();
				const a11y = { javaScript: run.javaScriptEnabled };
				for (let n = 1; n <= total; n++) {
					await expect(page.getByText(run.progress(n, total))).toBeVisible();
					const id = await page.locator('form input[name="question"]').inputValue();
					const type = lesson.questions.find((q) => q.id === id)!.type;
					const newType = !checked.has(type);
					if (newType) await expectAccessible(page, a11y);
					await answerCurrentQuestion(page);
					await expect(page.getByRole('status')).toHaveText(run.verdict);
					await expect(
						page.getByRole('heading', { name: run.evidence, exact: true })
					).toBeVisible();
					await expect(page.locator('blockquote mark').first()).toBeVisible();
					if (newType) await expectAccessible(page, a11y);
					checked.add(type);
					await page.getByRole('link', { name: n < total ? run.next : run.finish }).click();
				}
				expect(checked.size).toBe(8);
				await expect(page.getByRole('heading', { name: run.summary, exact: true })).toBeVisible();
				await expect(page.getByRole('rowheader', { name: run.skill })).toBeVisible();
				await expectAccessible(page, a11y);
			});
		});
	}

	test('before a question is answered, neither the page nor its data holds its key', async ({
		page
	}) => {
		await joinClass(page, uniquePseudonym('Curieux'));
		const session = (await page.context().cookies(classroomOrigin)).find(
			(c) => c.name === 'qdq_session'
		)!;
		const get = async (path: string) =>
			(await requestAsClassroom(path, { headers: { cookie: `qdq_session=${session.value}` } }))
				.body;
		for (const question of lesson.questions) {
			const html = await get(`${QUIZ}?q=${question.id}`);
			const data = await get(`${QUIZ}/__data.json?q=${question.id}`);
			for (const [where, body] of [
				['HTML', html],
				['__data.json', data]
			] as const) {
				const about = `${question.id} (${question.type}) in ${where}`;
				expect(body, about).toContain(question.id);
				for (const secret of [question.feedback.fr, question.feedback.en]) {
					expect(body, about).not.toContain(probe(secret));
				}
				expect(body, about).not.toMatch(/"?correct"?:\s*(true|!0)/);
				if (question.type === 'short' || (question.type === 'gap' && question.mode === 'type')) {
					for (const answer of question.answers) expect(body, about).not.toContain(`"${answer}"`);
				}
				if ('options' in question) {
					for (const option of question.options) {
						if (option.feedback) expect(body, about).not.toContain(probe(option.feedback.fr));
					}
				}
				if (question.type === 'mark') {
					for (const target of question.targets)
						expect(body, about).not.toContain(probe(target.feedback.fr));
				}
				// Items never in the order of the key.
				const ordered =
					question.type === 'order' || question.type === 'match'
						? question.items.map((i) => i.text.fr)
						: 'options' in question
							? question.options.map((o) => o.text.fr)
							: [];
				if (ordered.length > 1 && where === 'HTML') {
					const positions = ordered.map((text) => html.indexOf(text.replaceAll('&', '&amp;')));
					if (positions.every((p) => p >= 0)) {
						expect(positions, `${about}: shown in key order`).not.toEqual(
							[...positions].sort((a, b) => a - b)
						);
					}
				}
			}
		}

		// The same probes do find the feedback once the question is answered: the check can see a leak.
		const first = lesson.questions[0]!;
		await page.goto(`${QUIZ}?q=${first.id}`);
		await answerCurrentQuestion(page);
		await expect(page.getByRole('status')).toBeVisible();
		expect(await get(`${QUIZ}?q=${first.id}`)).toContain(probe(first.feedback.fr));
		expect(await get(`${QUIZ}/__data.json?q=${first.id}`)).toContain(probe(first.feedback.fr));
	});
});
