import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads every learner file of a data directory, as a restarted server would, and returns the
 * keys of the events and answers they hold; a file that does not parse is counted, never skipped silently.
 */
export function storedEventKeys(dataDir: string): {
	keys: Set<string>;
	answerKeys: Set<string>;
	files: number;
	unreadable: string[];
} {
	const dir = join(dataDir, 'learners');
	const keys = new Set<string>();
	const answerKeys = new Set<string>();
	const unreadable: string[] = [];
	const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
	for (const name of names) {
		try {
			const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
				/** Version 2: the keys of the latest events (the events are folded into a summary). */
				recentEventKeys?: string[];
				/** Version 1: every event. */
				events?: { key: string }[];
				answers: { key: string }[];
			};
			for (const key of file.recentEventKeys ?? []) keys.add(key);
			for (const event of file.events ?? []) keys.add(event.key);
			for (const answer of file.answers) answerKeys.add(answer.key);
		} catch {
			unreadable.push(name);
		}
	}
	return { keys, answerKeys, files: names.length, unreadable };
}
