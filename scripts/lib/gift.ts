// The bodies of `npm run gift:import` and `npm run gift:export`, callable in-process (tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportGift } from '../../src/lib/gift/export';
import { giftMessageLine, giftMessageText } from '../../src/lib/gift/messages';
import { buildLesson } from '../../src/lib/lesson/load';
import { formatProblem } from '../../src/lib/lesson/problems';
import {
	ChangedOnDiskError,
	confirmImport,
	lessonDir,
	previewImport,
	type ImportPreview
} from '../../src/lib/server/gift';
import { readLessonFolder } from '../../src/lib/server/lesson-files';

export interface GiftOutput {
	/** A line for standard output. */
	out(line: string): void;
	/** A line for standard error. */
	err(line: string): void;
}

export interface GiftOptions {
	/** The lessons folder (QUESTIONS_DIR, default `questions`). */
	questionsDir: string;
	lang: 'fr' | 'en';
}

const IMPORT_USAGE = 'usage: npm run gift:import -- <file.gift> --lesson <id> [--dry-run]';
const EXPORT_USAGE = 'usage: npm run gift:export -- <id> [--fr-only] [--out file.gift]';

/** Flags with a value (`--lesson id`), flags alone (`--dry-run`) and the other words. */
function readArgs(args: readonly string[], withValue: readonly string[]) {
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const words: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (withValue.includes(arg)) values.set(arg, args[++i] ?? '');
		else if (arg.startsWith('--')) flags.add(arg);
		else words.push(arg);
	}
	return { values, flags, words };
}

function printPreview(
	preview: Extract<ImportPreview, { ok: true }>,
	lang: 'fr' | 'en',
	output: GiftOutput
) {
	output.out(
		`${preview.questions.length} question(s) imported as suggestions to review, ${preview.skipped.length} skipped`
	);
	for (const { question, line, notes } of preview.questions) {
		output.out(`  line ${line}: ${question.id} (${question.type}) ${question.prompt.fr}`);
		for (const note of notes) output.out(`    note: ${giftMessageText(note, lang)}`);
	}
	for (const skipped of preview.skipped) output.out(`  skipped, ${giftMessageLine(skipped, lang)}`);
}

/** `gift:import`: previews, then (unless --dry-run) appends to quiz.yaml. Returns the exit code. */
export async function giftImport(
	args: readonly string[],
	options: GiftOptions,
	output: GiftOutput
): Promise<number> {
	const { values, flags, words } = readArgs(args, ['--lesson']);
	const file = words[0];
	const id = values.get('--lesson');
	if (!file || !id || words.length > 1) {
		output.err(IMPORT_USAGE);
		return 2;
	}
	const dir = lessonDir(resolve(options.questionsDir), id);
	if (!dir) {
		output.err(`No lesson "${id}" in ${resolve(options.questionsDir)} (no ${id}/lesson.yaml).`);
		return 1;
	}
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(file));
	} catch (error) {
		output.err(`Cannot read ${file}: ${(error as Error).message}`);
		return 1;
	}
	const preview = await previewImport(dir, bytes);
	if (!preview.ok) {
		for (const error of preview.errors)
			output.err(`${file}: ${giftMessageLine(error, options.lang)}`);
		output.err('Nothing was written.');
		return 1;
	}
	printPreview(preview, options.lang, output);
	if (flags.has('--dry-run')) {
		output.out('Dry run: nothing was written.');
		return 0;
	}
	if (preview.questions.length === 0) {
		output.out('No question to add: nothing was written.');
		return 0;
	}
	try {
		await confirmImport(dir, bytes, preview.base);
	} catch (error) {
		if (error instanceof ChangedOnDiskError) {
			output.err(`${error.message}. Run the import again.`);
			return 1;
		}
		throw error;
	}
	output.out(`Written to ${resolve(dir, 'quiz.yaml')}.`);
	return 0;
}

/** `gift:export`: the lesson's quiz as GIFT, on standard output or in --out. */
export function giftExport(
	args: readonly string[],
	options: GiftOptions,
	output: GiftOutput
): number {
	const { values, flags, words } = readArgs(args, ['--out']);
	const id = words[0];
	if (!id || words.length > 1) {
		output.err(EXPORT_USAGE);
		return 2;
	}
	const questionsDir = resolve(options.questionsDir);
	if (!lessonDir(questionsDir, id)) {
		output.err(`No lesson "${id}" in ${questionsDir} (no ${id}/lesson.yaml).`);
		return 1;
	}
	const result = buildLesson(readLessonFolder(questionsDir, id));
	if (!result.lesson) {
		for (const problem of result.problems) output.err(formatProblem(problem));
		output.err(`The lesson "${id}" has problems: correct them, then export again.`);
		return 1;
	}
	const { lesson } = result;
	const gift = exportGift(
		{
			id: lesson.id,
			title: lesson.title,
			paragraphs: lesson.paragraphs.map((p) => p.fr),
			questions: lesson.questions
		},
		{ frOnly: flags.has('--fr-only') }
	);
	const out = values.get('--out');
	if (out) {
		writeFileSync(out, gift);
		output.err(`${lesson.questions.length} question(s) written to ${out}.`);
	} else output.out(gift);
	return 0;
}
