// The body of `npm run lesson:draft`, callable in-process (tests, later the lesson studio):
// reads a French text, drafts a lesson, writes its four files into a new folder, atomically.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	DRAFT_FILES,
	draftId,
	draftLesson,
	draftParagraphs
} from '../../src/lib/draft/draft-lesson';
import type { Detector, Lexicon } from '../../src/lib/draft/types';
import { LESSON_ID } from '../../src/lib/lesson/id';
import { suggestedId } from '../../src/lib/lesson/issues';

export interface DraftOutput {
	/** The summary and the JSON line. */
	out(line: string): void;
	/** What went wrong, and how to fix it. */
	err(line: string): void;
}

export interface DraftDependencies {
	/** The French lexicon; the real one is loaded only when a draft is asked for. */
	lexicon?: () => Promise<Lexicon>;
	detectors?: readonly Detector[];
	/** Folder relative paths are read from (the command's working directory). */
	cwd?: string;
}

/** The most words a text may have: a news article, not a book. */
export const MAX_WORDS = 20_000;

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
type Level = (typeof LEVELS)[number];

const USAGE =
	'usage: npm run lesson:draft -- <text-file> [--title "<headline>"] [--level B1] [--id <id>] [--out <dir>]';

/** The lexicon of the drafting assistant, loaded on demand; a clear message if it is missing. */
export async function openLexicon(): Promise<Lexicon> {
	// A computed address: the module is optional until the lexicon is installed.
	const address = new URL('../../src/lib/server/draft/lexicon.ts', import.meta.url).href;
	let module: { loadLexicon?: () => Promise<Lexicon> };
	try {
		module = (await import(/* @vite-ignore */ address)) as typeof module;
	} catch (error) {
		throw new InputError(
			`the French lexicon is not installed (src/lib/server/draft/lexicon.ts could not be loaded: ${(error as Error).message})`,
			'run npm install again in the project folder; if it persists, the lexicon module is missing from this version'
		);
	}
	if (typeof module.loadLexicon !== 'function') {
		throw new InputError(
			'src/lib/server/draft/lexicon.ts has no loadLexicon()',
			'update the project: the lexicon module must export loadLexicon()'
		);
	}
	return module.loadLexicon();
}

/** A refusal the user can act on: what is wrong, and how to fix it. */
export class InputError extends Error {
	constructor(
		message: string,
		readonly fix: string
	) {
		super(message);
	}
}

// The commonest French words: a French news text is about a third of them, an English or
// German one almost none.
const FRENCH_STOP_WORDS = new Set(
	(
		'le la les l un une des de du d et est sont a ont en que qu qui dans pour par sur au aux il ' +
		'elle ils elles ne n pas se s son sa ses ce cette ces c été être avec plus mais ou où leur ' +
		'leurs nous vous on y lui selon après avant entre contre depuis comme aussi très tout'
	).split(' ')
);

/** Share of a text's words that are common French words (0–1). */
export function frenchShare(text: string): { share: number; words: number } {
	// Letters only, so "l’armée" is "l" and "armée"; a regular expression stays fast on a book,
	// where the word segmenter takes seconds.
	const words = (text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => w.toLocaleLowerCase('fr'));
	const french = words.filter((w) => FRENCH_STOP_WORDS.has(w)).length;
	return { share: words.length === 0 ? 0 : french / words.length, words: words.length };
}

/** Below this share of common French words, the text is not French. */
const FRENCH_SHARE = 0.15;

/** The text of the file, or the reason it cannot be drafted from. */
export function readText(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
		throw new InputError(
			`${file} is empty`,
			'paste the article into the file, one paragraph a line'
		);
	}
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
	const binary =
		head.startsWith('%PDF') ||
		head.startsWith('PK\u0003\u0004') ||
		bytes.subarray(0, 8192).some((b) => b === 0);
	if (binary) {
		const kind = head.startsWith('%PDF')
			? 'a PDF'
			: head.startsWith('PK')
				? 'a Word or OpenDocument file (zip)'
				: 'a binary file';
		throw new InputError(
			`${file} is ${kind}, not plain text`,
			'copy the article’s text and save it as plain text (.txt, UTF-8), one paragraph a line'
		);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const line = lineOfInvalidUtf8(bytes);
		throw new InputError(
			`${file} is not UTF-8 text (line ${line} has a character saved in another encoding, e.g. Windows-1252)`,
			'save the file again as UTF-8 (in most editors: “Save with encoding” → UTF-8)'
		);
	}
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
	let line = 1;
	let start = 0;
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			try {
				decoder.decode(bytes.subarray(start, i));
			} catch {
				return line;
			}
			line++;
			start = i + 1;
		}
	}
	return line;
}

interface Request {
	file: string;
	title?: string;
	level: Level;
	id?: string;
	out: string;
}

function parseRequest(argv: readonly string[]): Request {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				title: { type: 'string' },
				level: { type: 'string', default: 'B1' },
				id: { type: 'string' },
				out: { type: 'string', default: 'questions' }
			}
		});
	} catch (error) {
		throw new InputError((error as Error).message, USAGE);
	}
	const [file, ...extra] = parsed.positionals;
	if (!file) throw new InputError('no text file given', USAGE);
	if (extra.length > 0) {
		throw new InputError(
			`one text file at a time (also given: ${extra.join(', ')})`,
			'put the title in quotes: --title "Le titre"'
		);
	}
	const level = parsed.values.level!.toUpperCase();
	if (!(LEVELS as readonly string[]).includes(level)) {
		throw new InputError(
			`--level ${parsed.values.level} is not a CEFR level`,
			`use one of ${LEVELS.join(', ')}`
		);
	}
	const { title, id, out } = parsed.values;
	if (id !== undefined && !LESSON_ID.test(id)) {
		throw new InputError(
			`--id ${id} cannot name a lesson folder (it is also its web address)`,
			`use lower-case letters a–z without accents, digits and hyphens, e.g. --id ${suggestedId(id)}`
		);
	}
	return { file, title, level: level as Level, id, out: out! };
}

