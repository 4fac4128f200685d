import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonCatalog } from '$lib/server/lesson-catalog';

const FIXTURES = 'tests/fixtures/lessons';
const ID = 'petite-lecon';
const TITLE = 'La revanche de Bakou';

let dir: string;
let catalog: LessonCatalog | undefined;
const logs: string[] = [];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-catalog-'));
	// A fixture lesson, not the real questions/ folder: these tests must hold whatever lessons
	// the project ships, and whatever their content becomes.
	cpSync(join(FIXTURES, ID), join(dir, ID), { recursive: true });
	mkdirSync(join(dir, 'schema'));
	writeFileSync(join(dir, 'schema', 'lesson.schema.json'), '{}');
	logs.length = 0;
});
afterEach(() => {
	catalog?.close();
	rmSync(dir, { recursive: true, force: true });
});

const lessonFile = () => join(dir, ID, 'lesson.yaml');
const open = () => (catalog = new LessonCatalog(dir, (m) => logs.push(m)));

describe('LessonCatalog', () => {
	it('keeps a draft out of what pupils get, and gives it to the teacher pages that ask', () => {
		cpSync(join(dir, ID), join(dir, 'brouillon'), { recursive: true });
		const draft = join(dir, 'brouillon', 'lesson.yaml');
		writeFileSync(
			draft,
			readFileSync(draft, 'utf8').replace('level: B1', 'level: B1\nstatus: draft')
		);
		open();
		expect(catalog!.list().map((l) => l.id)).toEqual([ID]);
		expect(catalog!.get('brouillon')).toBeUndefined();
		expect(catalog!.list({ drafts: true }).map((l) => l.id)).toEqual(['brouillon', ID]);
		expect(catalog!.get('brouillon', { drafts: true })?.status).toBe('draft');
	});

	it('loads every lesson folder and skips the schema folder', () => {
		open();
		expect(catalog!.list().map((l) => l.id)).toEqual([ID]);
		expect(catalog!.problems().size).toBe(0);
	});

	it('keeps a broken lesson out without taking the others down, and says why', () => {
		cpSync(join(dir, ID), join(dir, 'broken-copy'), { recursive: true });
		writeFileSync(join(dir, 'broken-copy', 'lesson.yaml'), 'title: [unclosed\n');
		open();
		expect(catalog!.list().map((l) => l.id)).toEqual([ID]);
		expect(catalog!.get('broken-copy')).toBeUndefined();
		expect(catalog!.problems().get('broken-copy')?.[0]?.file).toMatch(/broken-copy\/lesson\.yaml$/);
		expect(logs.join('\n')).toMatch(/broken-copy.*problem/);
	});

	it('keeps the last valid version online when an edit breaks it, and takes the next valid edit', () => {
		open();
		const original = readFileSync(lessonFile(), 'utf8');
		writeFileSync(lessonFile(), original.replace('level: B1', 'level: Z9'));
		catalog!.reload(ID);
		expect(catalog!.get(ID)?.level).toBe('B1');
		expect(catalog!.problems().get(ID)?.[0]?.message).toMatch(/level/);

		writeFileSync(lessonFile(), original.replace('level: B1', 'level: B2'));
		catalog!.reload(ID);
		expect(catalog!.get(ID)?.level).toBe('B2');
		expect(catalog!.problems().size).toBe(0);
	});

	it('picks up an edited file by itself while watching', async () => {
		open().watch(50);
		const original = readFileSync(lessonFile(), 'utf8');
		writeFileSync(lessonFile(), original.replace(TITLE, 'relue'));
		await vi.waitFor(() => expect(catalog!.get(ID)?.title.fr).toMatch(/relue$/), {
			timeout: 20_000,
			interval: 50
		});
	});

	it('keeps picking up edits saved the way editors save: a new file renamed over the old', async () => {
		open().watch(50);
		const original = readFileSync(lessonFile(), 'utf8');
		for (const title of ['première relecture', 'deuxième relecture', 'troisième relecture']) {
			const temp = join(dir, ID, '.lesson.yaml.swp');
			writeFileSync(temp, original.replace(TITLE, title));
			renameSync(temp, lessonFile());
			await vi.waitFor(() => expect(catalog!.get(ID)?.title.fr).toMatch(title), {
				timeout: 20_000,
				interval: 50
			});
		}
	});

	it('loads a lesson folder created while the server runs', async () => {
		open().watch(50);
		cpSync(join(dir, ID), join(dir, 'second-lesson'), { recursive: true });
		await vi.waitFor(() => expect(catalog!.get('second-lesson')?.id).toBe('second-lesson'), {
			timeout: 20_000,
			interval: 50
		});
		const file = join(dir, 'second-lesson', 'lesson.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('level: B1', 'level: C1'));
		await vi.waitFor(() => expect(catalog!.get('second-lesson')?.level).toBe('C1'), {
			timeout: 20_000,
			interval: 50
		});
	});

	it('forgets a lesson whose folder is deleted', async () => {
		open().watch(50);
		rmSync(join(dir, ID), { recursive: true });
		await vi.waitFor(() => expect(catalog!.list()).toEqual([]), { timeout: 20_000, interval: 50 });
	});
});
