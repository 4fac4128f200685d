// Run by playwright.config.ts before the server starts (it holds the data's lock): the suite's
// shared class "3e B" is given every question of the seed lesson, so the quiz, lens and
// dashboard tests walk every type of question. A class's default, the core path, and the
// teacher's choice have their own test (assignment.spec.ts), on classes of their own.
import { openStore } from '../../../src/lib/server/store/open';

const [dataDir, code, lessonId] = process.argv.slice(2);
const store = await openStore({ DATA_DIR: dataDir! });
try {
	const classroom = await store.findClassroomByCode(code!);
	if (!classroom) throw new Error(`No class with the code ${code}`);
	await store.setAssignment(classroom.id, lessonId!, { kind: 'all' });
} finally {
	await store.close();
}
