import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appendQuestions } from '../gift/append';
import { decodeGift } from '../gift/decode';
import { importGift, type GiftImport } from '../gift/import';
import type { GiftMessage } from '../gift/parse';
import { LESSON_ID } from '../lesson/schema';
import { nodeFileSystem, syncDirectory } from './store/lowdb/durable-file';

// Bringing GIFT questions into a lesson folder: a preview first (what would be added, what is
// skipped and why), then the write, which adds only the new questions to quiz.yaml and refuses
// if the file changed since the preview.

export const QUIZ_FILE = 'quiz.yaml';

/** What an import would do, and the state of quiz.yaml it was worked out against. */
export type ImportPreview =
	{ ok: false; errors: GiftMessage[] } | (GiftImport & { ok: true; base: string });

/** The version of a file's bytes an import was previewed against ("none" if absent). */
export function versionOf(bytes: Uint8Array | null): string {
	return bytes ? createHash('sha256').update(bytes).digest('hex').slice(0, 32) : 'none';
}

/** The lesson folder of `id`, or null if it is not a lesson of `questionsDir`. */
export function lessonDir(questionsDir: string, id: string): string | null {
	if (!LESSON_ID.test(id)) return null;
	const dir = join(questionsDir, id);
	return existsSync(join(dir, 'lesson.yaml')) ? dir : null;
}

async function readQuiz(dir: string): Promise<Uint8Array | null> {
	try {
		return await fsp.readFile(join(dir, QUIZ_FILE));
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') return null;
		throw error;
	}
}

/** The question ids quiz.yaml already uses, read leniently (the loader reports mistakes). */
function takenIds(quiz: Uint8Array | null): string[] {
	if (!quiz) return [];
	try {
		const data = parse(new TextDecoder().decode(quiz)) as { questions?: { id?: unknown }[] };
		return (data?.questions ?? []).flatMap((q) => (typeof q?.id === 'string' ? [q.id] : []));
	} catch {
		return [];
	}
}

/** What importing `gift` (the uploaded bytes) into the lesson in `dir` would do. */
export async function previewImport(dir: string, gift: Uint8Array): Promise<ImportPreview> {
	const decoded = decodeGift(gift);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	const quiz = await readQuiz(dir);
	const result = importGift(decoded.text, takenIds(quiz));
	if (result.errors.length > 0) return { ok: false, errors: result.errors };
	return { ok: true, base: versionOf(quiz), ...result };
}

/** quiz.yaml changed on disk between the preview and the write. */
export class ChangedOnDiskError extends Error {
	constructor(readonly file: string) {
		super(`${file} changed since the preview; nothing was written`);
	}
}

/** Writes `text` over `path`: temp file, fsync, rename, fsync of the folder. */
export async function writeAtomically(path: string, text: string): Promise<void> {
	const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
	const handle = await fsp.open(temp, 'wx', 0o644);
	try {
		await handle.writeFile(text, 'utf8');
		await handle.sync();
	} catch (error) {
		await handle.close().catch(() => undefined);
		await fsp.unlink(temp).catch(() => undefined);
		throw error;
	}
	await handle.close();
	try {
		await fsp.rename(temp, path);
	} catch (error) {
		await fsp.unlink(temp).catch(() => undefined);
		throw error;
	}
	await syncDirectory(nodeFileSystem, join(path, '..'));
}

/**
 * Imports `gift` into the lesson in `dir`, if quiz.yaml is still the version `base` the
 * preview was made against. Returns what was written; nothing is written on any error.
 */
export async function confirmImport(
	dir: string,
	gift: Uint8Array,
	base: string
): Promise<ImportPreview> {
	const preview = await previewImport(dir, gift);
	if (!preview.ok) return preview;
	const path = join(dir, QUIZ_FILE);
	const quiz = await readQuiz(dir);
	if (versionOf(quiz) !== base || preview.base !== base) throw new ChangedOnDiskError(path);
	if (preview.questions.length === 0) return preview;
	const text = appendQuestions(
		quiz ? new TextDecoder().decode(quiz) : null,
		preview.questions.map((q) => q.question)
	);
	// Checked once more just before the rename: a teacher's editor may have saved meanwhile.
	if (versionOf(await readQuiz(dir)) !== base) throw new ChangedOnDiskError(path);
	await writeAtomically(path, text);
	return preview;
}
