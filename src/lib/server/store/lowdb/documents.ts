import { Low } from 'lowdb';
import { DurableFile, type FileSystemSeam } from './durable-file';

// The store's files, one memoised lowdb `Low` each, with a queue that makes each
// read-change-write atomic and a commit that swaps memory only after the disk has the change.

/** One stored file: its memoised Low, the queue of changes to it, and derived memory. */
export class StoredDoc<T, M> {
	readonly low: Low<T>;
	/** Set once the file is deleted: queued changes then find nothing to change. */
	gone = false;
	#tail: Promise<unknown> = Promise.resolve();

	constructor(
		readonly file: string,
		readonly adapter: DurableFile<T>,
		data: T,
		/** In-memory lookups built at load (a learner's known event and answer keys). */
		readonly memo: M
	) {
		// Built from data already read and checked, never with low.read(): lowdb would replace
		// a `null` file by the default data without a word.
		this.low = new Low(adapter, data);
	}

	/** Runs `task` after every task queued before on this file: a read-change-write is atomic. */
	exclusive<R>(task: () => Promise<R>): Promise<R> {
		const run = this.#tail.then(task);
		this.#tail = run.catch(() => undefined);
		return run;
	}

	/**
	 * Inside exclusive(): applies `change` to a copy, writes the copy, and only then makes it
	 * the data in memory. On NotSavedError memory keeps the old data: it never claims what the
	 * disk does not have.
	 */
	async commit<R>(change: (draft: T) => R): Promise<R> {
		const draft = structuredClone(this.low.data);
		const result = change(draft);
		await this.low.adapter.write(draft);
		this.low.data = draft;
		return result;
	}
}

export interface CollectionOptions<T, M> {
	fs: FileSystemSeam;
	/** The parse function for one file (it may check that the content matches the name). */
	parse: (file: string) => (value: unknown) => T;
	/** In-memory lookups built from the data at load. */
	memo: (data: T) => M;
	/** Data of a file that does not exist yet (index files); without it, missing = not found. */
	empty?: () => T;
}

/** The files of one kind: one memoised StoredDoc (and Low) per path, loaded on first use. */
export class DocCollection<T, M> {
	readonly #docs = new Map<string, StoredDoc<T, M>>();
	readonly #loading = new Map<string, Promise<StoredDoc<T, M> | null>>();

	constructor(readonly options: CollectionOptions<T, M>) {}

	/** A new adapter for `file`; also used to check files at open. */
	adapter(file: string): DurableFile<T> {
		return new DurableFile(file, { fs: this.options.fs, parse: this.options.parse(file) });
	}

	/**
	 * The file's doc, loading it once; null if it does not exist (and has no empty form).
	 * Throws DamagedFileError, every time until the file is fixed: a failed load is not kept.
	 */
	get(file: string): Promise<StoredDoc<T, M> | null> {
		const known = this.#docs.get(file);
		if (known) return Promise.resolve(known);
		let loading = this.#loading.get(file);
		if (!loading) {
			loading = this.#load(file).finally(() => this.#loading.delete(file));
			this.#loading.set(file, loading);
		}
		return loading;
	}

	async #load(file: string): Promise<StoredDoc<T, M> | null> {
		const adapter = this.adapter(file);
		const data = (await adapter.read()) ?? this.options.empty?.() ?? null;
		if (data === null) return null;
		const doc = new StoredDoc(file, adapter, data, this.options.memo(data));
		this.#docs.set(file, doc);
		return doc;
	}

	/** Writes a new file and keeps its doc. Throws NotSavedError (then nothing is kept). */
	async create(file: string, data: T): Promise<StoredDoc<T, M>> {
		const adapter = this.adapter(file);
		await adapter.write(data);
		const doc = new StoredDoc(file, adapter, data, this.options.memo(data));
		this.#docs.set(file, doc);
		return doc;
	}

	/** Inside doc.exclusive(): deletes the file and forgets its doc. Throws NotSavedError. */
	async remove(doc: StoredDoc<T, M>): Promise<void> {
		await doc.adapter.remove();
		doc.gone = true;
		if (this.#docs.get(doc.file) === doc) this.#docs.delete(doc.file);
	}
}
