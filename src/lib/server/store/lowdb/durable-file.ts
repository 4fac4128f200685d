import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { DamagedFileError, NotSavedError } from '../types';

// lowdb's own JSONFile (steno) writes a temp file and renames it, but never fsyncs: after a
// power cut the rename can survive while the data does not, leaving an empty file. This
// adapter fsyncs the data before the rename and the directory after it.

/** The part of an open file the adapter uses (node's FileHandle fits it). */
export interface FileHandleSeam {
	writeFile(data: string, encoding: 'utf8'): Promise<void>;
	sync(): Promise<void>;
	close(): Promise<void>;
}

/**
 * Every file system call of the store goes through this seam, so tests can inject ENOSPC,
 * EACCES or EIO at any step (they run as root, where chmod stops nothing) and see which files
 * were written. `nodeFileSystem` is the real one.
 */
export interface FileSystemSeam {
	/** Opens a file (`wx`: create, fail if it exists) or a directory (`r`, to fsync it). */
	open(path: string, flags: string, mode?: number): Promise<FileHandleSeam>;
	readFile(path: string, encoding: 'utf8'): Promise<string>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	mkdir(path: string, options: { recursive: true }): Promise<unknown>;
	readdir(path: string): Promise<string[]>;
}

/** The seam on node:fs/promises. */
export const nodeFileSystem: FileSystemSeam = {
	open: (path, flags, mode) => fsp.open(path, flags, mode),
	readFile: (path, encoding) => fsp.readFile(path, encoding),
	rename: (from, to) => fsp.rename(from, to),
	unlink: (path) => fsp.unlink(path),
	mkdir: (path, options) => fsp.mkdir(path, options),
	readdir: (path) => fsp.readdir(path)
};

/** What to do about a damaged file, appended to every DamagedFileError's problem. */
const ADVICE = ' — restore it from a backup or move it away; nothing was overwritten';

/** Suffix of temp files; a crash can leave them behind (the store removes them at open). */
export const TEMP_SUFFIX = '.tmp';

/** The `code` of a node system error (ENOENT, ENOSPC…), or undefined. */
export function errorCode(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
	return typeof error.code === 'string' ? error.code : undefined;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Makes a rename or unlink in `dir` durable. Some file systems cannot fsync a directory
 * (EINVAL, EISDIR; EPERM on Windows): there is nothing more to do there, so those are ignored.
 */
export async function syncDirectory(fs: FileSystemSeam, dir: string): Promise<void> {
	let handle: FileHandleSeam;
	try {
		handle = await fs.open(dir, 'r');
	} catch (error) {
		if (['EISDIR', 'EPERM', 'EINVAL'].includes(errorCode(error) ?? '')) return;
		throw error;
	}
	try {
		await handle.sync();
	} catch (error) {
		if (!['EINVAL', 'EISDIR', 'EPERM'].includes(errorCode(error) ?? '')) {
			await handle.close().catch(() => undefined);
			throw error;
		}
	}
	await handle.close();
}

export interface DurableFileOptions<T> {
	/**
	 * Checks what was read and returns it typed; throws an Error whose message says, in plain
	 * words, what is wrong (it becomes the DamagedFileError's problem).
	 */
	parse: (value: unknown) => T;
	fs?: FileSystemSeam;
}

/**
 * A lowdb adapter for one JSON file that writes durably (temp file, fsync, rename, fsync of
 * the directory), one write at a time, and refuses to read a damaged file.
 */
export class DurableFile<T> implements Adapter<T> {
	readonly #fs: FileSystemSeam;
	readonly #parse: (value: unknown) => T;
	/** The last queued write or removal: the next one starts after it, so renames never race. */
	#tail: Promise<void> = Promise.resolve();

	constructor(
		readonly file: string,
		options: DurableFileOptions<T>
	) {
		this.#fs = options.fs ?? nodeFileSystem;
		this.#parse = options.parse;
	}

	/**
	 * The file's data, or null if the file does not exist. Throws DamagedFileError if it cannot
	 * be read, is not JSON, holds `null`, or is refused by `parse`.
	 */
	async read(): Promise<T | null> {
		await this.#tail;
		let text: string;
		try {
			text = await this.#fs.readFile(this.file, 'utf8');
		} catch (error) {
			if (errorCode(error) === 'ENOENT') return null;
			throw new DamagedFileError(
				this.file,
				`cannot be read (${messageOf(error)}) — check that the server may read it; ` +
					'nothing was overwritten'
			);
		}
		// A byte-order mark, added by some editors when a teacher fixes a file by hand.
		if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			throw new DamagedFileError(this.file, `not valid JSON (${messageOf(error)})${ADVICE}`);
		}
		// lowdb's Low.read() would silently replace `null` with default data: refuse it here.
		if (value === null)
			throw new DamagedFileError(this.file, `holds null instead of data${ADVICE}`);
		try {
			return this.#parse(value);
		} catch (error) {
			throw new DamagedFileError(this.file, `${messageOf(error)}${ADVICE}`);
		}
	}

	/**
	 * Replaces the file with `data`, durably, after any write already under way. Throws
	 * NotSavedError if it did not reach the disk: the previous file is then left intact (if
	 * only the last step, the directory's fsync, fails, the new content may be in place but is
	 * not known to be durable, and the caller must treat it as not saved).
	 */
	write(data: T): Promise<void> {
		// Serialise now: the file gets the data as it was at the call, whatever happens to it later.
		let json: string;
		try {
			json = JSON.stringify(data, null, 2) + '\n';
		} catch (error) {
			return Promise.reject(new NotSavedError(this.file, error));
		}
		return this.#enqueue(() => this.#writeNow(json));
	}

	/** Deletes the file (durably); no error if it is already gone. Throws NotSavedError. */
	remove(): Promise<void> {
		return this.#enqueue(async () => {
			try {
				await this.#fs.unlink(this.file);
			} catch (error) {
				if (errorCode(error) === 'ENOENT') return;
				throw new NotSavedError(this.file, error);
			}
			try {
				await syncDirectory(this.#fs, dirname(this.file));
			} catch (error) {
				throw new NotSavedError(this.file, error);
			}
		});
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		const run = this.#tail.then(task);
		this.#tail = run.catch(() => undefined);
		return run;
	}

	async #writeNow(json: string): Promise<void> {
		const dir = dirname(this.file);
		// Random part: a temp file left by a crashed process with the same pid (pid 1 in a
		// container) must not block this write.
		const temp = join(
			dir,
			`.${basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
		);
		let tempExists = false;
		try {
			const handle = await this.#fs.open(temp, 'wx', 0o600);
			tempExists = true;
			try {
				await handle.writeFile(json, 'utf8');
				await handle.sync();
			} catch (error) {
				await handle.close().catch(() => undefined);
				throw error;
			}
			await handle.close();
			await this.#fs.rename(temp, this.file);
			tempExists = false;
			// Without this, a power cut can undo the rename after we said "saved".
			await syncDirectory(this.#fs, dir);
		} catch (error) {
			if (tempExists) await this.#fs.unlink(temp).catch(() => undefined);
			throw new NotSavedError(this.file, error);
		}
	}
}
