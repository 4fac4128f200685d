import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLesson } from '$lib/lesson/load';
import { formatProblem } from '$lib/lesson/problems';
import { question, skill as skillSchema } from '$lib/quiz/schema';
import { lessonIds, readLessonFolder } from '$lib/server/lesson-files';

// docs/lessons.md walks a newcomer from an empty folder to a complete lesson. Its code blocks
// tagged `yaml file=<name>` are that lesson: this test writes them into a folder, in the order
// the guide gives them, and loads it as the server does.

const guide = readFileSync('docs/lessons.md', 'utf8');
const FOLDER = 'piscine-villeneuve';

/** The guide's tagged blocks, joined per file in the order they appear. */
function filesOfGuide(): Map<string, string> {
	const files = new Map<string, string>();
	for (const match of guide.matchAll(/^```yaml file=(\S+)\n([\s\S]*?)^```$/gm)) {
		const [, name, body] = match;
		files.set(name!, (files.get(name!) ?? '') + body);
	}
	return files;
}

const root = mkdtempSync(join(tmpdir(), 'lessons-guide-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('docs/lessons.md', () => {
	const files = filesOfGuide();

	it('gives the four files of a lesson', () => {
		expect([...files.keys()].sort()).toEqual([
			'annotations.yaml',
			'glossary.yaml',
			'lesson.yaml',
			'quiz.yaml'
		]);
	});

	it('builds a lesson with no problem from its own code blocks, written to a folder', () => {
		const folder = join(root, FOLDER);
		rmSync(folder, { recursive: true, force: true });
		mkdirSync(folder, { recursive: true });
		for (const [name, text] of files) writeFileSync(join(folder, name), text);
		expect(lessonIds(root)).toEqual([FOLDER]);

		const result = buildLesson(readLessonFolder(root, FOLDER));
		expect(result.problems.map(formatProblem)).toEqual([]);
		const lesson = result.lesson!;
		expect(lesson.paragraphs).toHaveLength(3);
		expect(lesson.glossary).toHaveLength(2);
		expect(lesson.annotations).toHaveLength(9);
		// One question of each of the eight types, in the order the guide presents them.
		expect(lesson.questions.map((q) => q.type)).toEqual([
			'single',
			'multiple',
			'claim',
			'match',
			'mark',
			'gap',
			'short',
			'order'
		]);
		// The speakers every text needs: the journalist and "no source".
		expect(lesson.speakers.map((s) => s.role)).toEqual(
			expect.arrayContaining(['journalist', 'unsourced'])
		);
		// The guide's core path: six questions, the vocabulary and ordering ones go further.
		expect(lesson.corePath).toEqual([
			'qui-annonce',
			'non-verifie',
			'fermeture-prevue',
			'qui-dit-quoi',
			'mots-de-distance',
			'verbe-nageurs'
		]);
		// "M. Benali" does not end a sentence: the source of that sentence is one annotation.
		expect(lesson.annotations.find((a) => a.id === 'p1-duree')?.range).toBeDefined();
	});

	it('says what lessons:check prints for that lesson', () => {
		expect(guide).toContain(
			'`ok  piscine-villeneuve: 3 paragraphs, 2 glossary terms, 9 annotations, 8 questions`'
		);
	});

	it('documents every question type and skill of the format, and writes ids without accents', () => {
		// The format's own lists: a new type or skill fails here until the guide documents it.
		for (const type of question.options.map((o) => o.shape.type.value)) {
			expect(guide).toContain(`#### \`${type}\``);
		}
		for (const skill of skillSchema.options) {
			expect(guide).toContain(`\`${skill}\``);
		}
		const ids = [...guide.matchAll(/\bid: ([^\s,}#]+)/g)].map((m) => m[1]!);
		expect(ids.length).toBeGreaterThan(20);
		expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
	});
});
