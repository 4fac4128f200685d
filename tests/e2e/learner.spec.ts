import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { joinClass, uniquePseudonym } from './support/learner';
import { classCode, classroomOrigin } from './support/server';

test.describe('joining a class', () => {
	test.describe('with JavaScript off, from a LAN address', () => {
		test.use({ javaScriptEnabled: false });

		test('a pupil joins with the class code and a pseudonym, and gets a recovery code once', async ({
			page
		}) => {
			test.setTimeout(120_000); // axe on four pages, in two colour schemes
			const pseudonym = uniquePseudonym('Léa');
			await page.goto('/join');
			await expectAccessible(page, { javaScript: false });
			const code = await joinClass(page, pseudonym);
			await expect(page.getByText('Vous avez rejoint la classe « 3e B ».')).toBeVisible();
			await expect(
				page.getByRole('heading', { name: 'Notez votre code de récupération' })
			).toBeVisible();
			await expectAccessible(page, { javaScript: false });

			const session = (await page.context().cookies(classroomOrigin)).find(
				(c) => c.name === 'qdq_session'
			);
			expect(session).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax' });

			// Opened straight from the address bar: "continue" leads to the lessons.
			await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
			await expect(page.getByRole('heading', { level: 2, name: 'Leçons' })).toBeVisible();
			await page.getByRole('link', { name: 'Ma progression' }).click();
			await expect(
				page.getByRole('heading', { name: 'Ma progression', exact: true })
			).toBeVisible();
			await expect(page.getByText(`Pseudonyme : ${pseudonym}`)).toBeVisible();
			await expect(page.getByText('Classe : 3e B')).toBeVisible();
			// Shown once: the code is nowhere on the learner's own page.
			await expect(page.getByText(code)).toHaveCount(0);
			await expectAccessible(page, { javaScript: false });
		});

		test('a mistake is explained next to its field and nothing typed is lost', async ({ page }) => {
			await page.goto('/join');
			await page.getByLabel('Code de la classe').fill('ZZZ-ZZZ');
			await page.getByLabel('Pseudonyme').fill('Samir');
			await page.getByRole('button', { name: 'Rejoindre la classe' }).click();
			const code = page.getByLabel('Code de la classe');
			await expect(code).toHaveValue('ZZZ-ZZZ');
			await expect(code).toHaveAttribute('aria-invalid', 'true');
			await expect(code).toHaveAccessibleDescription(/Aucune classe n’a ce code/);
			await expect(page.getByLabel('Pseudonyme')).toHaveValue('Samir');

			await code.fill('');
			await page.getByLabel('Pseudonyme').fill('S');
			await page.getByRole('button', { name: 'Rejoindre la classe' }).click();
			await expect(page.getByText('Entrez le code de la classe.')).toBeVisible();
			await expect(page.getByText('Le pseudonyme doit avoir au moins 2 caractères.')).toBeVisible();
			await expectAccessible(page, { javaScript: false });
		});
	});

	test('two pupils of one class cannot share a pseudonym, whatever the case and accents', async ({
		page,
		browser
	}) => {
		const name = uniquePseudonym('Chloé');
		await joinClass(page, name);
		const other = await (await browser.newContext()).newPage();
		await other.goto('/join');
		await other.getByLabel('Code de la classe').fill(classCode.toLowerCase().replace('-', ' '));
		await other.getByLabel('Pseudonyme').fill(name.toUpperCase().replace('É', 'E'));
		await other.getByRole('button', { name: 'Rejoindre la classe' }).click();
		await expect(other.getByText(/Ce pseudonyme est déjà pris dans cette classe/)).toBeVisible();
		await other.context().close();
	});

	test('a self-learner starts in one click', async ({ page }) => {
		await page.goto('/join');
		await page.getByRole('button', { name: 'Commencer seul·e' }).click();
		await expect(
			page.getByRole('heading', { name: 'Notez votre code de récupération' })
		).toBeVisible();
		await page.getByRole('link', { name: 'C’est noté, continuer' }).click();
		await page.getByRole('link', { name: 'Ma progression' }).click();
		await expect(page.getByText('En autonomie (sans classe)')).toBeVisible();
	});
});

test.describe('coming back', () => {
	test('the recovery code opens the same progress on another device; signing out closes it', async ({
		page,
		browser
	}) => {
		const pseudonym = uniquePseudonym('Noé');
		const code = await joinClass(page, pseudonym);

		const phone = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
		await phone.goto('/signin');
		await expectAccessible(phone);
		// Typed loosely, as from a board: lower case, spaces instead of dashes.
		await phone.getByLabel('Code de récupération').fill(code.toLowerCase().replaceAll('-', ' '));
		await phone.getByRole('button', { name: 'Reprendre' }).click();
		await expect(phone.getByText(`Pseudonyme : ${pseudonym}`)).toBeVisible();

		await phone.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(phone.getByRole('link', { name: 'Reprendre avec un code' })).toBeVisible();
		await phone.goto('/me');
		await expect(phone).toHaveURL(/\/signin\?redirectTo=%2Fme$/);
		await phone.context().close();
	});

	test('a wrong recovery code is explained and kept in the field', async ({ page }) => {
		await page.goto('/signin');
		await page.getByLabel('Code de récupération').fill('AAA-AAA-AAA');
		await page.getByRole('button', { name: 'Reprendre' }).click();
		await expect(page.getByRole('alert')).toContainText('Ce code ne correspond à aucun·e élève.');
		await expect(page.getByLabel('Code de récupération')).toHaveValue('AAA-AAA-AAA');
	});

	test('the interface language follows the learner to another device', async ({
		page,
		browser
	}) => {
		const code = await joinClass(page, uniquePseudonym('Ana'));
		await page.goto('/me');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { name: 'My progress' })).toBeVisible();

		const other = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
		await other.goto('/signin');
		await other.getByLabel('Code de récupération').fill(code);
		await other.getByRole('button', { name: 'Reprendre' }).click();
		await expect(other.getByRole('heading', { name: 'My progress' })).toBeVisible();
		await expect(other.locator('html')).toHaveAttribute('lang', 'en');
		await other.context().close();
	});
});

