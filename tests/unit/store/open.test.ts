import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '$lib/server/store/open';

const tempDirs: string[] = [];
afterEach(() => {
	for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
	it('keeps what is saved in DATA_DIR: a class made there is found after a restart', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'qdq-open-'));
		tempDirs.push(dir);
		const first = await openStore({ DATA_DIR: dir }, { log: () => undefined });
		const made = await first.createClassroom('4e A');
		await first.close();

		const again = await openStore({ DATA_DIR: dir }, { log: () => undefined });
		try {
			expect(await again.findClassroomByCode(made.code)).toEqual(made);
			expect(existsSync(join(dir, 'classrooms', `${made.id}.json`))).toBe(true);
		} finally {
			await again.close();
		}
	});

	it('refuses a second store on the same DATA_DIR while the first is open', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'qdq-open-'));
		tempDirs.push(dir);
		const first = await openStore({ DATA_DIR: dir }, { log: () => undefined });
		try {
			await expect(openStore({ DATA_DIR: dir }, { log: () => undefined })).rejects.toThrow();
		} finally {
			await first.close();
		}
	});
});
