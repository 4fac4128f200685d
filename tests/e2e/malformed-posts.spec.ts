import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { teacher } from './support/server';
import { cookieFrom, formPost, startOwnServer, type OwnServer } from './support/own-server';

const ROUTES = 'src/routes';
const LESSON = 'karabakh-revenge';

/** Every form action of the app, read from the route files: a new action is fuzzed too. */
function listActions(): { file: string; route: string; action: string }[] {
	const files = readdirSync(ROUTES, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('+page.server.ts')
	);
	return files.flatMap((file) => {
		const source = readFileSync(join(ROUTES, file), 'utf8');
		const block = /export const actions\b[^{]*\{([\s\S]*?)\n\}/.exec(source)?.[1];
		if (!block) return [];
		const route = `/${file.replace(/\/?\+page\.server\.ts$/, '')}`;
		return [...block.matchAll(/^\t(\w+):/gm)].map((m) => ({ file, route, action: m[1]! }));
	});
}

/** A real address for a route id: the lesson, the test's own class, a made-up token. */
function pathOf(route: string, classId: string): string {
	return route
		.split('/')
		.filter((segment) => !/^\(.*\)$/.test(segment))
		.map((segment) => {
			if (/^\[\w+=lesson\]$/.test(segment)) return LESSON;
			if (segment === '[id]') return classId;
			if (segment === '[token]') return 'not-a-real-token';
			if (segment.startsWith('['))
				throw new Error(`Give the fuzzing test a value for ${segment} in ${route}`);
			return segment;
		})
		.join('/');
}

const BOUNDARY = '----quidit';
const part = (name: string, value: string) =>
	`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const wellFormed = `${part('name', 'Mme Lefèvre')}${part('code', 'K7M-Q2X')}--${BOUNDARY}--\r\n`;

/** Bodies no browser form sends, and the status each must get. */
const MALFORMED: { label: string; type: string; body: string; status: number }[] = [
	{
		label: 'multipart without boundary',
		type: 'multipart/form-data',
		body: wellFormed,
		status: 400
	},
	{
		label: 'multipart with the wrong boundary',
		type: 'multipart/form-data; boundary=other',
		body: wellFormed,
		status: 400
	},
	{
		label: 'multipart cut short',
		type: `multipart/form-data; boundary=${BOUNDARY}`,
		body: wellFormed.slice(0, 60),
		status: 400
	},
	{ label: 'text/plain', type: 'text/plain', body: 'name=Mme Lefèvre', status: 415 },
	{ label: 'JSON', type: 'application/json', body: '{"name":"Mme Lefèvre"}', status: 415 },
	{
		label: 'a form larger than the server reads',
		type: 'application/x-www-form-urlencoded',
		body: `name=${'x'.repeat(600 * 1024)}`,
		status: 413
	}
];

test.describe('form actions and malformed bodies', () => {
	test.describe.configure({ timeout: 240_000 });
	let server: OwnServer;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		server = await startOwnServer();
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('every action answers 4xx with a message, never 5xx, and logs no server error', async () => {
		const actions = listActions();
		// The app's actions as of writing, so that a broken listing cannot pass with nothing.
		expect(actions.length).toBeGreaterThanOrEqual(17);

		// Signed in as a teacher and as a learner, so each action would really run.
		const signedIn = await server.request(
			'/teacher/signin',
			formPost({ name: teacher.name, password: teacher.password })
		);
		expect(signedIn.status).toBe(303);
		const teacherCookie = cookieFrom(signedIn, 'qdq_teacher');
		const created = await server.request(
			'/teacher?/create',
			formPost({ name: '4e C' }, { cookie: teacherCookie })
		);
		expect(created.status).toBe(303);
		const classId = String(created.headers.location).split('/').pop()!;
		const learnerCookie = cookieFrom(
			await server.request('/join?/self', formPost({})),
			'qdq_session'
		);
		const cookie = `${teacherCookie}; ${learnerCookie}`;

		const wrong: string[] = [];
		for (const { file, route, action } of actions) {
			const path = `${pathOf(route, classId)}${action === 'default' ? '' : `?/${action}`}`;
			for (const body of MALFORMED) {
				for (const accept of ['text/html', 'application/json']) {
					const response = await server.request(path, {
						method: 'POST',
						headers: {
							'content-type': body.type,
							accept,
							'accept-language': 'fr',
							cookie,
							// What use:enhance sends with its requests.
							...(accept === 'application/json' ? { 'x-sveltekit-action': 'true' } : {})
						},
						body: body.body
					});
					if (response.status !== body.status || response.body.length < 20)
						wrong.push(`${file} ${action}, ${body.label}: ${response.status} ${response.body}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		// Nothing of this is a server error: the log stays clean.
		expect(server.errors()).toBe('');

		// The sessions were real: nothing was signed out or deleted on the way.
		const classPage = await server.request(`/teacher/classes/${classId}`, {
			headers: { cookie }
		});
		expect(classPage.status).toBe(200);
		const me = await server.request('/me', { headers: { cookie } });
		expect(me.status).toBe(200);
	});

	test('the message says what went wrong and what to do, in the reader’s language', async () => {
		const post = (type: string, language: string, body = 'x') =>
			server.request('/join?/classroom', {
				method: 'POST',
				headers: { 'content-type': type, accept: 'text/html', 'accept-language': language },
				body
			});
		const french = await post('multipart/form-data', 'fr-FR');
		expect(french.status).toBe(400);
		expect(french.headers['content-type']).toMatch(/^text\/plain/);
		expect(french.body).toContain('Le formulaire envoyé n’a pas pu être lu');
		expect(french.body).toContain('renvoyez le formulaire');
		const english = await post('text/plain', 'en-GB');
		expect(english.status).toBe(415);
		expect(english.body).toContain('This page only accepts web forms (received: text/plain)');
		// A well-formed form still reaches its action.
		const fine = await server.request('/join?/classroom', formPost({ code: '', pseudonym: '' }));
		expect(fine.status).toBe(400);
		expect(fine.body).toContain('Entrez le code de la classe.');
	});

	test('the reading events endpoint still takes JSON', async () => {
		const learnerCookie = cookieFrom(
			await server.request('/join?/self', formPost({})),
			'qdq_session'
		);
		const response = await server.request(`/lessons/${LESSON}/events`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: learnerCookie },
			body: JSON.stringify({ events: [{ key: 'fuzz-check-0001', type: 'position', paragraph: 1 }] })
		});
		expect(response.status, response.body).toBe(200);
	});
});
