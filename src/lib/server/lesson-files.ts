import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LessonFolder } from '../lesson/load';

/** Folders of `questions/` that are not lessons. */
const NOT_LESSONS = new Set(['schema']);

/** Reads one lesson folder's files (bytes, undecoded: the loader reports bad encodings). */
export function readLessonFolder(
	questionsDir: string,
	id: string,
	cwd = process.cwd()
): LessonFolder {
	const dir = join(questionsDir, id);
	const files = new Map<string, Uint8Array>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isFile()) files.set(name, readFileSync(path));
	}
	return { id, label: relative(cwd, dir) || dir, files };
}

/** Names of the lesson folders under `questionsDir` (none if it does not exist). */
export function lessonIds(questionsDir: string): string[] {
	if (!existsSync(questionsDir)) return [];
	return readdirSync(questionsDir, { withFileTypes: true })
		.filter(
			(entry) => entry.isDirectory() && !NOT_LESSONS.has(entry.name) && !entry.name.startsWith('.')
		)
		.map((entry) => entry.name)
		.sort();
}
