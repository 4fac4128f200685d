// @ts-check
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the built app is made from: a change to any of these calls for a new build. */
export const BUILD_INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json'
];

/**
 * Newest modification time (ms) under `path`, 0 if it does not exist.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/**
 * Whether the app in `root/build` is missing or older than its sources.
 * @param {string} root project directory
 * @returns {{ stale: boolean, reason: string }}
 */
export function buildStatus(root) {
	const marker = join(root, 'build', 'handler.js');
	if (!existsSync(marker)) return { stale: true, reason: 'no build yet' };
	const builtAt = statSync(marker).mtimeMs;
	for (const input of BUILD_INPUTS) {
		if (newestMtime(join(root, input)) > builtAt) {
			return { stale: true, reason: `${input} changed since the last build` };
		}
	}
	return { stale: false, reason: 'build is up to date' };
}
