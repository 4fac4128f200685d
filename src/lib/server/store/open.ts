import { resolve } from 'node:path';
import { openLowdbStore } from './lowdb/store';
import type { Store } from './types';

// The one place that chooses the store's implementation from the environment: the server,
// the scripts and the benchmarks open it here and see only `Store`.

/**
 * The environment variables that choose and place the store (the process's own, or a
 * script's): DATA_DIR, the lowdb store's data directory, default ./data.
 */
export type StoreEnv = { readonly [name: string]: string | undefined };

export interface StoreOptions {
	/** Where problems are reported (damaged files, stale lock…); default console.warn. */
	log?: (message: string) => void;
}

/**
 * Opens the store `env` describes: today the lowdb store on DATA_DIR (default ./data), which
 * takes the directory's lock, so a second server on the same data refuses to start.
 */
export function openStore(env: StoreEnv, options: StoreOptions = {}): Promise<Store> {
	return openLowdbStore(resolve(env.DATA_DIR || 'data'), options);
}
