import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dataDir, port, questionsDir, requestAsClassroom } from './support/server';

test.describe('the server as npm start runs it', () => {
	test('creates its data directory on first run and says where students connect', async () => {
		const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-first-run-'));
		const fresh = join(scratch, 'data');
		const server = spawn(process.execPath, ['scripts/start.js'], {
			env: { ...process.env, PORT: String(port + 2), DATA_DIR: fresh, QUESTIONS_DIR: questionsDir }
		});
		try {
			let output = '';
			server.stdout.on('data', (chunk) => (output += chunk));
			await expect.poll(() => output, { timeout: 60_000 }).toContain('Press Ctrl+C to stop.');
			expect(output).toMatch(/On this computer: +http:\/\/localhost:\d+/);
			expect(output).toContain(`Data directory:          ${fresh}`);
			expect(existsSync(fresh) && statSync(fresh).isDirectory()).toBe(true);
			// Stopped as Ctrl+C stops it: the lock goes with it, so the next start is clean.
			const exited = new Promise((resolve) => server.once('exit', resolve));
			server.kill('SIGINT');
			await exited;
			expect(existsSync(join(fresh, 'server.lock'))).toBe(false);
		} finally {
			server.kill('SIGKILL');
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	test('a second server on the same data directory refuses to start, and says why', () => {
		const second = spawnSync(process.execPath, ['scripts/start.js'], {
			env: {
				...process.env,
				PORT: String(port + 1),
				DATA_DIR: dataDir,
				QUESTIONS_DIR: questionsDir
			},
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(second.status).toBe(1);
		expect(second.stderr).toMatch(/another server \(pid \d+\)/i);
		expect(second.stderr).toContain(dataDir);
		// The first server is unharmed.
		return requestAsClassroom('/').then((r) => expect(r.status).toBe(200));
	});

	test('serves a host name that is not localhost', async () => {
		const response = await requestAsClassroom('/');
		expect(response.status).toBe(200);
		expect(response.body).toContain('<html lang="fr">');
	});

	test('renders two languages at once without mixing them up', async () => {
		const responses = await Promise.all(
			Array.from({ length: 40 }, (_, i) => {
				const lang = i % 2 === 0 ? 'fr' : 'en';
				return requestAsClassroom(i % 4 < 2 ? '/' : '/no-such-page', {
					headers: { 'accept-language': lang === 'fr' ? 'fr-FR,fr;q=0.9' : 'en-GB,en;q=0.9' }
				}).then((response) => ({ lang, response }));
			})
		);
		for (const { lang, response } of responses) {
			expect(response.body).toContain(`<html lang="${lang}">`);
			const french = response.body.includes('Aller au contenu');
			const english = response.body.includes('Skip to content');
			expect({ french, english }).toEqual({ french: lang === 'fr', english: lang === 'en' });
		}
	});

	test('tells shared caches that pages depend on the language', async () => {
		const response = await requestAsClassroom('/');
		expect(String(response.headers.vary)).toMatch(/Accept-Language/);
		expect(String(response.headers.vary)).toMatch(/Cookie/);
	});

	test('sends pages gzipped to browsers that accept it (a class shares one connection)', async () => {
		const response = await requestAsClassroom('/lessons/karabakh-revenge', {
			headers: { 'accept-encoding': 'gzip, deflate' }
		});
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('gzip');
	});
});
