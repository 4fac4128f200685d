import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	DurableFile,
	nodeFileSystem,
	type FileSystemSeam
} from '$lib/server/store/lowdb/durable-file';
import { DamagedFileError, NotSavedError } from '$lib/server/store/types';

interface Doc {
	version: 1;
	items: number[];
}

/** Accepts `{ version: 1, items: number[] }`, like a schema would. */
function parseDoc(value: unknown): Doc {
	if (
		typeof value === 'object' &&
		value !== null &&
		'version' in value &&
		value.version === 1 &&
		'items' in value &&
		Array.isArray(value.items) &&
		value.items.every((item) => typeof item === 'number')
	) {
		return { version: 1, items: value.items };
	}
	throw new Error('does not have the expected shape (items: expected numbers)');
}

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'unlink' | 'readFile';

/** The real file system, logging every call in order and failing those a test asks for. */
function recordingFs(options: { slowRename?: number } = {}) {
	const log: string[] = [];
	const faults: { step: Step; code: string; path: RegExp }[] = [];
	const pass = (step: Step, path: string) => {
		log.push(`${step} ${path}`);
		const fault = faults.find((f) => f.step === step && f.path.test(path));
		if (fault) throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code });
	};
	const fs: FileSystemSeam = {
		async open(path, flags, mode) {
			pass('open', `${path} ${flags}`);
			const handle = await nodeFileSystem.open(path, flags, mode);
			return {
				writeFile: async (data, encoding) => {
					pass('writeFile', path);
					await handle.writeFile(data, encoding);
				},
				sync: async () => {
					pass('sync', path);
					await handle.sync();
				},
				close: async () => {
					pass('close', path);
					await handle.close();
				}
			};
		},
		async readFile(path, encoding) {
			pass('readFile', path);
			return nodeFileSystem.readFile(path, encoding);
		},
		async rename(from, to) {
			pass('rename', `${from} -> ${to}`);
			if (options.slowRename) await new Promise((done) => setTimeout(done, options.slowRename));
			await nodeFileSystem.rename(from, to);
			log.push(`renamed ${to}`);
		},
		async unlink(path) {
			pass('unlink', path);
			await nodeFileSystem.unlink(path);
		},
		mkdir: (path, options) => nodeFileSystem.mkdir(path, options),
		readdir: (path) => nodeFileSystem.readdir(path)
	};
	return {
		fs,
		log,
		fail: (step: Step, code: string, path = /./) => faults.push({ step, code, path }),
		heal: () => faults.splice(0)
	};
}

