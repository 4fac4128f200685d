import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftCommand, MAX_WORDS } from '../../../scripts/lib/lesson-draft';
import { checkLessons } from '../../../scripts/lib/lessons-check';
import { fixtureLexicon } from '../draft/fixture-lexicon';
import { seedDetector, seedText } from '../draft/seed-detector';
import type { Detector } from '$lib/draft/types';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-draft-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
	'Bakou affirme avoir repris des hauteurs',
	'Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené une opération dans les montagnes.',
	'Selon l’armée d’Artsakh, deux de ses soldats ont été blessés et la situation reste tendue dans la région.'
].join('\n');

/** Runs the command in this process with the test lexicon, in the temp folder. */
async function draft(args: string[], text: string | Uint8Array | null, detectors: Detector[] = []) {
	if (text !== null) writeFileSync(join(dir, 'article.txt'), text);
	const out: string[] = [];
	const err: string[] = [];
	const code = await draftCommand(
		['article.txt', '--out', 'lessons', ...args],
		{ out: (l) => out.push(l), err: (l) => err.push(l) },
		{ lexicon: async () => fixtureLexicon, detectors, cwd: dir }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What the lessons folder holds, temp folders included. */
const written = () => {
	try {
		return readdirSync(join(dir, 'lessons'));
	} catch {
		return [];
	}
};

describe('npm run lesson:draft', () => {
	it('writes the four files of a draft lesson, named from the headline, and a JSON line', async () => {
		const run = await draft([], ARTICLE);
		expect(run.err).toBe('');
		expect(run.code).toBe(0);
		const id = 'bakou-affirme-avoir-repris-des-hauteurs';
		expect(written()).toEqual([id]);
		expect(readdirSync(join(dir, 'lessons', id)).sort()).toEqual([
			'annotations.yaml',
			'glossary.yaml',
			'lesson.yaml',
			'quiz.yaml'
		]);
		const lesson = parse(readFileSync(join(dir, 'lessons', id, 'lesson.yaml'), 'utf8'));
		expect(lesson).toMatchObject({
			title: { fr: 'Bakou affirme avoir repris des hauteurs' },
			status: 'draft',
			level: 'B1'
		});
		expect(lesson.paragraphs).toHaveLength(2);
		expect(run.out).toMatch(
			/^Drafted lessons\/bakou-affirme-avoir-repris-des-hauteurs\/ from article.txt/
		);
		const json = JSON.parse(run.out.split('\n').at(-1)!);
		expect(json).toMatchObject({
			bench: 'draft',
			paragraphs: 2,
			sentences: 2,
			glossary: 0,
			annotations: {},
			questions: 0
		});
		expect(json.ms).toBeGreaterThanOrEqual(0);
	});

	it('takes --title, --level and --id', async () => {
		const run = await draft(
			['--title', 'Qui dit quoi ?', '--level', 'b2', '--id', 'mon-article'],
			ARTICLE
		);
		expect(run.code).toBe(0);
		const lesson = parse(readFileSync(join(dir, 'lessons', 'mon-article', 'lesson.yaml'), 'utf8'));
		expect(lesson).toMatchObject({ title: { fr: 'Qui dit quoi ?' }, level: 'B2' });
		expect(lesson.paragraphs).toHaveLength(3);
	});

	it('drafts a whole article that lessons:check validates, with warnings only (exit code 0)', async () => {
		const run = await draft(['--title', 'Haut-Karabakh', '--level', 'B2'], seedText(), [
			seedDetector()
		]);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.out.split('\n').at(-1)!);
		expect(json.questions).toBeGreaterThanOrEqual(8);
		expect(json.annotations.hedge).toBeGreaterThan(0);
		const out: string[] = [];
		const err: string[] = [];
		const code = checkLessons(join(dir, 'lessons'), 'en', {
			out: (l) => out.push(l),
			err: (l) => err.push(l)
		});
		expect(code).toBe(0);
		expect(out.join('\n')).toMatch(/^ok {2}haut-karabakh: 8 paragraphs/);
		expect(err.join('\n')).toMatch(/annotations\.yaml:\d+:\d+: warning: \d+ suggestions to review/);
		expect(err.join('\n')).toMatch(
			/lesson\.yaml:\d+:\d+: warning: 8 paragraphs have no English translation yet/
		);
	});

	it('reads Windows line endings and tabs as plain lines and spaces', async () => {
		const run = await draft(
			['--id', 'crlf'],
			ARTICLE.replace(/\n/g, '\r\n').replace(/ mercredi /, '\tmercredi\t')
		);
		expect(run.code).toBe(0);
		const lesson = parse(readFileSync(join(dir, 'lessons', 'crlf', 'lesson.yaml'), 'utf8'));
		expect(lesson.paragraphs[0].fr).toBe(ARTICLE.split('\n')[1]);
		expect(readFileSync(join(dir, 'lessons', 'crlf', 'lesson.yaml'), 'utf8')).not.toMatch(/[\r\t]/);
	});
});

describe('npm run lesson:draft refuses bad input, says why and how to fix it, writes nothing', () => {
	const refused = async (
		args: string[],
		text: string | Uint8Array | null,
		pattern: RegExp,
		fix: RegExp
	) => {
		const before = written();
		const run = await draft(args, text);
		expect(run.code).toBe(1);
		expect(run.out).toBe('');
		expect(run.err).toMatch(pattern);
		expect(run.err).toMatch(fix);
		expect(run.err).toMatch(/Nothing was written\./);
		expect(written()).toEqual(before);
	};

	it('an empty file', () => refused([], '  \n\n', /article\.txt is empty/, /paste the article/));

	it('a file that is not UTF-8, with the line of the first bad character', () =>
		refused(
			[],
			Uint8Array.from([...new TextEncoder().encode('Titre\nLe '), 0xe9, 0x74, 0xe9]),
			/article\.txt is not UTF-8 text \(line 2/,
			/save the file again as UTF-8/
		));

	it('a binary file: a PDF, a Word file', async () => {
		await refused(
			[],
			new TextEncoder().encode('%PDF-1.7\n…'),
			/is a PDF, not plain text/,
			/plain text \(\.txt, UTF-8\)/
		);
		await refused(
			[],
			Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1]),
			/Word or OpenDocument/,
			/plain text/
		);
		await refused([], Uint8Array.from([1, 2, 0, 3, 65]), /is a binary file/, /plain text/);
	});

	it('a text that is not French', () =>
		refused(
			[],
			'Baku claims control\nThe Azerbaijani defence ministry said on Wednesday that it had carried out an operation in the mountains, and the army is now building outposts.',
			/does not look like French: only \d+ % of its words are common French words/,
			/French texts only/
		));

	it('more than 20,000 words', () =>
		refused(
			[],
			`Titre\n${'le chat de la voisine '.repeat(MAX_WORDS / 5 + 1)}`,
			/has 20,005 words; a lesson text may have 20,000 at most/,
			/keep the article/
		));

	it('a title that makes an id already used', async () => {
		mkdirSync(join(dir, 'lessons', 'bakou-affirme-avoir-repris-des-hauteurs'), { recursive: true });
		await refused(
			[],
			ARTICLE,
			/lessons\/bakou-affirme-avoir-repris-des-hauteurs already exists: a lesson has the id “bakou-affirme-avoir-repris-des-hauteurs” \(made from the title\)/,
			/choose another id with --id/
		);
	});

	it('a missing file, a bad level, a bad id, a text with only a headline', async () => {
		await refused([], null, /article\.txt does not exist/, /check the path/);
		await refused(
			['--level', 'B7'],
			ARTICLE,
			/--level B7 is not a CEFR level/,
			/A1, A2, B1, B2, C1, C2/
		);
		await refused(
			['--id', 'Mon Article'],
			ARTICLE,
			/--id Mon Article cannot name a lesson folder/,
			/--id mon-article/
		);
		await refused([], 'Un seul titre', /has only one line/, /--title/);
	});
});
