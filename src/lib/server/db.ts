import { env } from '$env/dynamic/private';
import { openStore } from './store/open';
import type { Store } from './store/types';

// Kept on globalThis: `npm run dev` re-runs this module on every edit, and a second store on
// the same data directory is refused (one process, one store per directory).
const key = Symbol.for('qui-dit-quoi.store');
const global = globalThis as typeof globalThis & { [key]?: Promise<Store> };

/**
 * The store on DATA_DIR (default ./data), opened once per process: it takes the data
 * directory's lock, so a second server on the same data refuses to start.
 */
export function store(): Promise<Store> {
	global[key] ??= openStore(env);
	return global[key];
}