let dir: string;
let file: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-durable-'));
	file = join(dir, 'doc.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const adapter = (fs?: FileSystemSeam) => new DurableFile<Doc>(file, { parse: parseDoc, fs });

describe('DurableFile.read', () => {
	it('gives null for a missing file and the data of a good one', async () => {
		expect(await adapter().read()).toBeNull();
		writeFileSync(file, '{"version":1,"items":[1,2]}');
		expect(await adapter().read()).toEqual({ version: 1, items: [1, 2] });
	});

	it('accepts a byte-order mark left by an editor', async () => {
		writeFileSync(file, '\uFEFF{"version":1,"items":[]}');
		expect(await adapter().read()).toEqual({ version: 1, items: [] });
	});

	for (const [what, content, problem] of [
		['truncated JSON', '{"version":1,"it', /^not valid JSON \(.+\) — restore it from a backup/],
		['an empty file', '', /^not valid JSON \(Unexpected end of JSON input\)/],
		['null', 'null', /^holds null instead of data — /],
		['the wrong shape', '{"version":1,"items":["a"]}', /^does not have the expected shape/]
	] as const) {
		it(`refuses ${what} with a DamagedFileError naming the file`, async () => {
			writeFileSync(file, content);
			const error = await adapter()
				.read()
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DamagedFileError);
			expect((error as DamagedFileError).file).toBe(file);
			expect((error as DamagedFileError).problem).toMatch(problem);
			expect((error as DamagedFileError).problem).toMatch(/nothing was overwritten$/);
			expect((error as DamagedFileError).message).toContain(file);
			expect(readFileSync(file, 'utf8')).toBe(content);
		});
	}

	it('reports a file it may not read as damaged, saying why', async () => {
		writeFileSync(file, '{"version":1,"items":[]}');
		const recording = recordingFs();
		recording.fail('readFile', 'EACCES');
		await expect(adapter(recording.fs).read()).rejects.toThrow(/cannot be read \(EACCES/);
	});
});

describe('DurableFile.write', () => {
	it('writes JSON to a temp file, fsyncs it, renames it, then fsyncs the directory', async () => {
		const recording = recordingFs();
		await adapter(recording.fs).write({ version: 1, items: [3] });
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, items: [3] });
		const steps = recording.log.map((line) =>
			line.replaceAll(dir, 'DIR').replace(/\.doc\.json\.\d+\.[0-9a-f]+\.tmp/g, 'TEMP')
		);
		expect(steps).toEqual([
			'open DIR/TEMP wx',
			'writeFile DIR/TEMP',
			'sync DIR/TEMP',
			'close DIR/TEMP',
			'rename DIR/TEMP -> DIR/doc.json',
			'renamed DIR/doc.json',
			'open DIR r',
			'sync DIR',
			'close DIR'
		]);
	});

	for (const [step, code] of [
		['open', 'EACCES'],
		['writeFile', 'ENOSPC'],
		['sync', 'EIO'],
		['close', 'EIO'],
		['rename', 'ENOSPC']
	] as const) {
		it(`${code} at ${step}: NotSavedError, previous file intact, no temp file left`, async () => {
			writeFileSync(file, '{"version":1,"items":[1]}');
			const recording = recordingFs();
			recording.fail(step, code, /\.tmp/);
			const durable = adapter(recording.fs);
			const error = await durable.write({ version: 1, items: [2] }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NotSavedError);
			expect((error as NotSavedError).file).toBe(file);
			expect((error as NotSavedError).message).toContain(code);
			expect(readFileSync(file, 'utf8')).toBe('{"version":1,"items":[1]}');
			expect(readdirSync(dir)).toEqual(['doc.json']);
			// The fault gone, the next write goes through.
			recording.heal();
			await durable.write({ version: 1, items: [4] });
			expect(await durable.read()).toEqual({ version: 1, items: [4] });
		});
	}

	it('reports a failed fsync of the directory as not saved', async () => {
		const recording = recordingFs();
		recording.fail('sync', 'EIO', new RegExp(`^${dir}$`));
		await expect(adapter(recording.fs).write({ version: 1, items: [] })).rejects.toThrow(
			NotSavedError
		);
	});

	it('runs one write at a time, in call order, and a failure does not block the next', async () => {
		const recording = recordingFs({ slowRename: 20 });
		const durable = adapter(recording.fs);
		recording.fail('writeFile', 'ENOSPC', /\.tmp/);
		const failing = durable.write({ version: 1, items: [0] });
		await expect(failing).rejects.toThrow(NotSavedError);
		recording.heal();
		const writes = [1, 2, 3].map((n) => durable.write({ version: 1, items: [n] }));
		await Promise.all(writes);
		expect(await durable.read()).toEqual({ version: 1, items: [3] });
		// Each write's temp file is opened only after the previous write's rename finished.
		const order = recording.log
			.filter((l) => l.endsWith(' wx') || l.startsWith('renamed'))
			.map((l) => (l.endsWith(' wx') ? 'open temp' : 'renamed'));
		expect(order).toEqual([
			'open temp',
			'open temp',
			'renamed',
			'open temp',
			'renamed',
			'open temp',
			'renamed'
		]);
	});

	it('writes the data as it was when write() was called', async () => {
		const data: Doc = { version: 1, items: [1] };
		const pending = adapter().write(data);
		data.items.push(2);
		await pending;
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, items: [1] });
	});
});

describe('DurableFile.remove', () => {
	it('deletes the file, and does not mind if it is already gone', async () => {
		const durable = adapter();
		await durable.write({ version: 1, items: [] });
		await durable.remove();
		expect(existsSync(file)).toBe(false);
		await expect(durable.remove()).resolves.toBeUndefined();
	});

	it('throws NotSavedError if the file cannot be deleted', async () => {
		writeFileSync(file, '{"version":1,"items":[]}');
		const recording = recordingFs();
		recording.fail('unlink', 'EACCES');
		await expect(adapter(recording.fs).remove()).rejects.toThrow(NotSavedError);
		expect(existsSync(file)).toBe(true);
	});
});
