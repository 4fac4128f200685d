// npm run bench:crash — kill -9 the server in the middle of a burst of recorded events, start
// it again on the same data, and count: every file must parse, and every event that got a
// success response must be in the files. Ends with one line of JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../lib/app-server.js';
import { openStore } from '../../src/lib/server/store/open';
import { joinClass, postEvent } from './learner-client';
import { storedEventKeys } from './stored-events';

const LEARNERS = 40;
const KILL_AFTER_MS = Number(process.env.BENCH_KILL_AFTER_MS ?? 3000);

const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-crash-'));
const dataDir = join(scratch, 'data');
try {
	const setup = await openStore({ DATA_DIR: dataDir });
	const { code } = await setup.createClassroom('Crash');
	await setup.close();

	let app = await startApp({ dataDir });
	const cookies: string[] = [];
	for (let i = 0; i < LEARNERS; i++) cookies.push(await joinClass(app.origin, code, `crash-${i}`));

	const acknowledged = new Set<string>();
	let sent = 0;
	let failed = 0;
	let killed = false;
	const burst = cookies.map(async (cookie) => {
		while (!killed) {
			sent++;
			try {
				const { reply, key } = await postEvent(app.origin, cookie, 3);
				if (reply.status === 200 && JSON.parse(reply.body).recorded === 1) acknowledged.add(key);
			} catch {
				failed++; // the connection died with the server: not acknowledged
			}
		}
	});
	await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
	killed = true;
	await app.kill('SIGKILL');
	await Promise.all(burst);

	// The next start takes over the dead server's lock and must read every file.
	app = await startApp({ dataDir });
	const restartedOk = (await fetch(app.origin)).ok;
	await app.stop();

	const stored = storedEventKeys(dataDir);
	const present = [...acknowledged].filter((k) => stored.keys.has(k)).length;
	console.log(
		JSON.stringify({
			bench: 'crash',
			learners: LEARNERS,
			sent,
			acknowledged: acknowledged.size,
			present,
			lost: acknowledged.size - present,
			connection_errors: failed,
			files: stored.files,
			unreadable_files: stored.unreadable.length,
			restarted: restartedOk
		})
	);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
