import { describe, expect, it } from 'vitest';
import { buildLesson, type LessonFolder } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';

/** What lessons:check warns about in a lesson's quiz (the loader's warnings). */
const lessonWarnings = (folder: LessonFolder) => buildLesson(folder).warnings;

const QUIZ = [
	'questions:',
	'  - id: who',
	'    type: single',
	'    skill: source',
	'    prompt: { fr: Qui parle ?, en: Who speaks? }',
	'    options:',
	'      - id: journalist',
	'        text: { fr: Le journaliste., en: The journalist. }',
	'      - id: baku',
	'        correct: true',
	'        text:',
	'          fr: Bakou, d’après le verbe de parole ; le journaliste ne fait que rapporter.',
	'          en: Baku.',
	'    feedback: { fr: Bakou., en: Baku. }',
	'    evidence: [{ quote: Bakou affirme }]'
].join('\n');

/** The fixture lesson with this quiz: the loader reads a quiz only beside a lesson. */
const folder = (quiz: string): LessonFolder => {
	const fixture = readLessonFolder('tests/fixtures/lessons', 'petite-lecon');
	const files = new Map(fixture.files);
	files.set('quiz.yaml', new TextEncoder().encode(quiz));
	return { id: 'l', label: 'questions/l', files };
};

describe('lessonWarnings (what lessons:check warns about)', () => {
	it('points at the right option that gives itself away by its length, file:line:column', () => {
		expect(lessonWarnings(folder(QUIZ))).toEqual([
			{
				file: 'questions/l/quiz.yaml',
				line: 12,
				column: 15,
				message: expect.stringMatching(/^question "who": the right option is much longer/),
				fix: expect.stringContaining('shorten the right option')
			}
		]);
	});

	it('has nothing to say about a quiz that does not parse (the loader reports it)', () => {
		expect(lessonWarnings(folder('questions: [oops'))).toEqual([]);
		expect(lessonWarnings({ id: 'l', label: 'questions/l', files: new Map() })).toEqual([]);
	});
});
