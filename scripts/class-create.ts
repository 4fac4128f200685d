// npm run class:create -- "3e B" [--owner "Mme Martin"] — creates a class in DATA_DIR, with the
// server stopped, and prints the code pupils type. Classes are usually made in the teacher area
// (/teacher); before any teacher account exists, the first one adopts the classes made here.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/lib/server/store/open';
import { CLASS_NAME_MAX, readClassName } from '../src/lib/teacher/class-name';

const { values, positionals } = parseArgs({
	options: { owner: { type: 'string' } },
	allowPositionals: true
});
const read = readClassName(positionals.join(' '));
if (!read.ok) {
	console.error(
		read.name
			? `The class name is ${[...read.name].length} characters long; use ${CLASS_NAME_MAX} at most.`
			: 'Give the class a name, e.g.: npm run class:create -- "3e B"'
	);
	process.exit(1);
}
const { name } = read;

const dataDir = resolve(process.env.DATA_DIR || 'data');
let store;
try {
	store = await openStore({ DATA_DIR: dataDir });
} catch (error) {
	console.error(`Cannot open the data in ${dataDir}: ${(error as Error).message}`);
	console.error(
		'If the app is running on this data, stop it (Ctrl+C), create the class, then start it again.'
	);
	process.exit(1);
}
try {
	let ownerId: string | null = null;
	if (values.owner) {
		const found = await store.findTeacherByName(values.owner);
		if (!found) {
			console.error(`No teacher account is named "${values.owner}".`);
			process.exit(1);
		}
		ownerId = found.teacher.id;
	} else if ((await store.countTeachers()) > 0) {
		console.error(
			'Teacher accounts exist: create the class in the teacher area (/teacher), or name its\n' +
				'teacher here, e.g.: npm run class:create -- "3e B" --owner "Mme Martin"'
		);
		process.exit(1);
	}
	const classroom = await store.createClassroom(name, ownerId);
	console.log(
		`Class "${classroom.name}" created. Pupils join at /join with the code:\n\n    ${classroom.code}\n`
	);
} finally {
	await store.close();
}
