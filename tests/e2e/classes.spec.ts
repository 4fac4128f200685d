import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { uniquePseudonym } from './support/learner';
import { classroomOrigin } from './support/server';
import { signInAsTeacher } from './support/teacher';

// A teacher's classes from creation to deletion: one class per click, codes in view and on
// paper, a gradebook, and a deletion that says what it takes with it.

test.describe.configure({ timeout: 120_000 });

const heading = (page: Page, name: string) =>
	page.getByRole('heading', { level: 1, name, exact: true });

/** Creates a class through the form; returns its id and code. */
async function createClass(page: Page, name: string) {
	await page.goto('/teacher');
	await page.getByLabel('Nom de la classe').fill(name);
	await page.getByRole('button', { name: 'Créer la classe' }).click();
	await expect(heading(page, name)).toBeVisible();
	const code = (await page.getByTestId('class-code').textContent())!.trim();
	return { id: new URL(page.url()).pathname.split('/').pop()!, code };
}

/** A pupil joins the class in a browser of their own; returns the page and the recovery code. */
async function pupil(browser: Browser, code: string, pseudonym: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`/join?code=${code}`);
	const form = page.locator('form[action="?/classroom"]');
	await form.getByLabel('Pseudonyme', { exact: true }).fill(pseudonym);
	await form.getByRole('button', { name: 'Rejoindre la classe' }).click();
	const recovery = (await page.getByTestId('recovery-code').textContent())!.trim();
	return { context, page, recovery };
}

test('a double click on "Créer la classe" makes one class, and so does a form sent twice', async ({
	page
}) => {
	await signInAsTeacher(page);
	const name = uniquePseudonym('Double clic');
	await page.getByLabel('Nom de la classe').fill(name);
	await page.getByRole('button', { name: 'Créer la classe' }).dblclick();
	await expect(heading(page, name)).toBeVisible();
	await page.goto('/teacher');
	await expect(page.getByRole('link', { name, exact: true })).toHaveCount(1);

	// Without JavaScript a second click sends the same form again: same key, same class.
	const other = uniquePseudonym('Renvoi');
	const key = await page.locator('form[action="?/create"] input[name="key"]').inputValue();
	const statuses = await page.evaluate(
		async ({ key, name }) => {
			const sent: string[] = [];
			for (let i = 0; i < 2; i++) {
				const response = await fetch('/teacher?/create', {
					method: 'POST',
					body: new URLSearchParams({ key, name }),
					headers: { 'x-sveltekit-action': 'true' }
				});
				sent.push((await response.json()).type);
			}
			return sent;
		},
		{ key, name: other }
	);
	expect(statuses).toEqual(['redirect', 'redirect']);
	await page.reload();
	await expect(page.getByRole('link', { name: other, exact: true })).toHaveCount(1);
	// The page gives a fresh key each time, so the next class is a new one.
	expect(await page.locator('form[action="?/create"] input[name="key"]').inputValue()).not.toBe(
		key
	);
});

test('an archived class shows neither its code nor its QR code', async ({ page }) => {
	await signInAsTeacher(page);
	const { code } = await createClass(page, uniquePseudonym('Archivée'));
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	await page.getByRole('button', { name: 'Archiver la classe' }).click();
	await expect(page.getByText(/Cette classe est archivée/)).toBeVisible();
	await expect(page.getByTestId('class-code')).toHaveCount(0);
	await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
	await expect(page.getByText(code)).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Réactiver la classe' }).click();
	await expect(page.getByTestId('class-code')).toHaveText(code);
});

