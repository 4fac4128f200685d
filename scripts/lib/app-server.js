// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @returns {Promise<number>} a port nothing listens on right now */
function freePort() {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Starts the app exactly as `npm start` does, on a free port and (unless `dataDir` is given) a
 * throw-away data directory, and waits until it answers. For benchmarks; the e2e suite uses
 * Playwright's webServer.
 * @param {{ dataDir?: string }} [options]
 * @returns {Promise<{ origin: string, port: number, dataDir: string, pid: number, kill: (signal?: NodeJS.Signals) => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startApp(options = {}) {
	const port = await freePort();
	const dataParent = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-'));
	const dataDir = options.dataDir ?? join(/** @type {string} */ (dataParent), 'data');
	const child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 180_000; // a first start may build the app
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`);
		try {
			if ((await fetch(origin)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error('The app did not answer within 180 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	const exited = new Promise((r) => child.once('exit', r));
	return {
		origin,
		port,
		dataDir,
		pid: /** @type {number} */ (child.pid),
		kill: async (signal = 'SIGKILL') => {
			child.kill(signal);
			await exited;
		},
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
			if (dataParent) rmSync(dataParent, { recursive: true, force: true });
		}
	};
}
