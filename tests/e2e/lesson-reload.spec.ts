import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { questionsDir } from './support/server';
import { signInAsTeacher } from './support/teacher';

const lessonFile = join(questionsDir, 'karabakh-revenge', 'lesson.yaml');

/** Saves the way many editors do: a new file renamed over the old one. */
function saveAsEditorsDo(text: string) {
	const temp = `${lessonFile}.tmp`;
	writeFileSync(temp, text);
	renameSync(temp, lessonFile);
}

test.describe('lesson files edited while the server runs', () => {
	test.describe.configure({ mode: 'serial' });
	let original: string;
	test.beforeAll(() => {
		original = readFileSync(lessonFile, 'utf8');
	});
	test.afterAll(() => writeFileSync(lessonFile, original));

	test('a valid edit is online within seconds; a broken one keeps the last valid version', async ({
		page
	}) => {
		const title: string = parse(original).title.fr;
		expect(original, 'the French title is written as is in lesson.yaml').toContain(title);
		writeFileSync(lessonFile, original.replace(title, 'version corrigée'));
		await expect(async () => {
			await page.goto('/lessons/karabakh-revenge');
			await expect(page.locator('h1')).toContainText('version corrigée', { timeout: 500 });
		}).toPass({ timeout: 10_000 });

		writeFileSync(lessonFile, original.replace(/^level: (.+)$/m, 'level: [$1'));
		// Once the teacher sees the problem, the server has read the broken file.
		await signInAsTeacher(page);
		await page.goto('/teacher/lessons');
		const problems = page.getByRole('region', { name: 'Leçons à corriger' });
		await expect
			.poll(async () => (await page.reload(), await problems.textContent()) ?? '', {
				timeout: 15_000
			})
			.toContain('karabakh-revenge/lesson.yaml');
		const response = await page.goto('/lessons/karabakh-revenge');
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toContainText('version corrigée');

		saveAsEditorsDo(original);
		await expect(async () => {
			await page.goto('/lessons/karabakh-revenge');
			await expect(page.locator('h1')).toContainText(title, { timeout: 500 });
		}).toPass({ timeout: 10_000 });
	});
});
