import { describe, expect, it } from 'vitest';
import { buildLesson, type LessonFolder } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';

/** The fixture lesson with this quiz: the loader reads a quiz only beside a lesson. */
const folder = (quiz: string[]): LessonFolder => {
	const fixture = readLessonFolder('tests/fixtures/lessons', 'petite-lecon');
	const files = new Map(fixture.files);
	files.set('quiz.yaml', new TextEncoder().encode(quiz.join('\n')));
	return { id: 'l', label: 'questions/l', files };
};

const question = (review: boolean, extra: string[] = []) => [
	'questions:',
	'  - id: who',
	...(review ? ['    review: suggested'] : []),
	'    type: short',
	'    skill: source',
	'    prompt: { fr: Qui parle ?, en: Who speaks? }',
	'    answers: [Bakou]',
	'    feedback: { fr: Bakou., en: Baku. }',
	...extra
];

describe('a question without evidence', () => {
	it('is a warning, not a problem, while it is a suggestion to review', () => {
		const result = buildLesson(folder(question(true)));
		expect(result.problems).toEqual([]);
		expect(result.lesson?.questions[0]?.evidenceRanges).toEqual([]);
		expect(result.warnings).toEqual([
			expect.objectContaining({ file: 'questions/l/quiz.yaml', message: '1 suggestion to review' }),
			expect.objectContaining({
				file: 'questions/l/quiz.yaml',
				line: 3,
				message: 'question "who": no evidence yet'
			})
		]);
	});

	it('is still a problem once confirmed, with the missing-field message at the question', () => {
		const result = buildLesson(folder(question(false)));
		expect(result.lesson).toBeNull();
		expect(result.problems).toEqual([
			expect.objectContaining({
				file: 'questions/l/quiz.yaml',
				line: 2,
				column: 5,
				message: 'missing field "evidence"'
			})
		]);
	});

	it('is reported beside another mistake of the same question', () => {
		const result = buildLesson(folder(question(false, ['    colour: red'])));
		expect(result.problems.map((p) => p.message)).toEqual(
			expect.arrayContaining(['missing field "evidence"', expect.stringContaining('colour')])
		);
	});

	it('needs at least one quote when the list is there', () => {
		const result = buildLesson(folder(question(true, ['    evidence: []'])));
		expect(result.problems.map((p) => p.message)).toEqual(['"evidence" needs at least 1 item']);
	});
});

describe('an English text an import left to write', () => {
	it('is a warning on that text', () => {
		const quiz = question(true).map((line) =>
			line.includes('prompt')
				? "    prompt: { fr: Qui parle ?, en: '[to translate] Qui parle ?' }"
				: line
		);
		const result = buildLesson(folder(quiz));
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ line: 6, message: 'question "who": English still to write' })
			])
		);
	});
});
