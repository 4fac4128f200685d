import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { classCode, port, questionsDir, teacher } from './support/server';
import { signInAsTeacher } from './support/teacher';

const heading = (page: Page, name: string) =>
	page.getByRole('heading', { level: 1, name, exact: true });

/** The id of a class from its link on the teacher home page. */
async function classIdOf(page: Page, name: string): Promise<string> {
	await page.goto('/teacher');
	const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
	return href!.split('/').pop()!;
}

/** A second teacher, invited by the first through a one-time link. */
async function invitedTeacher(browser: Browser, inviter: Page) {
	await inviter.goto('/teacher');
	await inviter.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
	const link = await inviter.getByTestId('invite-link').inputValue();
	expect(link).toMatch(/\/teacher\/invite\/[\w-]{43}$/);
	const context = await browser.newContext();
	const page = await context.newPage();
	const who = { name: uniquePseudonym('M. Invité'), password: 'une-phrase-de-passe' };
	await page.goto(new URL(link).pathname);
	await page.getByLabel('Nom', { exact: true }).fill(who.name);
	await page.getByLabel('Mot de passe', { exact: true }).fill(who.password);
	await page.getByLabel('Mot de passe, encore une fois').fill(who.password);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(heading(page, 'Mes classes')).toBeVisible();
	return { context, page, who, link };
}