test.describe('recovery codes', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('a new code appears in view beside its pupil, focused, on a phone', async ({
		page,
		browser
	}) => {
		await signInAsTeacher(page);
		const { id, code } = await createClass(page, uniquePseudonym('Reprise'));
		const names = ['Anouk', 'Basile', 'Célia'].map(uniquePseudonym);
		for (const name of names) await (await pupil(browser, code, name)).context.close();
		await page.goto(`/teacher/classes/${id}`);
		const row = page.getByRole('row').filter({ hasText: names[2]! });
		await row.getByRole('button', { name: `Nouveau code de reprise — ${names[2]}` }).click();
		const shown = page.getByTestId('new-recovery-code');
		await expect(shown).toHaveText(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		await expect(row.getByTestId('new-recovery-code')).toBeVisible();
		await expect(shown).toBeInViewport();
		await expect(page.locator('#new-code')).toBeFocused();
		await expectAccessible(page);
	});

	test('without JavaScript too, the page opens on the new code', async ({ browser }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 375, height: 740 }
		});
		const page = await context.newPage();
		await signInAsTeacher(page);
		const { id, code } = await createClass(page, uniquePseudonym('Reprise sans JS'));
		const name = uniquePseudonym('Dorian');
		await (await pupil(browser, code, name)).context.close();
		await page.goto(`/teacher/classes/${id}`);
		await page.getByRole('button', { name: `Nouveau code de reprise — ${name}` }).click();
		await expect(page).toHaveURL(/#new-code$/);
		await expect(page.getByTestId('new-recovery-code')).toBeInViewport();
		await context.close();
	});

	test('a printable sheet gives every pupil of the class a new code', async ({ page, browser }) => {
		await signInAsTeacher(page);
		const { id, code } = await createClass(page, uniquePseudonym('Feuille'));
		const first = await pupil(browser, code, uniquePseudonym('Emma'));
		const second = await pupil(browser, code, uniquePseudonym('Farid'));
		await second.context.close();
		await page.goto(`/teacher/classes/${id}`);
		await page
			.getByRole('link', { name: 'Imprimer les codes de reprise de toute la classe' })
			.click();
		await expect(page.getByText(/Les codes actuels cesseront de marcher/)).toBeVisible();
		await expectAccessible(page);
		await page
			.getByRole('button', { name: 'Créer 2 nouveaux codes et afficher la feuille' })
			.click();
		const cards = page.getByTestId('code-cards').getByRole('listitem');
		await expect(cards).toHaveCount(2);
		await expect(page.getByText(/ouvrir http:\/\/classroom\.test:\d+\/signin/)).toBeVisible();
		await expectAccessible(page);
		const emma = cards.filter({ hasText: 'Emma' });
		const newCode = (await emma.locator('.code').textContent())!.trim();
		expect(newCode).not.toBe(first.recovery);

		// The new code opens the pupil's progress on another device; the old one no longer does.
		const device = await (await browser.newContext()).newPage();
		await device.goto('/signin');
		await device.getByLabel('Code de récupération').fill(first.recovery);
		await device.getByRole('button', { name: 'Reprendre' }).click();
		await expect(device.getByRole('alert')).toBeVisible();
		await device.getByLabel('Code de récupération').fill(newCode);
		await device.getByRole('button', { name: 'Reprendre' }).click();
		await expect(device.getByText(/Pseudonyme : Emma/)).toBeVisible();
		await device.context().close();
		await first.context.close();
	});
});

test('the gradebook has one row per pupil: scores first try and final, skills, time, local dates', async ({
	page,
	browser
}) => {
	await signInAsTeacher(page);
	const className = uniquePseudonym('Relevé');
	const { id, code } = await createClass(page, className);
	const name = uniquePseudonym('Gaspard');
	const learner = await pupil(browser, code, name);
	await learner.page.goto('/lessons/karabakh-revenge/quiz?q=topic');
	await learner.page.getByRole('radio', { name: /opération militaire/ }).check();
	await learner.page.getByRole('button', { name: 'Valider' }).click();
	await expect(learner.page.getByRole('status')).toHaveText(/Juste/);
	await learner.context.close();

	await page.goto(`/teacher/classes/${id}/lessons/karabakh-revenge`);
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: /Télécharger le relevé de notes/ }).click();
	const text = readFileSync((await (await downloading).path())!, 'utf8');
	const [header, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
	expect(header!.slice(0, 4)).toEqual([
		'Pseudonyme',
		expect.stringMatching(/^Score au premier essai \(sur \d+\)$/),
		expect.stringMatching(/^Score final \(sur \d+\)$/),
		'Questions répondues'
	]);
	expect(header).toContain('Temps passé (min)');
	expect(header!.at(-1)).toMatch(/^Dernière activité \(.+\)$/);
	expect(rows).toHaveLength(1);
	const [row] = rows;
	expect(row!.slice(0, 4)).toEqual([name, '1', '1', '1']);
	expect(row!.at(-1)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
});

