import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonCatalog } from '$lib/server/lesson-catalog';

let dir: string;
let catalog: LessonCatalog | undefined;
const logs: string[] = [];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-catalog-'));
	cpSync('questions', dir, { recursive: true });
	logs.length = 0;
});
afterEach(() => {
	catalog?.close();
	rmSync(dir, { recursive: true, force: true });
});

const lessonFile = () => join(dir, 'karabakh-revenge', 'lesson.yaml');
const open = () => (catalog = new LessonCatalog(dir, (m) => logs.push(m)));

describe('LessonCatalog', () => {
	it('loads every lesson folder and skips the schema folder', () => {
		open();
		expect(catalog!.list().map((l) => l.id)).toEqual(['karabakh-revenge']);
		expect(catalog!.problems().size).toBe(0);
	});

	it('keeps a broken lesson out without taking the others down, and says why', () => {
		cpSync(join(dir, 'karabakh-revenge'), join(dir, 'broken-copy'), { recursive: true });
		writeFileSync(join(dir, 'broken-copy', 'lesson.yaml'), 'title: [unclosed\n');
		open();
		expect(catalog!.list().map((l) => l.id)).toEqual(['karabakh-revenge']);
		expect(catalog!.get('broken-copy')).toBeUndefined();
		expect(catalog!.problems().get('broken-copy')?.[0]?.file).toMatch(/broken-copy\/lesson\.yaml$/);
		expect(logs.join('\n')).toMatch(/broken-copy.*problem/);
	});

	it('keeps the last valid version online when an edit breaks it, and takes the next valid edit', () => {
		open();
		const original = readFileSync(lessonFile(), 'utf8');
		writeFileSync(lessonFile(), original.replace('level: B2', 'level: Z9'));
		catalog!.reload('karabakh-revenge');
		expect(catalog!.get('karabakh-revenge')?.level).toBe('B2');
		expect(catalog!.problems().get('karabakh-revenge')?.[0]?.message).toMatch(/level/);

		writeFileSync(lessonFile(), original.replace('level: B2', 'level: C1'));
		catalog!.reload('karabakh-revenge');
		expect(catalog!.get('karabakh-revenge')?.level).toBe('C1');
		expect(catalog!.problems().size).toBe(0);
	});

	it('picks up an edited file by itself while watching', async () => {
		open().watch(50);
		const original = readFileSync(lessonFile(), 'utf8');
		writeFileSync(lessonFile(), original.replace('qui dit quoi ?', 'relue'));
		await vi.waitFor(() => expect(catalog!.get('karabakh-revenge')?.title.fr).toMatch(/relue$/), {
			timeout: 5000,
			interval: 50
		});
	});

	it('keeps picking up edits saved the way editors save: a new file renamed over the old', async () => {
		open().watch(50);
		const original = readFileSync(lessonFile(), 'utf8');
		for (const title of ['première relecture', 'deuxième relecture', 'troisième relecture']) {
			const temp = join(dir, 'karabakh-revenge', '.lesson.yaml.swp');
			writeFileSync(temp, original.replace('qui dit quoi ?', title));
			renameSync(temp, lessonFile());
			await vi.waitFor(() => expect(catalog!.get('karabakh-revenge')?.title.fr).toMatch(title), {
				timeout: 5000,
				interval: 50
			});
		}
	});

	it('loads a lesson folder created while the server runs', async () => {
		open().watch(50);
		cpSync(join(dir, 'karabakh-revenge'), join(dir, 'second-lesson'), { recursive: true });
		await vi.waitFor(() => expect(catalog!.get('second-lesson')?.id).toBe('second-lesson'), {
			timeout: 5000,
			interval: 50
		});
		const file = join(dir, 'second-lesson', 'lesson.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('level: B2', 'level: C1'));
		await vi.waitFor(() => expect(catalog!.get('second-lesson')?.level).toBe('C1'), {
			timeout: 5000,
			interval: 50
		});
	});

	it('forgets a lesson whose folder is deleted', async () => {
		open().watch(50);
		rmSync(join(dir, 'karabakh-revenge'), { recursive: true });
		await vi.waitFor(() => expect(catalog!.list()).toEqual([]), { timeout: 5000, interval: 50 });
	});
});