/**
 * Drafts a lesson from a text file and writes `<out>/<id>/{lesson,glossary,annotations,quiz}.yaml`.
 * Prints a summary, then one JSON line; returns the exit code (0, or 1 with nothing written).
 */
export async function draftCommand(
	argv: readonly string[],
	output: DraftOutput,
	dependencies: DraftDependencies = {}
): Promise<number> {
	try {
		return await run(argv, output, dependencies);
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		output.err(`lesson:draft: ${error.message}`);
		output.err(`  how to fix: ${error.fix}`);
		output.err('  Nothing was written.');
		return 1;
	}
}

async function run(
	argv: readonly string[],
	output: DraftOutput,
	{ lexicon = openLexicon, detectors, cwd = process.cwd() }: DraftDependencies
): Promise<number> {
	const started = performance.now();
	const request = parseRequest(argv);
	const path = resolve(cwd, request.file);
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(
			code === 'ENOENT'
				? `${request.file} does not exist`
				: code === 'EISDIR'
					? `${request.file} is a folder, not a text file`
					: `${request.file} cannot be read (${code})`,
			code === 'ENOENT' ? 'check the path; it is read from the current folder' : 'give a text file'
		);
	}
	const text = readText(bytes, request.file);
	const lines = draftParagraphs(text);
	// Without --title, the first line is the headline, as news texts are usually pasted.
	const title = request.title?.trim() || lines[0]!;
	const body = request.title?.trim() ? lines : lines.slice(1);
	if (body.length === 0) {
		throw new InputError(
			`${request.file} has only one line, taken as the headline`,
			'give the title with --title "…", or put the article under the headline'
		);
	}
	const { share, words } = frenchShare(body.join('\n'));
	if (words > MAX_WORDS) {
		throw new InputError(
			`${request.file} has ${words.toLocaleString('en')} words; a lesson text may have ${MAX_WORDS.toLocaleString('en')} at most`,
			'keep the article (or the part the class reads), not a whole book or several articles'
		);
	}
	if (words >= 8 && share < FRENCH_SHARE) {
		throw new InputError(
			`${request.file} does not look like French: only ${Math.round(share * 100)} % of its words are common French words (le, de, et, que…), a French text has about a third`,
			'the assistant drafts lessons from French texts only: give the French article'
		);
	}
	const id = request.id ?? draftId(title);
	if (!LESSON_ID.test(id)) {
		throw new InputError(
			`the title “${title}” gives no usable lesson id`,
			'give one with --id, e.g. --id mon-article'
		);
	}
	const outDir = resolve(cwd, request.out);
	const target = join(outDir, id);
	const shown = relative(cwd, target) || target;
	if (existsSync(target)) {
		throw new InputError(
			`${shown} already exists: a lesson has the id “${id}”${request.id ? '' : ' (made from the title)'}`,
			'choose another id with --id <id> (or another --title), or delete that folder first'
		);
	}

	const draft = draftLesson(body.join('\n'), {
		title,
		level: request.level,
		lexicon: await lexicon(),
		id,
		...(detectors ? { detectors } : {})
	});

	// Written beside the target, then renamed: a lesson folder appears whole or not at all (the
	// server's watcher would otherwise load it half written).
	mkdirSync(outDir, { recursive: true });
	const temporary = mkdtempSync(join(outDir, `.${id}.draft-`));
	try {
		for (const name of DRAFT_FILES) writeFileSync(join(temporary, name), draft.files[name]);
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, { recursive: true, force: true });
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOTEMPTY' || code === 'EEXIST') {
			throw new InputError(`${shown} was created meanwhile`, 'choose another --id');
		}
		throw new InputError(
			`could not write ${shown} (${code ?? (error as Error).message})`,
			'check that the folder is writable and the disk is not full'
		);
	}

	const { summary } = draft;
	const ms = Math.round(performance.now() - started);
	const kinds = Object.entries(summary.annotations)
		.map(([kind, n]) => `${n} ${kind}`)
		.join(', ');
	output.out(`Drafted ${shown}/ from ${request.file} (${ms} ms):`);
	output.out(
		`  ${summary.paragraphs} paragraphs, ${summary.sentences} sentences, ${summary.words} words`
	);
	output.out(`  ${summary.glossary} glossary entries to review, English and definitions to write`);
	output.out(`  ${summary.speakers} speakers; annotations: ${kinds || 'none'}`);
	output.out(`  ${summary.questions} questions`);
	if (summary.leftOut > 0) {
		output.out(`  ${summary.leftOut} proposals left out: the lesson checker would refuse them`);
	}
	output.out(
		`Pupils do not see it (status: draft). Review it in the teacher preview, then check it with npm run lessons:check -- ${relative(cwd, outDir) || '.'}`
	);
	output.out(
		JSON.stringify({
			bench: 'draft',
			ms,
			paragraphs: summary.paragraphs,
			sentences: summary.sentences,
			glossary: summary.glossary,
			annotations: summary.annotations,
			questions: summary.questions
		})
	);
	return 0;
}
