import { describe, expect, it } from 'vitest';
import { buildLesson, type LessonFolder } from '$lib/lesson/load';
import { problemIn } from '$lib/lesson/problem-text';
import { readLessonFolder } from '$lib/server/lesson-files';

// A drafted lesson: suggestions are warnings to review, what is still to write is allowed only
// where the draft rules say so, and anything else stays a problem with its line.

const encode = (text: string) => new TextEncoder().encode(text);

/** The fixture lesson with some of its files replaced. */
function folder(replaced: Record<string, string>): LessonFolder {
	const fixture = readLessonFolder('tests/fixtures/lessons', 'petite-lecon');
	const files = new Map(fixture.files);
	for (const [name, text] of Object.entries(replaced)) files.set(name, encode(text));
	return { id: 'l', label: 'questions/l', files };
}

const LESSON = (status: string, en: boolean) =>
	[
		'title: { fr: La revanche de Bakou, en: Baku’s revenge }',
		'level: B1',
		...(status ? [`status: ${status}`] : []),
		'source: { outlet: null, author: null, date: null }',
		'paragraphs:',
		'  - fr: Bakou affirme avoir repris le contrôle de hauteurs du Haut-Karabakh.',
		...(en ? ['    en: Baku says it has retaken heights.'] : []),
		'  - fr: Photo d’une frappe de drone dans la crête du Karabakh.',
		...(en ? ['    en: Photo of a drone strike.'] : []),
		'  - fr: Selon l’armée d’Artsakh, Bakou affirme à tort que le cessez-le-feu tient. L’armée de l’État dément.',
		...(en ? ['    en: According to the Artsakh army, Baku is wrong.'] : [])
	].join('\n');

const GLOSSARY = [
	'terms:',
	'  - review: suggested',
	'    id: armee',
	'    lemma: armée',
	'    forms: [armée]',
	'    pos: noun',
	'    gender: f',
	'  - review: suggested',
	'    id: hauteur',
	'    lemma: hauteur',
	'    forms: [hauteurs]',
	'    pos: noun',
	'    gender: f',
	'    en: height',
	'    definition: Un endroit élevé.',
	'  - id: crete',
	'    lemma: crête',
	'    forms: [crête]',
	'    pos: noun',
	'    gender: f'
].join('\n');

describe('a lesson with status: draft', () => {
	it('loads as a draft; without status a lesson is published', () => {
		expect(buildLesson(folder({ 'lesson.yaml': LESSON('draft', true) })).lesson?.status).toBe(
			'draft'
		);
		expect(buildLesson(folder({ 'lesson.yaml': LESSON('', true) })).lesson?.status).toBe(
			'published'
		);
	});

	it('may leave the translation to write: one warning, and the paragraphs say null', () => {
		const result = buildLesson(folder({ 'lesson.yaml': LESSON('draft', false) }));
		expect(result.problems).toEqual([]);
		expect(result.lesson?.paragraphs.map((p) => p.en)).toEqual([null, null, null]);
		expect(result.warnings).toMatchObject([
			{
				file: 'questions/l/lesson.yaml',
				line: 6,
				message:
					'3 paragraphs have no English translation yet: to write (the first at this line: paragraph 1)'
			}
		]);
	});

	it('a published lesson without a translation is a problem at each paragraph, with a fix', () => {
		const result = buildLesson(folder({ 'lesson.yaml': LESSON('published', false) }));
		expect(result.lesson).toBeNull();
		expect(result.problems.map((p) => [p.line, p.message])).toEqual([
			[6, 'paragraph 1 has no English translation (en)'],
			[7, 'paragraph 2 has no English translation (en)'],
			[8, 'paragraph 3 has no English translation (en)']
		]);
		expect(result.problems[0]!.fix).toMatch(/status: draft/);
	});
});

describe('glossary entries to write', () => {
	const result = buildLesson(folder({ 'glossary.yaml': GLOSSARY }));

	it('a confirmed entry without English or definition is a problem at its line', () => {
		expect(result.lesson).toBeNull();
		expect(result.problems.map((p) => [p.file, p.line, p.message])).toEqual([
			['questions/l/glossary.yaml', 16, 'the entry “crête” has no English equivalent (en)'],
			['questions/l/glossary.yaml', 16, 'the entry “crête” has no definition (definition)']
		]);
		expect(result.problems[0]!.fix).toMatch(/review: suggested/);
	});

	it('a suggested entry may lack them: one "to write" warning, and the suggestions counted', () => {
		expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
			[2, '2 suggestions to review'],
			[
				2,
				'1 suggested entry has no English equivalent or definition yet: to write (this line: “armée”)'
			]
		]);
		const french = problemIn(result.warnings[0]!, 'fr');
		expect(french.message).toBe('2 suggestions à relire');
	});

	it('a draft glossary of suggestions only validates, and the reader gets the entry as it is', () => {
		const valid = buildLesson(folder({ 'glossary.yaml': GLOSSARY.split('\n  - id: crete')[0]! }));
		expect(valid.problems).toEqual([]);
		expect(valid.lesson?.glossary.find((t) => t.id === 'armee')).toMatchObject({
			lemma: 'armée',
			review: 'suggested'
		});
		expect(valid.lesson?.glossary.find((t) => t.id === 'armee')?.en).toBeUndefined();
	});
});

describe('suggestions to review, per file', () => {
	it('counts suggested annotations and questions as warnings at the first one, not problems', () => {
		const fixture = readLessonFolder('tests/fixtures/lessons', 'petite-lecon');
		const decode = (name: string) => new TextDecoder().decode(fixture.files.get(name));
		const annotations = decode('annotations.yaml').replace(
			/^(\s*)- id: /m,
			'$1- review: suggested\n$1  id: '
		);
		const quiz = decode('quiz.yaml').replace(/^(\s*)- id: /m, '$1- review: suggested\n$1  id: ');
		const result = buildLesson(folder({ 'annotations.yaml': annotations, 'quiz.yaml': quiz }));
		expect(result.problems).toEqual([]);
		const messages = result.warnings.map((w) => `${w.file}: ${w.message}`);
		expect(messages).toContain('questions/l/annotations.yaml: 1 suggestion to review');
		expect(messages).toContain('questions/l/quiz.yaml: 1 suggestion to review');
	});
});
