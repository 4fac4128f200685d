import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStatus } from '../../../scripts/lib/build-freshness.js';

let root: string;

function touch(path: string, secondsAgo: number) {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, '');
	const time = Date.now() / 1000 - secondsAgo;
	utimesSync(path, time, time);
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'qdq-build-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildStatus', () => {
	it('asks for a build when there is none', () => {
		expect(buildStatus(root)).toEqual({ stale: true, reason: 'no build yet' });
	});

	it('is fresh when the build is newer than every source', () => {
		touch(join(root, 'src/routes/+page.svelte'), 100);
		touch(join(root, 'package.json'), 100);
		// Folders count too (a deleted file changes its folder), so the build must follow them.
		touch(join(root, 'build/handler.js'), -10);
		expect(buildStatus(root).stale).toBe(false);
	});

	it('names the source that changed after the build', () => {
		touch(join(root, 'build/handler.js'), -10);
		touch(join(root, 'src/lib/deep/inside/file.ts'), -20);
		touch(join(root, 'package.json'), 200);
		expect(buildStatus(root)).toEqual({ stale: true, reason: 'src changed since the last build' });
	});
});
