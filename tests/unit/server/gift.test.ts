import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLesson } from '$lib/lesson/load';
import { ChangedOnDiskError, confirmImport, lessonDir, previewImport } from '$lib/server/gift';
import { readLessonFolder } from '$lib/server/lesson-files';

const gift = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/gift/${name}`));

let root: string;
let dir: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gift-'));
	cpSync('tests/fixtures/lessons/petite-lecon', join(root, 'petite-lecon'), { recursive: true });
	dir = lessonDir(root, 'petite-lecon')!;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const quiz = () => readFileSync(join(dir, 'quiz.yaml'), 'utf8');

describe('importing GIFT into a lesson folder', () => {
	it('finds only real lesson folders', () => {
		expect(lessonDir(root, '../petite-lecon')).toBeNull();
		expect(lessonDir(root, 'absente')).toBeNull();
	});

	it('previews without writing, then adds the questions as suggestions the loader accepts', async () => {
		const before = quiz();
		const preview = await previewImport(dir, gift('all-constructs.gift'));
		expect(preview.ok).toBe(true);
		if (!preview.ok) return;
		expect(preview.questions).toHaveLength(17);
		expect(quiz()).toBe(before);

		await confirmImport(dir, gift('all-constructs.gift'), preview.base);
		expect(quiz().startsWith(before.trimEnd())).toBe(true);
		const result = buildLesson(readLessonFolder(root, 'petite-lecon'));
		expect(result.problems).toEqual([]);
		const ids = preview.questions.map((q) => q.question.id);
		expect(result.lesson!.questions.map((q) => q.id)).toEqual(expect.arrayContaining(ids));
		expect(result.warnings.filter((w) => w.message.endsWith('no evidence yet'))).toHaveLength(17);
		// No temp file left behind.
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('refuses to write when quiz.yaml changed since the preview, and writes nothing', async () => {
		const preview = await previewImport(dir, gift('all-constructs.gift'));
		if (!preview.ok) throw new Error('preview failed');
		const edited = `${quiz()}# a teacher's edit\n`;
		writeFileSync(join(dir, 'quiz.yaml'), edited);
		await expect(
			confirmImport(dir, gift('all-constructs.gift'), preview.base)
		).rejects.toBeInstanceOf(ChangedOnDiskError);
		expect(quiz()).toBe(edited);
	});

	it('writes nothing for a file with a mistake, and says where', async () => {
		const before = quiz();
		for (const name of ['unclosed-brace.gift', 'windows-1252.gift', 'not-gift.txt']) {
			const preview = await previewImport(dir, gift(name));
			expect(preview.ok).toBe(false);
			const confirmed = await confirmImport(dir, gift(name), 'none');
			expect(confirmed.ok).toBe(false);
			if (!confirmed.ok) expect(confirmed.errors[0]!.line).toBeGreaterThan(0);
		}
		const huge = new Uint8Array(5 * 1024 * 1024).fill(0x61);
		expect(await confirmImport(dir, huge, 'none')).toMatchObject({
			ok: false,
			errors: [{ code: 'tooLarge' }]
		});
		expect(quiz()).toBe(before);
	});

	it('gives imported questions ids the lesson does not use yet', async () => {
		const once = await previewImport(dir, gift('all-constructs.gift'));
		if (!once.ok) throw new Error('preview failed');
		await confirmImport(dir, gift('all-constructs.gift'), once.base);
		const twice = await previewImport(dir, gift('all-constructs.gift'));
		if (!twice.ok) throw new Error('preview failed');
		await confirmImport(dir, gift('all-constructs.gift'), twice.base);
		const result = buildLesson(readLessonFolder(root, 'petite-lecon'));
		expect(result.problems).toEqual([]);
		expect(result.lesson!.questions.filter((q) => q.id === 'qui-annonce-2')).toHaveLength(1);
	});
});