test('deleting a class says what goes with it, asks to confirm, and ends its pupils’ access', async ({
	page,
	browser
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await signInAsTeacher(page);
	const className = uniquePseudonym('À supprimer');
	const { id, code } = await createClass(page, className);
	const learner = await pupil(browser, code, uniquePseudonym('Hugo'));

	await page.getByRole('link', { name: 'Supprimer la classe…' }).click();
	await expect(heading(page, `Supprimer la classe « ${className} »`)).toBeVisible();
	await expect(page.getByText(/L’élève de la classe et toutes ses données/)).toBeVisible();
	await expect(page.getByText(/Leurs codes de reprise ne marcheront plus/)).toBeVisible();
	await expect(page.getByRole('link', { name: /Télécharger le relevé de notes/ })).toBeVisible();
	await expectAccessible(page);

	// Without the box ticked, nothing is deleted.
	await page.getByRole('button', { name: 'Supprimer définitivement la classe' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Cochez la case de confirmation pour supprimer la classe.'
	);
	await expectAccessible(page);
	await page.goto(`/teacher/classes/${id}`);
	await expect(heading(page, className)).toBeVisible();

	await page.goto(`/teacher/classes/${id}/delete`);
	await page.getByLabel(/Je confirme : supprimer la classe/).check();
	await page.getByRole('button', { name: 'Supprimer définitivement la classe' }).click();
	await expect(heading(page, 'Mes classes')).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(
		`La classe « ${className} » a été supprimée, avec les données de ses élèves.`
	);
	await expect(page.getByRole('link', { name: className, exact: true })).toHaveCount(0);
	await expectAccessible(page);
	expect((await page.goto(`/teacher/classes/${id}`))!.status()).toBe(404);

	// The pupil is signed out, and the class code no longer works.
	await learner.page.goto('/me');
	await expect(learner.page).toHaveURL(/\/signin/);
	await learner.page.goto(`/join?code=${code}`);
	const form = learner.page.locator('form[action="?/classroom"]');
	await form.getByLabel('Pseudonyme', { exact: true }).fill('Retour');
	await form.getByRole('button', { name: 'Rejoindre la classe' }).click();
	await expect(
		learner.page.getByText('Aucune classe n’a ce code.', { exact: false })
	).toBeVisible();
	await learner.context.close();
});

test.describe('inviting a colleague', () => {
	test('the link can be copied; once used, it says so before any form', async ({
		page,
		browser
	}) => {
		await signInAsTeacher(page);
		await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
		const field = page.getByLabel('Lien d’invitation');
		const link = await field.inputValue();
		// Reached by its network name, the server gives that name, never localhost.
		expect(link).toMatch(new RegExp(`^${classroomOrigin}/teacher/invite/[\\w-]{43}$`));
		await page.getByRole('button', { name: 'Copier le lien' }).click();
		// Said aloud too: the message is in a live region.
		const said = page.getByText('Lien copié.', { exact: true });
		await expect(said).toBeVisible();
		await expect(said).toHaveAttribute('role', 'status');
		await expectAccessible(page);

		const colleague = await browser.newContext();
		const other = await colleague.newPage();
		await other.goto(new URL(link).pathname);
		await other.getByLabel('Nom', { exact: true }).fill(uniquePseudonym('M. Collègue'));
		await other.getByLabel('Mot de passe', { exact: true }).fill('une-phrase-de-passe');
		await other.getByLabel('Mot de passe, encore une fois').fill('une-phrase-de-passe');
		await other.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect(heading(other, 'Mes classes')).toBeVisible();
		await colleague.close();

		const late = await browser.newContext();
		const third = await late.newPage();
		await third.goto(new URL(link).pathname);
		await expect(
			third.getByText('Cette invitation a déjà servi ou a expiré. Demandez-en une nouvelle.')
		).toBeVisible();
		await expect(third.getByLabel('Mot de passe', { exact: true })).toHaveCount(0);
		await expect(third.getByRole('link', { name: 'Connexion enseignant' })).toBeVisible();
		await expectAccessible(third);
		await late.close();
	});
});
