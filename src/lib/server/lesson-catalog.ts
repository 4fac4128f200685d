import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { formatProblem, type Problem } from '$lib/lesson/problems';
import { lessonIds, readLessonFolder } from './lesson-files';

export interface CatalogEntry {
	/** The last valid version, still served while the files on disk are broken. */
	lesson: Lesson | null;
	/** Problems of the files as they are now on disk (empty when valid). */
	problems: Problem[];
}

/** Whether drafts count: only the teacher's own pages ask for them. */
export interface Visibility {
	drafts?: boolean;
}

const visible = (lesson: Lesson, { drafts = false }: Visibility) =>
	drafts || lesson.status !== 'draft';

/**
 * Every lesson under a `questions/` folder, kept up to date while the server runs: a valid
 * edit replaces the lesson; a broken one keeps the last valid version online and records the
 * problems. One broken lesson never affects the others.
 */
export class LessonCatalog {
	private readonly entries = new Map<string, CatalogEntry>();
	private readonly watchers = new Map<string, FSWatcher>();
	private delayMs = 150;
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
				],
				warnings: []
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

	/**
	 * Watches the lessons; an edit is picked up `delayMs` after the last change to a lesson.
	 * One watcher per folder, not one recursive watcher: Node's recursive watch on Linux loses
	 * a file that an editor saves by renaming a new file over it.
	 */
	watch(delayMs = 150): this {
		if (this.watchers.size > 0 || !existsSync(this.questionsDir)) return this;
		this.delayMs = delayMs;
		this.watchFolder(this.questionsDir, (name) => {
			if (!name || name === 'schema' || name.startsWith('.')) return;
			this.schedule(name);
		});
		for (const id of lessonIds(this.questionsDir)) this.watchLesson(id);
		return this;
	}

	private watchLesson(id: string): void {
		const dir = join(this.questionsDir, id);
		if (this.watchers.has(dir) || !existsSync(dir)) return;
		this.watchFolder(dir, () => this.schedule(id));
	}

	private watchFolder(dir: string, onChange: (name: string | null) => void): void {
		try {
			const watcher = watch(dir, (_event, name) => onChange(name?.toString() ?? null));
			watcher.on('error', () => this.unwatch(dir));
			this.watchers.set(dir, watcher);
		} catch (error) {
			this.log(`Cannot watch ${dir} for changes: ${(error as Error).message}`);
		}
	}

	private unwatch(dir: string): void {
		this.watchers.get(dir)?.close();
		this.watchers.delete(dir);
	}

	private schedule(id: string): void {
		clearTimeout(this.pending.get(id));
		this.pending.set(
			id,
			setTimeout(() => {
				this.pending.delete(id);
				const entry = this.reload(id);
				// A new folder gets its own watcher; a removed one loses it.
				if (entry) this.watchLesson(id);
				else this.unwatch(join(this.questionsDir, id));
			}, this.delayMs)
		);
	}

	close(): void {
		for (const watcher of this.watchers.values()) watcher.close();
		this.watchers.clear();
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}

	/**
	 * Lessons that can be read, in French alphabetical order of their French title. Drafts only
	 * when asked for: pupils never see them, teachers do.
	 */
	list(options: Visibility = {}): Lesson[] {
		return [...this.entries.values()]
			.flatMap((entry) => (entry.lesson && visible(entry.lesson, options) ? [entry.lesson] : []))
			.sort((a, b) => a.title.fr.localeCompare(b.title.fr, 'fr'));
	}

	/** A lesson by id; a draft only when asked for (it is a 404 everywhere pupils go). */
	get(id: string, options: Visibility = {}): Lesson | undefined {
		const lesson = this.entries.get(id)?.lesson ?? undefined;
		return lesson && visible(lesson, options) ? lesson : undefined;
	}

	/** Lessons whose files have problems now, with those problems. */
	problems(): Map<string, Problem[]> {
		return new Map(
			[...this.entries].filter(([, e]) => e.problems.length > 0).map(([id, e]) => [id, e.problems])
		);
	}
}