test.describe('my data', () => {
	test('a learner downloads everything kept about them, then deletes it all', async ({
		page,
		browser
	}) => {
		const pseudonym = uniquePseudonym('Inès');
		const code = await joinClass(page, pseudonym);
		await page.goto('/lessons/karabakh-revenge');
		await page.goto('/me');
		await expect(page.getByRole('heading', { name: /Haut-Karabakh/ })).toBeVisible();

		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click();
		const file = await (await download).path();
		const exported = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
		expect(exported.learner.pseudonym).toBe(pseudonym);
		expect(exported.classroom).toEqual({ name: '3e B', code: classCode });
		expect(exported.reading).toEqual([
			expect.objectContaining({ lessonId: 'karabakh-revenge', firstOpenedAt: expect.any(String) })
		]);

		await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
		await expect(page.getByRole('alert')).toHaveText('Cochez la case pour confirmer l’effacement.');
		await page.getByLabel('Je comprends que tout sera effacé, définitivement.').check();
		await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
		await expect(page.getByRole('heading', { name: 'Données effacées' })).toBeVisible();
		await expectAccessible(page);

		const other = await (await browser.newContext()).newPage();
		await other.goto('/signin');
		await other.getByLabel('Code de récupération').fill(code);
		await other.getByRole('button', { name: 'Reprendre' }).click();
		await expect(other.getByRole('alert')).toContainText('Ce code ne correspond à aucun·e élève.');
		await other.context().close();
	});
});

test('what a pupil types before the page’s script has arrived is kept (slow school Wi-Fi)', async ({
	page
}) => {
	let release: () => void = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/join', { waitUntil: 'commit' });
	await page.getByLabel('Code de la classe').fill('K7M-Q2X');
	await page.getByLabel('Pseudonyme').fill('Lina');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Code de la classe')).toHaveValue('K7M-Q2X');
	await expect(page.getByLabel('Pseudonyme')).toHaveValue('Lina');
});

test('a learner sees and changes only their own data, whatever they send', async ({
	page,
	browser
}) => {
	const alice = uniquePseudonym('Alice');
	const bob = uniquePseudonym('Bob');
	await joinClass(page, alice);
	const bobPage = await (await browser.newContext()).newPage();
	await joinClass(bobPage, bob);

	// Alice reports reading events; Bob's progress must not move.
	const cookie = (await page.context().cookies(classroomOrigin)).find(
		(c) => c.name === 'qdq_session'
	)!;
	const response = await page.request.fetch(
		`${classroomOrigin.replace('classroom.test', '127.0.0.1')}/lessons/karabakh-revenge/events`,
		{
			method: 'POST',
			headers: {
				origin: classroomOrigin.replace('classroom.test', '127.0.0.1'),
				cookie: `qdq_session=${cookie.value}`,
				'content-type': 'application/json'
			},
			data: { events: [{ key: 'alice-only-1', type: 'translation-opened', paragraph: 3 }] }
		}
	);
	expect(response.status()).toBe(200);

	await bobPage.goto('/me');
	await expect(bobPage.getByText(`Pseudonyme : ${bob}`)).toBeVisible();
	await expect(bobPage.getByText('Vous n’avez encore ouvert aucune leçon.')).toBeVisible();
	const exported = await bobPage.request.get(
		`${classroomOrigin.replace('classroom.test', '127.0.0.1')}/me/export`,
		{
			headers: {
				cookie: `qdq_session=${(await bobPage.context().cookies(classroomOrigin)).find((c) => c.name === 'qdq_session')!.value}`
			}
		}
	);
	const data = await exported.json();
	expect(data.learner.pseudonym).toBe(bob);
	expect(JSON.stringify(data)).not.toContain(alice);
	expect(JSON.stringify(data)).not.toContain('alice-only-1');

	// Without a session there is nothing to read.
	const anonymous = await page.request.get(
		`${classroomOrigin.replace('classroom.test', '127.0.0.1')}/me/export`,
		{
			headers: { cookie: '' }
		}
	);
	expect(anonymous.status()).toBe(401);
	await bobPage.context().close();
});

test.describe('with JavaScript off, every learner form still works', () => {
	test.use({ javaScriptEnabled: false });

	test('sign in with the code, sign out, and delete everything', async ({ page, browser }) => {
		const pseudonym = uniquePseudonym('Mia');
		const code = await joinClass(page, pseudonym);

		const other = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
		await other.goto('/signin');
		await other.getByLabel('Code de récupération').fill(code);
		await other.getByRole('button', { name: 'Reprendre' }).click();
		await expect(other.getByText(`Pseudonyme : ${pseudonym}`)).toBeVisible();
		await other.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(other.getByRole('link', { name: 'Reprendre avec un code' })).toBeVisible();
		await other.context().close();

		await page.goto('/me');
		await page.getByLabel('Je comprends que tout sera effacé, définitivement.').check();
		await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
		await expect(page.getByRole('heading', { name: 'Données effacées' })).toBeVisible();
		await page.goto('/me');
		await expect(page).toHaveURL(/\/signin/);
		await expectAccessible(page, { javaScript: false });
	});
});
