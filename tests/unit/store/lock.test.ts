import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, isProcessAlive, type DataDirLock } from '$lib/server/store/lowdb/lock';

let root: string;
let dir: string;
let logs: string[];
const locks: DataDirLock[] = [];
const lockFile = () => join(dir, 'server.lock');
const acquire = async (isAlive?: (pid: number) => boolean) => {
	const lock = await acquireDataDirLock(dir, { isAlive, log: (m) => logs.push(m) });
	locks.push(lock);
	return lock;
};
const content = () => JSON.parse(readFileSync(lockFile(), 'utf8')) as { pid: number };
/** A lock file as another server would leave it. */
const existingLock = (text: string) => {
	mkdirSync(dir, { recursive: true });
	writeFileSync(lockFile(), text);
};
const OTHER_PID = 4_000_001;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'qdq-lock-'));
	dir = join(root, 'data');
	logs = [];
});
afterEach(async () => {
	for (const lock of locks.splice(0)) await lock.release();
	vi.restoreAllMocks();
	rmSync(root, { recursive: true, force: true });
});

describe('acquireDataDirLock', () => {
	it('creates the data directory and a lock file with our pid, removed on release', async () => {
		const lock = await acquire();
		expect(lock.file).toBe(lockFile());
		expect(content()).toMatchObject({ pid: process.pid, startedAt: expect.any(String) });
		await lock.release();
		expect(existsSync(lockFile())).toBe(false);
		await lock.release(); // twice: no error
		await expect(acquire()).resolves.toBeTruthy();
	});

	it('refuses a second lock in this process, and of several racing for it one wins', async () => {
		const first = await acquire();
		await expect(acquire()).rejects.toThrow(`another server (pid ${process.pid})`);
		await first.release();
		const results = await Promise.allSettled([acquire(), acquire(), acquire()]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('refuses when a running server holds it, saying which and what to do', async () => {
		const text = JSON.stringify({ pid: OTHER_PID, startedAt: 'x', token: 't' });
		existingLock(text);
		const isAlive = vi.fn(() => true);
		await expect(acquire(isAlive)).rejects.toThrow(
			`another server (pid ${OTHER_PID}) already uses DATA_DIR ${dir}; ` +
				'stop it, or start with another DATA_DIR'
		);
		expect(isAlive).toHaveBeenCalledWith(OTHER_PID);
		expect(readFileSync(lockFile(), 'utf8')).toBe(text);
	});

	it('takes over, and says so, the lock of a server that no longer runs', async () => {
		existingLock(JSON.stringify({ pid: OTHER_PID, startedAt: '2025-03-01T08:00:00.000Z' }));
		await acquire(() => false);
		expect(content().pid).toBe(process.pid);
		expect(logs.join('\n')).toMatch(new RegExp(`stale lock .*pid ${OTHER_PID}.*no longer runs`));
	});

	it('takes over a lock file whose content makes no sense', async () => {
		for (const garbage of ['', 'not json', '{"pid":"12"}', '{"pid":-1}', 'null']) {
			existingLock(garbage);
			const lock = await acquire(() => true);
			expect(content().pid, garbage).toBe(process.pid);
			await lock.release();
		}
		expect(logs.filter((m) => /stale lock/.test(m))).toHaveLength(5);
	});

	it('takes over a lock with our pid not held here (container restart)', async () => {
		existingLock(JSON.stringify({ pid: process.pid, startedAt: 'earlier', token: 'old' }));
		await acquire(() => true);
		expect(content()).toMatchObject({ pid: process.pid });
		expect(JSON.parse(readFileSync(lockFile(), 'utf8')).token).not.toBe('old');
	});

	it('on release leaves alone a lock that another server took over meanwhile', async () => {
		const lock = await acquire();
		const theirs = JSON.stringify({ pid: OTHER_PID, startedAt: 'x', token: 'theirs' });
		writeFileSync(lockFile(), theirs);
		await lock.release();
		expect(readFileSync(lockFile(), 'utf8')).toBe(theirs);
	});
});

describe('isProcessAlive', () => {
	it('is true for this process and false for a pid nobody has', () => {
		expect(isProcessAlive(process.pid)).toBe(true);
		expect(isProcessAlive(OTHER_PID)).toBe(false);
	});

	it('counts EPERM (a process of another user) as alive', () => {
		vi.spyOn(process, 'kill').mockImplementation(() => {
			throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
		});
		expect(isProcessAlive(1234)).toBe(true);
	});
});

describe('a server that ends with process.exit (Ctrl+C, SIGTERM)', () => {
	it('leaves no lock behind, so the next start finds a clean data directory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'qdq-lock-exit-'));
		try {
			const script =
				"import { acquireDataDirLock } from './src/lib/server/store/lowdb/lock.ts';" +
				`await acquireDataDirLock(${JSON.stringify(dir)});` +
				"console.log('locked');" +
				'process.exit(0);';
			const run = spawnSync(
				process.execPath,
				['--import', 'tsx', '--input-type=module', '-e', script],
				{
					encoding: 'utf8'
				}
			);
			expect(run.stdout).toContain('locked');
			expect(existsSync(join(dir, 'server.lock'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
