import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { formatProblem, type Problem } from '$lib/lesson/problems';
import { lessonIds, readLessonFolder } from './lesson-files';

export interface CatalogEntry {
	/** The last valid version, still served while the files on disk are broken. */
	lesson: Lesson | null;
	/** Problems of the files as they are now on disk (empty when valid). */
	problems: Problem[];
}

/**
 * Every lesson under a `questions/` folder, kept up to date while the server runs: a valid
 * edit replaces the lesson; a broken one keeps the last valid version online and records the
 * problems. One broken lesson never affects the others.
 */
export class LessonCatalog {
	private readonly entries = new Map<string, CatalogEntry>();
	private watcher: FSWatcher | null = null;
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(
		readonly questionsDir: string,
		private readonly log: (message: string) => void = (m) => console.error(m)
	) {
		for (const id of lessonIds(questionsDir)) this.reload(id);
	}

	/** Reads one lesson folder again. Returns its entry (undefined if the folder is gone). */
	reload(id: string): CatalogEntry | undefined {
		if (!existsSync(join(this.questionsDir, id))) {
			this.entries.delete(id);
			return undefined;
		}
		let result: ReturnType<typeof buildLesson>;
		try {
			result = buildLesson(readLessonFolder(this.questionsDir, id));
		} catch (error) {
			// A folder removed or unreadable mid-read: keep what we had, report, retry on next change.
			result = {
				lesson: null,
				problems: [
					{
						file: join(this.questionsDir, id),
						line: 1,
						column: 1,
						message: `could not read the lesson: ${(error as Error).message}`,
						fix: 'check the folder’s permissions, then save a file again'
					}
				]
			};
		}
		const previous = this.entries.get(id);
		const entry: CatalogEntry = {
			lesson: result.lesson ?? previous?.lesson ?? null,
			problems: result.problems
		};
		this.entries.set(id, entry);
		if (result.problems.length > 0) {
			const kept = entry.lesson ? ' (the last valid version stays online)' : '';
			this.log(
				`Lesson "${id}" has ${result.problems.length} problem(s)${kept}:\n` +
					result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')
			);
		}
		return entry;
	}

	/** Watches the folder; edits are picked up `delayMs` after the last change to a lesson. */
	watch(delayMs = 150): this {
		if (this.watcher || !existsSync(this.questionsDir)) return this;
		this.watcher = watch(this.questionsDir, { recursive: true }, (_event, filename) => {
			const id = filename?.toString().split(sep)[0];
			if (!id || id === 'schema' || id.startsWith('.')) return;
			clearTimeout(this.pending.get(id));
			this.pending.set(
				id,
				setTimeout(() => {
					this.pending.delete(id);
					this.reload(id);
				}, delayMs)
			);
		});
		this.watcher.on('error', (error) => this.log(`Stopped watching lessons: ${error.message}`));
		return this;
	}

	close(): void {
		this.watcher?.close();
		this.watcher = null;
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}

	/** Lessons that can be read, in French alphabetical order of their French title. */
	list(): Lesson[] {
		return [...this.entries.values()]
			.flatMap((entry) => (entry.lesson ? [entry.lesson] : []))
			.sort((a, b) => a.title.fr.localeCompare(b.title.fr, 'fr'));
	}

	get(id: string): Lesson | undefined {
		return this.entries.get(id)?.lesson ?? undefined;
	}

	/** Lessons whose files have problems now, with those problems. */
	problems(): Map<string, Problem[]> {
		return new Map(
			[...this.entries].filter(([, e]) => e.problems.length > 0).map(([id, e]) => [id, e.problems])
		);
	}
}