test.describe('teacher area: access', () => {
	test('signs in with name and password; a wrong one is refused without saying which', async ({
		page
	}) => {
		// Teachers find their area from any page's footer.
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Espace enseignant' }).click();
		await expect(page).toHaveURL(/\/teacher\/signin\?redirectTo=%2Fteacher$/);
		await expect(heading(page, 'Connexion enseignant')).toBeVisible();
		await expectAccessible(page);
		await page.getByLabel('Nom', { exact: true }).fill(teacher.name);
		await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByRole('alert')).toHaveText('Nom ou mot de passe incorrect.');
		await expect(page.getByLabel('Nom', { exact: true })).toHaveValue(teacher.name);
		await expectAccessible(page);

		await signInAsTeacher(page);
		// The class made before any teacher existed ("3e B") was adopted by this first teacher.
		await expect(page.getByRole('link', { name: '3e B', exact: true })).toBeVisible();
		await expect(page.getByText(classCode)).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(heading(page, 'Connexion enseignant')).toBeVisible();
		await page.goto('/teacher');
		await expect(page).toHaveURL(/\/teacher\/signin/);
	});

	test('refuses teacher actions without a session, with a learner’s cookie, and across teachers', async ({
		page,
		browser
	}) => {
		await signInAsTeacher(page);
		const classId = await classIdOf(page, '3e B');
		const post = (p: Page, path: string, body: Record<string, string>) =>
			p.evaluate(
				async ({ path, body }) => {
					const response = await fetch(path, {
						method: 'POST',
						body: new URLSearchParams(body),
						headers: { 'x-sveltekit-action': 'true' }
					});
					return response.status;
				},
				{ path, body }
			);

		// Nobody signed in.
		const anonymous = await browser.newContext();
		const nobody = await anonymous.newPage();
		await nobody.goto(`/teacher/classes/${classId}`);
		await expect(nobody).toHaveURL(/\/teacher\/signin/);
		expect(await post(nobody, `/teacher/classes/${classId}?/rename`, { name: 'Piraté' })).toBe(401);
		expect(await post(nobody, '/teacher?/create', { name: 'Piratée' })).toBe(401);
		const exported = await nobody.evaluate(
			(path) => fetch(path).then((r) => r.status),
			`/teacher/classes/${classId}/learners/00000000-0000-4000-8000-000000000000/export`
		);
		expect(exported).toBe(401);
		await anonymous.close();

		// A pupil of that very class.
		const pupils = await browser.newContext();
		const pupil = await pupils.newPage();
		await joinClass(pupil, uniquePseudonym('curieux'));
		await pupil.goto(`/teacher/classes/${classId}`);
		await expect(pupil).toHaveURL(/\/teacher\/signin/);
		expect(await post(pupil, `/teacher/classes/${classId}?/archive`, { archived: 'true' })).toBe(
			401
		);
		await pupils.close();

		// Another teacher: sees none of the first teacher's classes, cannot touch them.
		const other = await invitedTeacher(browser, page);
		await expect(other.page.getByRole('link', { name: '3e B', exact: true })).toHaveCount(0);
		const foreign = await other.page.goto(`/teacher/classes/${classId}`);
		expect(foreign?.status()).toBe(404);
		expect(await post(other.page, `/teacher/classes/${classId}?/rename`, { name: 'Volée' })).toBe(
			404
		);
		await other.context.close();

		await page.goto(`/teacher/classes/${classId}`);
		await expect(heading(page, '3e B')).toBeVisible();
	});

	test('an invitation works once', async ({ page, browser }) => {
		await signInAsTeacher(page);
		const { context, link } = await invitedTeacher(browser, page);
		await context.close();
		const again = await browser.newContext();
		const second = await again.newPage();
		await second.goto(new URL(link).pathname);
		await expectAccessible(second);
		// Said before anything is typed: no form to fill in for nothing.
		await expect(
			second.getByText('Cette invitation a déjà servi ou a expiré. Demandez-en une nouvelle.')
		).toBeVisible();
		await expect(second.getByRole('button', { name: 'Créer mon compte' })).toHaveCount(0);

		// A form posted to the used link all the same (opened before it was used) is refused.
		const status = await second.evaluate(
			async (body) =>
				(
					await (
						await fetch(location.pathname, {
							method: 'POST',
							body: new URLSearchParams(body),
							headers: { 'x-sveltekit-action': 'true' }
						})
					).json()
				).status,
			{
				name: uniquePseudonym('Mme Seconde'),
				password: 'encore-une-phrase',
				confirm: 'encore-une-phrase'
			}
		);
		expect(status).toBe(403);
		await again.close();
	});

	test('slows down password guessing', async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto('/teacher/signin');
		for (let i = 0; i < 11; i++) {
			await page.getByLabel('Nom', { exact: true }).fill('Quelqu’un');
			await page.getByLabel('Mot de passe', { exact: true }).fill(`essai-numero-${i}`);
			// Waits for this answer: the previous message stays on screen until it arrives.
			const answered = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('button', { name: 'Se connecter' }).click();
			await answered;
			await expect(page.getByRole('alert')).toHaveText(
				i < 10
					? 'Nom ou mot de passe incorrect.'
					: 'Trop d’essais. Attendez une minute avant de réessayer.'
			);
		}
		// Someone guessing one name does not lock out colleagues on the same school network.
		const colleague = await context.newPage();
		await signInAsTeacher(colleague);
		await context.close();
	});

	test('on a first start with no teacher, the server prints a one-time setup link', async ({
		page
	}) => {
		const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-setup-'));
		const own = port + 3;
		const env: NodeJS.ProcessEnv = {
			...process.env,
			PORT: String(own),
			DATA_DIR: join(scratch, 'data')
		};
		// No scripted teacher: this server must print the setup link.
		delete env.TEACHER_PASSWORD;
		delete env.TEACHER_NAME;
		const server = spawn(process.execPath, ['scripts/start.js'], {
			env: { ...env, QUESTIONS_DIR: questionsDir }
		});
		try {
			let output = '';
			server.stdout.on('data', (chunk) => (output += chunk));
			await expect.poll(() => output, { timeout: 60_000 }).toContain('Press Ctrl+C to stop.');
			const link = /http:\/\/localhost:\d+\/teacher\/setup\?token=[\w-]+/.exec(output)?.[0];
			expect(link, output).toBeTruthy();
			const url = new URL(link!);
			const origin = `http://127.0.0.1:${own}`;

			await page.goto(`${origin}/teacher/setup?token=wrong`);
			await expect(page.getByRole('alert')).toContainText('Ce lien de création n’est pas valable');

			await page.goto(`${origin}${url.pathname}${url.search}`);
			await expect(heading(page, 'Créer le premier compte enseignant')).toBeVisible();
			await expectAccessible(page);
			await page.getByLabel('Nom', { exact: true }).fill('Mme Première');
			await page.getByLabel('Mot de passe', { exact: true }).fill('court');
			await page.getByLabel('Mot de passe, encore une fois').fill('court');
			await page.getByRole('button', { name: 'Créer mon compte' }).click();
			await expect(page.getByRole('alert')).toHaveText(
				'Le mot de passe doit avoir au moins 10 caractères.'
			);
			await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('Mme Première');
			await page.getByLabel('Mot de passe', { exact: true }).fill('une-longue-phrase');
			await page.getByLabel('Mot de passe, encore une fois').fill('une-longue-phrase');
			await page.getByRole('button', { name: 'Créer mon compte' }).click();
			await expect(heading(page, 'Mes classes')).toBeVisible();

			// Used up: the same link now only points to the sign-in.
			await page.goto(`${origin}${url.pathname}${url.search}`);
			await expect(page.getByText('Le compte enseignant existe déjà.')).toBeVisible();
			// Stored hashed, never in clear.
			const accounts = readFileSync(join(scratch, 'data', 'teachers', 'accounts.json'), 'utf8');
			expect(accounts).toContain('Mme Première');
			expect(accounts).not.toContain('une-longue-phrase');
		} finally {
			server.kill('SIGKILL');
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});

test.describe('teacher area: classes', () => {
	test('creates, shows the code large with a QR code, renames and archives a class', async ({
		page,
		browser
	}) => {
		await signInAsTeacher(page);
		const name = uniquePseudonym('4e A');
		await page.getByLabel('Nom de la classe').fill(name);
		await page.getByRole('button', { name: 'Créer la classe' }).click();
		await expect(heading(page, name)).toBeVisible();
		const code = (await page.getByTestId('class-code').textContent())!.trim();
		expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		const fontSize = await page
			.getByTestId('class-code')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(fontSize).toBeGreaterThanOrEqual(48);
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		// The teacher reached the server by a network name: that is the address pupils get.
		const address = page.locator('.addresses code').first();
		await expect(address).toHaveText(`http://classroom.test:${port}/join?code=${code}`);
		await expectAccessible(page);

		// The address fills the code in for a pupil who scans it.
		const pupils = await browser.newContext();
		const pupil = await pupils.newPage();
		await pupil.goto(`/join?code=${code}`);
		await expect(pupil.getByLabel('Code de la classe')).toHaveValue(code);
		await pupils.close();

		await page.getByLabel('Nouveau nom').fill(`${name} (bis)`);
		await page.getByRole('button', { name: 'Renommer' }).click();
		await expect(heading(page, `${name} (bis)`)).toBeVisible();

		await page.getByRole('button', { name: 'Archiver la classe' }).click();
		await expect(
			page.getByText('Cette classe est archivée : les élèves ne peuvent plus la rejoindre')
		).toBeVisible();
		const late = await browser.newContext();
		const latePage = await late.newPage();
		await latePage.goto(`/join?code=${code}`);
		await latePage.getByLabel('Pseudonyme').first().fill('Retardataire');
		await latePage.locator('form[action="?/classroom"] button[type="submit"]').click();
		await expect(latePage.getByRole('alert')).toBeVisible();
		await late.close();
		await page.goto('/teacher');
		await expect(page.getByRole('heading', { name: 'Classes archivées' })).toBeVisible();
	});

	test('lists learners; resets a recovery code, exports and deletes a learner’s data with a confirmation', async ({
		page,
		browser
	}) => {
		const pupils = await browser.newContext();
		const pupil = await pupils.newPage();
		const pseudonym = uniquePseudonym('Élodie');
		const oldCode = await joinClass(pupil, pseudonym);

		await signInAsTeacher(page);
		const classId = await classIdOf(page, '3e B');
		await page.goto(`/teacher/classes/${classId}`);
		const row = page.getByRole('row').filter({ hasText: pseudonym });
		await expect(row).toBeVisible();
		await expectAccessible(page);

		await row.getByRole('button', { name: `Nouveau code de reprise — ${pseudonym}` }).click();
		const newCode = (await page.getByTestId('new-recovery-code').textContent())!.trim();
		expect(newCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(newCode).not.toBe(oldCode);

		const download = page.waitForEvent('download');
		await row.getByRole('link', { name: `Télécharger ses données — ${pseudonym}` }).click();
		const file = await (await download).path();
		const data = JSON.parse(readFileSync(file, 'utf8'));
		expect(data.learner.pseudonym).toBe(pseudonym);
		expect(data.classroom.name).toBe('3e B');

		// Without the confirmation box nothing is deleted (the browser requires it; a form
		// sent without it is refused by the server too).
		const status = await page.evaluate(
			async ({ path, learner }) =>
				(
					await fetch(path, {
						method: 'POST',
						body: new URLSearchParams({ learner }),
						headers: { 'x-sveltekit-action': 'true' }
					})
				).json(),
			{ path: `/teacher/classes/${classId}?/delete`, learner: data.learner.id }
		);
		expect(status.status).toBe(400);
		await page.reload();
		await expect(row).toBeVisible();
		await row.getByLabel(`Je confirme : supprimer toutes les données de ${pseudonym}`).check();
		await row.getByRole('button', { name: `Supprimer — ${pseudonym}` }).click();
		await expect(page.getByRole('status')).toHaveText(
			`Les données de ${pseudonym} ont été supprimées.`
		);
		await expect(page.getByRole('row').filter({ hasText: pseudonym })).toHaveCount(0);

		// The pupil's session and codes are gone with the data.
		await pupil.goto('/me');
		await expect(pupil).not.toHaveURL(/\/me$/);
		await pupils.close();
	});
});

test.describe('teacher area: lessons', () => {
	test('lists lesson files that do not validate, with file, line and column, until they are fixed or removed', async ({
		page
	}) => {
		// Two pages checked with axe at two widths, and the file watcher on a busy machine.
		test.setTimeout(120_000);
		const folder = join(questionsDir, 'brouillon-e2e');
		mkdirSync(folder, { recursive: true });
		// Line 4 gives a level that does not exist.
		writeFileSync(
			join(folder, 'lesson.yaml'),
			[
				'title: { fr: Brouillon, en: Draft }',
				'source: { outlet: null, author: null, date: null }',
				'paragraphs: [{ fr: Un texte., en: A text. }]',
				'level: B7'
			].join('\n')
		);
		try {
			await signInAsTeacher(page);
			await page.goto('/teacher/lessons');
			const problems = page.getByRole('region', { name: 'Leçons à corriger' });
			await expect
				.poll(async () => (await page.reload(), await problems.textContent()) ?? '', {
					timeout: 30_000
				})
				.toContain('questions/brouillon-e2e/lesson.yaml:4:8');
			// Said in the teacher's language, marked as such for screen readers.
			const problem = problems.locator('li', { hasText: 'lesson.yaml:4:8' }).locator('span');
			await expect(problem).toHaveText(
				'« level » ne peut pas être le texte « B7 » — utilisez l’une de ces valeurs : A1, A2, B1, B2, C1, C2'
			);
			await expect(problem).toHaveAttribute('lang', 'fr');
			// Long file paths and messages wrap on a 320 px phone.
			await page.setViewportSize({ width: 320, height: 640 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await expectAccessible(page);
			await page.setViewportSize({ width: 1280, height: 720 });
			await expectAccessible(page);
			// The valid lessons are there too, each with its preview and printouts.
			await expect(page.getByRole('link', { name: 'Aperçu avec les réponses' })).toHaveCount(1);

			// Removed (a valid copy would show up as a lesson for the other tests).
			rmSync(folder, { recursive: true, force: true });
			await expect
				.poll(async () => (await page.reload(), await page.textContent('main')) ?? '', {
					timeout: 30_000
				})
				.not.toContain('brouillon-e2e');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
