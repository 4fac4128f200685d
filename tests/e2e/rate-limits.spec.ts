import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { teacher } from './support/server';
import { cookieFrom, formPost, startOwnServer, type OwnServer } from './support/own-server';

// Limits count per client address: these tests run on a server of their own and play several
// machines (127.0.0.x), so that they never hold back the shared server's tests.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
/** A well-formed code nobody has (`n` < 900). */
const wrongCode = (n: number, length: 6 | 9) => {
	const tail = `${ALPHABET[Math.floor(n / 30)]}${ALPHABET[n % 30]}`;
	return length === 6 ? `ZZZ-Z${tail}` : `ZZZ-ZZZ-Z${tail}`;
};
const TOO_MANY_CODES = 'Trop de codes erronés depuis cet appareil ou ce réseau.';

test.describe('rate limits', () => {
	test.describe.configure({ mode: 'serial', timeout: 240_000 });
	let server: OwnServer;
	let classCode: string;

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		server = await startOwnServer();
		const from = '127.0.0.9';
		const signedIn = await server.request('/teacher/signin', {
			...formPost({ name: teacher.name, password: teacher.password }),
			from
		});
		const cookie = cookieFrom(signedIn, 'qdq_teacher');
		const created = await server.request('/teacher?/create', {
			...formPost({ name: '5e A' }, { cookie }),
			from
		});
		const classPage = await server.request(String(created.headers.location), {
			headers: { cookie },
			from
		});
		classCode = /join\?code=([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(classPage.body)![1]!;
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('guessing class codes is held back after ten wrong ones, and says so', async ({ page }) => {
		await page.goto(`${server.origin}/join`);
		const form = page.locator('form[action="?/classroom"]');
		for (let n = 0; n < 11; n++) {
			await form.getByLabel('Code de la classe').fill(wrongCode(n, 6));
			await form.getByLabel('Pseudonyme').fill('Curieux');
			const answered = page.waitForResponse((r) => r.request().method() === 'POST');
			await form.getByRole('button', { name: 'Rejoindre la classe' }).click();
			// use:enhance gets the action's status inside its JSON answer.
			expect((await (await answered).json()).status).toBe(n < 10 ? 400 : 429);
			await expect(form.getByRole('alert')).toHaveText(
				n < 10
					? 'Aucune classe n’a ce code. Vérifiez-le auprès de votre enseignant·e.'
					: /^Trop de codes erronés depuis cet appareil ou ce réseau\. Attendez une minute/
			);
		}
		// What was typed is still there.
		await expect(form.getByLabel('Pseudonyme')).toHaveValue('Curieux');
		await expectAccessible(page);

		// This address waits, even with the right code; in English for an English reader.
		const held = await server.request('/join?/classroom', {
			...formPost({ code: classCode, pseudonym: 'Curieux' }, { 'accept-language': 'en' }),
			from: '127.0.0.1'
		});
		expect(held.status).toBe(429);
		expect(held.body).toContain('Too many wrong codes from this device or network. Wait a minute');
		// Another machine is not concerned.
		const other = await server.request('/join?/classroom', {
			...formPost({ code: classCode, pseudonym: 'Voisine' }),
			from: '127.0.0.2'
		});
		expect(other.status).toBe(200);
		expect(other.body).toContain('data-testid="recovery-code"');
	});

	test('a whole class joins from one address: right codes never count', async () => {
		for (let n = 0; n < 25; n++) {
			const joined = await server.request('/join?/classroom', {
				...formPost({ code: classCode, pseudonym: `eleve-${n}` }),
				from: '127.0.0.3'
			});
			expect(joined.status, `pupil ${n + 1}`).toBe(200);
		}
		for (let n = 0; n < 10; n++) {
			const wrong = await server.request('/join?/classroom', {
				...formPost({ code: wrongCode(100 + n, 6), pseudonym: 'x-y' }),
				from: '127.0.0.3'
			});
			expect(wrong.status).toBe(400);
		}
		const held = await server.request('/join?/classroom', {
			...formPost({ code: wrongCode(200, 6), pseudonym: 'x-y' }),
			from: '127.0.0.3'
		});
		expect(held.status).toBe(429);
		expect(held.body).toContain(TOO_MANY_CODES);
	});

	const recoveryCodes: string[] = [];
	test('starting alone is limited to thirty a minute per address', async () => {
		const start = () => server.request('/join?/self', { ...formPost({}), from: '127.0.0.4' });
		for (let n = 0; n < 30; n++) {
			const started = await start();
			expect(started.status, `start ${n + 1}`).toBe(200);
			recoveryCodes.push(/data-testid="recovery-code">([A-Z0-9-]+)</.exec(started.body)![1]!);
		}
		const held = await start();
		expect(held.status).toBe(429);
		expect(held.body).toContain('Trop de nouveaux départs depuis ce réseau.');
		const elsewhere = await server.request('/join?/self', { ...formPost({}), from: '127.0.0.5' });
		expect(elsewhere.status).toBe(200);
	});

	test('pupils resuming from one address are never held back; guessers are', async () => {
		const signIn = (code: string, from: string) =>
			server.request('/signin', { ...formPost({ code }), from });
		// The 11th (and 20th) pupil behind one school address signs in.
		for (const [n, code] of recoveryCodes.slice(0, 20).entries()) {
			expect((await signIn(code, '127.0.0.6')).status, `pupil ${n + 1}`).toBe(303);
		}
		for (let n = 0; n < 10; n++)
			expect((await signIn(wrongCode(n, 9), '127.0.0.6')).status).toBe(400);
		const held = await signIn(wrongCode(10, 9), '127.0.0.6');
		expect(held.status).toBe(429);
		expect(held.body).toContain('Trop d’essais. Attendez une minute avant de réessayer.');
		expect((await signIn(recoveryCodes[20]!, '127.0.0.6')).status).toBe(429);
		expect((await signIn(recoveryCodes[20]!, '127.0.0.7')).status).toBe(303);
	});

	test('wrong passwords hold back the guessing address, not the teacher elsewhere', async () => {
		const signIn = (password: string, from: string) =>
			server.request('/teacher/signin', { ...formPost({ name: teacher.name, password }), from });
		for (let n = 0; n < 10; n++)
			expect((await signIn(`essai-${n}`, '127.0.0.10')).status).toBe(400);
		const held = await signIn('essai-10', '127.0.0.10');
		expect(held.status).toBe(429);
		expect(held.body).toContain('Trop d’essais. Attendez une minute avant de réessayer.');
		expect((await signIn(teacher.password, '127.0.0.10')).status).toBe(429);
		// The teacher, on the laptop, with the right password.
		const laptop = await signIn(teacher.password, '127.0.0.11');
		expect(laptop.status).toBe(303);
		expect(cookieFrom(laptop, 'qdq_teacher')).toMatch(/^qdq_teacher=/);
	});
});
