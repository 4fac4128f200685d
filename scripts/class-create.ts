// npm run class:create -- "3e B" — creates a class in DATA_DIR and prints the code pupils type.
// (Until the teacher area exists; the first teacher account adopts the classes made here.)
import { resolve } from 'node:path';
import { openLowdbStore } from '../src/lib/server/store/lowdb-store';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
	console.error('Give the class a name, e.g.: npm run class:create -- "3e B"');
	process.exit(1);
}
if (name.length > 60) {
	console.error(`The class name is ${name.length} characters long; use 60 at most.`);
	process.exit(1);
}

const dataDir = resolve(process.env.DATA_DIR || 'data');
let store;
try {
	store = await openLowdbStore(dataDir);
} catch (error) {
	console.error(`Cannot open the data in ${dataDir}: ${(error as Error).message}`);
	console.error(
		'If the app is running on this data, stop it (Ctrl+C), create the class, then start it again.'
	);
	process.exit(1);
}
try {
	const classroom = await store.createClassroom(name);
	console.log(
		`Class "${classroom.name}" created. Pupils join at /join with the code:\n\n    ${classroom.code}\n`
	);
} finally {
	await store.close();
}
