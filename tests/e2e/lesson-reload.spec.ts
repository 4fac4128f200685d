import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { questionsDir } from './support/server';

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
		writeFileSync(lessonFile, original.replace('qui dit quoi ?', 'version corrigée'));
		await expect(async () => {
			await page.goto('/lessons/karabakh-revenge');
			await expect(page.locator('h1')).toContainText('version corrigée', { timeout: 500 });
		}).toPass({ timeout: 10_000 });

		writeFileSync(lessonFile, original.replace('level: B2', 'level: [B2'));
		await page.waitForTimeout(1500); // longer than the reload delay
		const response = await page.goto('/lessons/karabakh-revenge');
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toContainText('version corrigée');

		saveAsEditorsDo(original);
		await expect(async () => {
			await page.goto('/lessons/karabakh-revenge');
			await expect(page.locator('h1')).toContainText('qui dit quoi ?', { timeout: 500 });
		}).toPass({ timeout: 10_000 });
	});
});
