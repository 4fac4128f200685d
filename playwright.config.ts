import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4317);
// Set once in the runner and inherited by its workers: a throw-away, not-yet-existing data dir,
// and a copy of the lessons that tests may edit to check they are picked up live.
if (!process.env.E2E_DATA_DIR) {
	const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-e2e-'));
	process.env.E2E_DATA_DIR = join(scratch, 'data');
	process.env.E2E_QUESTIONS_DIR = join(scratch, 'questions');
	cpSync('questions', process.env.E2E_QUESTIONS_DIR, { recursive: true });
	// A class for the join tests, made the way a teacher makes one today (before the server starts:
	// the running server holds the data directory's lock).
	const created = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/class-create.ts', '3e B'],
		{
			env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
			encoding: 'utf8'
		}
	);
	const code = /^\s+([A-Z0-9]{3}-[A-Z0-9]{3})$/m.exec(created.stdout)?.[1];
	if (!code) throw new Error(`class:create failed: ${created.stdout}${created.stderr}`);
	process.env.E2E_CLASS_CODE = code;
	const given = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'tests/e2e/support/give-every-question.ts',
			process.env.E2E_DATA_DIR,
			code,
			'karabakh-revenge'
		],
		{ encoding: 'utf8' }
	);
	if (given.status !== 0) throw new Error(`Giving "3e B" every question failed: ${given.stderr}`);
}
process.env.E2E_PORT = String(port);
process.env.E2E_TEACHER_NAME ??= 'Mme Lefèvre';
process.env.E2E_TEACHER_PASSWORD ??= 'cahier-de-textes-2026';
// The LAN-like name the browser uses (mapped to loopback): the server answers only to names it
// knows. Set here so that servers the tests start themselves inherit it too.
process.env.ALLOWED_HOSTS ??= 'classroom.test';

const executablePath = chromiumPath();
if (!existsSync(executablePath)) {
	throw new Error(
		`No Chromium at ${executablePath}. Install Debian's: apt-get install -y chromium ` +
			'(or where downloads work: npx playwright install chromium, then set CHROMIUM_PATH).'
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// Sized for a busy 2-core machine (CI, or a laptop serving a class): every test checks each
	// page it visits with axe, in two colour schemes and without JavaScript. Tests wait on
	// conditions, so a generous ceiling costs nothing when things are fast.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		// A LAN-like name mapped to loopback: Chromium treats it as insecure, as pupils' browsers
		// treat http://<teacher-laptop>:3000, so cookie and CSRF traps show up here.
		baseURL: `http://classroom.test:${port}`,
		locale: 'fr-FR',
		launchOptions: { executablePath, args: chromiumArgs() },
		trace: 'retain-on-failure'
	},
	webServer: {
		// Started exactly as `npm start` starts it, on its own throw-away data directory.
		command: 'node scripts/start.js',
		url: `http://127.0.0.1:${port}/`,
		env: {
			PORT: String(port),
			DATA_DIR: process.env.E2E_DATA_DIR,
			QUESTIONS_DIR: process.env.E2E_QUESTIONS_DIR!,
			ALLOWED_HOSTS: process.env.ALLOWED_HOSTS,
			// The scripted setup: this teacher exists from the start and adopts "3e B".
			TEACHER_NAME: process.env.E2E_TEACHER_NAME,
			TEACHER_PASSWORD: process.env.E2E_TEACHER_PASSWORD
		},
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
