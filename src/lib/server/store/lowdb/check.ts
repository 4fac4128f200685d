import { join } from 'node:path';
import { TEMP_SUFFIX, syncDirectory } from './durable-file';
import { SUBDIRECTORIES, type LowdbFiles } from './layout';
import { TEACHERS_SUBDIRECTORY } from './teachers';
import { DamagedFileError } from '../types';

// What the store does to its data directory when it opens, before it serves anything: makes
// the directories, removes writes a crash left unfinished, and reads every file once.

/**
 * Checks every file of the data directory. A damaged index, class or teacher file throws
 * DamagedFileError naming the file; a damaged sessions shard is moved aside; a damaged learner
 * file is only logged.
 */
export async function checkDataDir(files: LowdbFiles): Promise<void> {
	const { fs, log } = files;
	for (const sub of SUBDIRECTORIES) {
		await fs.mkdir(join(files.dir, sub), { recursive: true });
	}
	await syncDirectory(fs, files.dir);
	const damagedIndexes: DamagedFileError[] = [];
	const kinds = [
		{ sub: 'index', names: /^codes\.json$/, docs: files.codes, vital: true },
		{ sub: 'classrooms', names: /^[0-9a-f-]{36}\.json$/, docs: files.classrooms, vital: true },
		{ sub: 'recovery', names: /^[0-9a-f]{2}\.json$/, docs: files.recovery, vital: true },
		// Sessions can be dropped: their pupils sign in again with their recovery code.
		{ sub: 'sessions', names: /^[0-9a-f]{2}\.json$/, docs: files.sessions, vital: 'drop' },
		{
			sub: TEACHERS_SUBDIRECTORY,
			names: /^accounts\.json$/,
			docs: files.teachers.accounts,
			vital: true
		},
		{
			sub: TEACHERS_SUBDIRECTORY,
			names: /^sessions\.json$/,
			docs: files.teachers.sessions,
			vital: true
		},
		{ sub: 'learners', names: /^[0-9a-f-]{36}\.json$/, docs: files.learners, vital: false }
	] as const;
	for (const { sub, names, docs, vital } of kinds) {
		const dir = join(files.dir, sub);
		const entries = (await fs.readdir(dir)).sort();
		// Checked a few at a time: thousands of learner files must not exhaust file handles.
		for (let i = 0; i < entries.length; i += 32) {
			await Promise.all(
				entries.slice(i, i + 32).map(async (name) => {
					const file = join(dir, name);
					if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
						// A write interrupted by a crash: the real file was never replaced.
						await fs.unlink(file).catch(() => undefined);
						log(`Removed ${file}, left by a write that was interrupted.`);
						return;
					}
					if (!names.test(name)) return;
					try {
						await docs.adapter(file).read();
					} catch (error) {
						if (!(error instanceof DamagedFileError)) throw error;
						if (vital === 'drop') await dropSessionShard(files, file, error);
						else if (vital) damagedIndexes.push(error);
						else log(`Damaged learner file, that learner cannot continue: ${error.message}`);
					}
				})
			);
		}
	}
	const [first, ...others] = damagedIndexes;
	if (first) {
		for (const other of others) log(`Damaged store file: ${other.message}`);
		throw first;
	}
}

/**
 * Moves a damaged sessions shard aside (kept, never overwritten) so the server can start: the
 * sessions it held end, and their pupils sign in again with their recovery code.
 */
async function dropSessionShard(
	files: LowdbFiles,
	file: string,
	error: DamagedFileError
): Promise<void> {
	const aside = `${file}.damaged-${Date.now()}`;
	await files.fs.rename(file, aside);
	await syncDirectory(files.fs, join(files.dir, 'sessions'));
	files.log(
		`Damaged sessions file, moved to ${aside}: ${error.problem}. The sessions it held ` +
			'are dropped; those pupils sign in again with their recovery code.'
	);
}
