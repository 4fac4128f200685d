import { readFileSync, unlinkSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorCode } from './durable-file';

// lowdb keeps each file in memory and rewrites it whole: two servers on one data directory
// would overwrite each other's saves (measured: 50–200 of 400 updates lost). The lock file
// makes the second server refuse to start instead.

/** Name of the lock file inside the data directory. */
export const LOCK_FILE = 'server.lock';

export interface DataDirLock {
	/** Absolute path of the lock file. */
	readonly file: string;
	/** Removes the lock file if it is still ours. Safe to call twice. */
	release(): Promise<void>;
}

export interface LockOptions {
	/** Whether a process runs (injectable for tests); default: `isProcessAlive`. */
	isAlive?: (pid: number) => boolean;
	/** Where to say that a stale lock was taken over; default console.warn. */
	log?: (message: string) => void;
}

interface LockContent {
	pid: number;
	startedAt: string;
	/** Tells apart two holders with the same pid (pid 1 in every container start). */
	token: string;
}

/** Lock files this process holds or is acquiring (two opens in one process share a pid). */
const heldHere = new Set<string>();

/** True if a process with this pid exists; EPERM means it exists but belongs to another user. */
export function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errorCode(error) === 'EPERM';
	}
}

function anotherServer(pid: number, dataDir: string): string {
	return (
		`another server (pid ${pid}) already uses DATA_DIR ${dataDir}; ` +
		'stop it, or start with another DATA_DIR'
	);
}

/** The lock file's content, null if it is not a lock we understand, 'gone' if it vanished. */
async function readLock(file: string): Promise<LockContent | null | 'gone'> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return 'gone';
		throw error;
	}
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null) return null;
		const { pid, startedAt, token } = value as Record<string, unknown>;
		if (!Number.isSafeInteger(pid) || typeof pid !== 'number' || pid <= 0) return null;
		return {
			pid,
			startedAt: typeof startedAt === 'string' ? startedAt : '',
			token: typeof token === 'string' ? token : ''
		};
	} catch {
		return null;
	}
}

/** Creates the lock file; throws EEXIST if it exists. A half-written file is removed. */
async function createLockFile(file: string, text: string): Promise<void> {
	const handle = await open(file, 'wx', 0o644);
	try {
		await handle.writeFile(text, 'utf8');
		await handle.sync();
		await handle.close();
	} catch (error) {
		await handle.close().catch(() => undefined);
		await unlink(file).catch(() => undefined);
		throw error;
	}
}

/**
 * Takes `<dataDir>/server.lock` for this process, creating the directory if needed. Throws
 * (saying which pid and what to do) if a running server holds it; takes over, and logs, a
 * lock left by a process that no longer runs or a lock file that makes no sense.
 */
export async function acquireDataDirLock(
	dataDir: string,
	options: LockOptions = {}
): Promise<DataDirLock> {
	const dir = resolve(dataDir);
	const file = join(dir, LOCK_FILE);
	const isAlive = options.isAlive ?? isProcessAlive;
	const log = options.log ?? ((message: string) => console.warn(message));
	// Checked and marked before any await, so two opens racing in one process cannot both win.
	if (heldHere.has(file)) throw new Error(anotherServer(process.pid, dir));
	heldHere.add(file);

	const mine: LockContent = {
		pid: process.pid,
		startedAt: new Date().toISOString(),
		token: randomUUID()
	};
	try {
		await mkdir(dir, { recursive: true });
		// A few rounds: the file can vanish or reappear between our calls.
		for (let round = 0; round < 5; round++) {
			try {
				await createLockFile(file, JSON.stringify(mine) + '\n');
				return makeLock(file, mine.token);
			} catch (error) {
				if (errorCode(error) !== 'EEXIST') throw error;
			}
			const existing = await readLock(file);
			if (existing === 'gone') continue;
			// Our own pid in a file this process does not hold: left by an earlier process that
			// had the same pid (containers restart as pid 1), so it is stale too.
			if (existing && existing.pid !== process.pid && isAlive(existing.pid)) {
				throw new Error(anotherServer(existing.pid, dir));
			}
			log(
				`Took over a stale lock ${file}: ` +
					(existing
						? `the server that made it (pid ${existing.pid}, started ` +
							`${existing.startedAt || 'at an unknown time'}) no longer runs`
						: 'its content was not a lock this server understands')
			);
			// Remove and create again with `wx` (not overwrite): if another server takes it over
			// at the same moment, one of the two creations fails and that server re-checks.
			await unlink(file).catch((error: unknown) => {
				if (errorCode(error) !== 'ENOENT') throw error;
			});
		}
		throw new Error(`could not take the lock ${file}: it kept changing; try again`);
	} catch (error) {
		heldHere.delete(file);
		throw error;
	}
}

function makeLock(file: string, token: string): DataDirLock {
	let released = false;
	// Ctrl+C and SIGTERM end the server with process.exit(), which runs no promise: release the
	// lock synchronously then, so the next start finds a clean directory, not a stale lock.
	const releaseOnExit = () => {
		if (released) return;
		try {
			const current = JSON.parse(readFileSync(file, 'utf8')) as { token?: unknown };
			if (current.token === token) unlinkSync(file);
		} catch {
			// Gone or unreadable: nothing of ours to remove.
		}
	};
	process.once('exit', releaseOnExit);
	return {
		file,
		async release() {
			if (released) return;
			released = true;
			process.removeListener('exit', releaseOnExit);
			try {
				const current = await readLock(file);
				// Only our own lock: if someone took it over (we were thought dead), it is theirs.
				if (current && current !== 'gone' && current.token === token) {
					await unlink(file).catch((error: unknown) => {
						if (errorCode(error) !== 'ENOENT') throw error;
					});
				}
			} finally {
				heldHere.delete(file);
			}
		}
	};
}
