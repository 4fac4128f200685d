import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as pegParse } from 'gift-pegjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { giftExport, giftImport } from '../../../scripts/lib/gift';
import { buildLesson } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';

let root: string;
let out: string[];
let err: string[];
const output = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
const options = () => ({ questionsDir: root, lang: 'en' as const });
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/gift', name);
const quiz = () => readFileSync(join(root, 'petite-lecon', 'quiz.yaml'), 'utf8');

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gift-cli-'));
	cpSync('tests/fixtures/lessons/petite-lecon', join(root, 'petite-lecon'), { recursive: true });
	out = [];
	err = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run gift:import', () => {
	it('--dry-run prints the preview (imported, skipped with line and reason) and writes nothing', async () => {
		const before = quiz();
		const code = await giftImport(
			[fixture('all-constructs.gift'), '--lesson', 'petite-lecon', '--dry-run'],
			options(),
			output
		);
		expect(code).toBe(0);
		expect(out[0]).toBe('17 question(s) imported as suggestions to review, 2 skipped');
		expect(out).toContain(
			'  skipped, line 66: an essay: its answers are graded by hand, which the quiz here does not do.'
		);
		expect(out).toContain(
			'  skipped, line 68: a description (text without a question): nothing to answer here.'
		);
		expect(out.at(-1)).toBe('Dry run: nothing was written.');
		expect(quiz()).toBe(before);
	});

	it('appends the questions to quiz.yaml, and the lesson still loads', async () => {
		const code = await giftImport(
			[fixture('all-constructs.gift'), '--lesson', 'petite-lecon'],
			options(),
			output
		);
		expect(code).toBe(0);
		expect(out.at(-1)).toMatch(/^Written to .*quiz\.yaml\.$/);
		const result = buildLesson(readLessonFolder(root, 'petite-lecon'));
		expect(result.problems).toEqual([]);
		expect(result.lesson!.questions.filter((q) => q.review === 'suggested')).toHaveLength(17);
	});

	it('says the line of a mistake and writes nothing', async () => {
		const before = quiz();
		const code = await giftImport(
			[fixture('unclosed-brace.gift'), '--lesson', 'petite-lecon'],
			options(),
			output
		);
		expect(code).toBe(1);
		expect(err[0]).toMatch(
			/unclosed-brace\.gift: line 4: the answers opened with “\{” are not closed/
		);
		expect(err.at(-1)).toBe('Nothing was written.');
		expect(quiz()).toBe(before);
	});

	it('says a Windows-1252 file is not UTF-8, and refuses a 5 MB file', async () => {
		expect(
			await giftImport(
				[fixture('windows-1252.gift'), '--lesson', 'petite-lecon'],
				options(),
				output
			)
		).toBe(1);
		expect(err[0]).toContain('line 4: the file is not in UTF-8: it looks like Windows-1252');
		const big = join(root, 'big.gift');
		writeFileSync(big, 'a'.repeat(5 * 1024 * 1024));
		err = [];
		expect(await giftImport([big, '--lesson', 'petite-lecon'], options(), output)).toBe(1);
		expect(err[0]).toContain('line 1: the file weighs 5120 KB; at most 500 KB is read');
	});

	it('explains its usage and refuses an unknown lesson', async () => {
		expect(await giftImport([fixture('all-constructs.gift')], options(), output)).toBe(2);
		expect(err[0]).toMatch(/^usage: npm run gift:import/);
		expect(
			await giftImport([fixture('all-constructs.gift'), '--lesson', '../x'], options(), output)
		).toBe(1);
		expect(err[1]).toMatch(/^No lesson "\.\.\/x"/);
	});
});

describe('npm run gift:export', () => {
	it('prints the lesson as GIFT that another parser reads', () => {
		expect(giftExport(['petite-lecon'], options(), output)).toBe(0);
		const gift = out.join('\n');
		expect(gift).toContain('lang\\="en"');
		const questions = pegParse(gift).filter((q) => q.type !== 'Category');
		const lesson = buildLesson(readLessonFolder(root, 'petite-lecon')).lesson!;
		expect(questions).toHaveLength(lesson.questions.length);
	});

	it('--fr-only --out writes French only to a file', () => {
		const file = join(root, 'out.gift');
		expect(giftExport(['petite-lecon', '--fr-only', '--out', file], options(), output)).toBe(0);
		const gift = readFileSync(file, 'utf8');
		expect(gift).not.toContain('lang\\="en"');
		expect(err[0]).toMatch(/question\(s\) written to .*out\.gift\.$/);
	});
});
