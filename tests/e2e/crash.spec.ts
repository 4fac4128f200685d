import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp } from '../../scripts/lib/app-server.js';
import { joinClass, postEvent } from '../../scripts/bench/learner-client';
import { storedEventKeys } from '../../scripts/bench/stored-events';
import { openLowdbStore } from '../../src/lib/server/store/lowdb/store';

test('kill -9 during a burst of saves: every file parses and every acknowledged event is there', async () => {
	test.setTimeout(120_000);
	const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-crash-'));
	const dataDir = join(scratch, 'data');
	try {
		const setup = await openLowdbStore(dataDir, { log: () => {} });
		const { code } = await setup.createClassroom('Crash');
		await setup.close();

		const app = await startApp({ dataDir });
		const cookies: string[] = [];
		for (let i = 0; i < 10; i++) cookies.push(await joinClass(app.origin, code, `crash-${i}`));
		const acknowledged = new Set<string>();
		let stop = false;
		const burst = cookies.map(async (cookie) => {
			while (!stop) {
				try {
					const { reply, key } = await postEvent(app.origin, cookie, 2);
					if (reply.status === 200 && JSON.parse(reply.body).recorded === 1) acknowledged.add(key);
				} catch {
					// in flight when the server died: never acknowledged
				}
			}
		});
		// Kill it in the middle of the burst, once enough saves were acknowledged to mean something.
		await expect.poll(() => acknowledged.size, { timeout: 60_000 }).toBeGreaterThan(60);
		stop = true;
		await app.kill('SIGKILL');
		await Promise.all(burst);
		expect(acknowledged.size).toBeGreaterThan(50);

		const restarted = await startApp({ dataDir });
		expect((await fetch(restarted.origin)).ok).toBe(true);
		await restarted.stop();

		const stored = storedEventKeys(dataDir);
		expect(stored.unreadable).toEqual([]);
		expect(stored.files).toBe(10);
		expect([...acknowledged].filter((key) => !stored.keys.has(key))).toEqual([]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});
