import { describe, expect, it } from 'vitest';
import { countWords } from '$lib/lesson/french';
import { buildLesson, type LessonFolder, type LessonResult } from '$lib/lesson/load';
import { formatProblem, type Problem } from '$lib/lesson/problems';
import { problemIn } from '$lib/lesson/problem-text';

// ---------------------------------------------------------------------------------------------
// A small valid lesson. Each file is an array of lines, so line N of the file is FILE[N - 1].
// Expected lines and columns are computed from these layouts with `at(...)` below.
// ---------------------------------------------------------------------------------------------

const ID = 'karabakh-revenge';
const DIR = `questions/${ID}`;

const P1 = 'Bakou affirme avoir repris le contrôle de hauteurs du Haut-Karabakh.';
const P2 = 'Photo d’une frappe de drone dans la crête du Karabakh.';
const P3 =
	'Selon l’armée d’Artsakh, Bakou affirme à tort que le cessez-le-feu tient. L’armée de l’État dément.';

const LESSON = [
	/*  1 */ 'title:',
	/*  2 */ '  fr: La revanche de Bakou',
	/*  3 */ '  en: Baku’s revenge',
	/*  4 */ 'level: B1',
	/*  5 */ 'source:',
	/*  6 */ '  outlet: null',
	/*  7 */ '  author: null',
	/*  8 */ '  date: null',
	/*  9 */ 'paragraphs:',
	/* 10 */ `  - fr: "${P1}"`,
	/* 11 */ '    en: "Baku says it has retaken control of heights in Nagorno-Karabakh."',
	/* 12 */ '  - kind: caption',
	/* 13 */ `    fr: "${P2}"`,
	/* 14 */ '    en: "Photo of a drone strike in the Karabakh ridge."',
	/* 15 */ `  - fr: "${P3}"`,
	/* 16 */ '    en: "According to the Artsakh army, Baku wrongly says the ceasefire holds. The army of the State denies it."'
];

const GLOSSARY = [
	/*  1 */ 'terms:',
	/*  2 */ '  - id: haut-karabakh',
	/*  3 */ '    lemma: Haut-Karabakh',
	/*  4 */ '    forms:',
	/*  5 */ '      - Haut-Karabakh',
	/*  6 */ '    pos: proper-noun',
	/*  7 */ '    en: Nagorno-Karabakh',
	/*  8 */ '    definition: Une région montagneuse du Caucase.',
	/*  9 */ '  - id: karabakh',
	/* 10 */ '    lemma: Karabakh',
	/* 11 */ '    forms:',
	/* 12 */ '      - Karabakh',
	/* 13 */ '    pos: proper-noun',
	/* 14 */ '    en: Karabakh',
	/* 15 */ '    definition: Une région du Caucase.',
	/* 16 */ '  - id: armee',
	/* 17 */ '    lemma: armée',
	/* 18 */ '    forms:',
	/* 19 */ '      - armée',
	/* 20 */ '    pos: noun',
	/* 21 */ '    gender: f',
	/* 22 */ '    en: army',
	/* 23 */ '    definition: Les soldats d’un pays.',
	/* 24 */ '  - id: artsakh',
	/* 25 */ '    lemma: Artsakh',
	/* 26 */ '    forms:',
	/* 27 */ '      - Artsakh',
	/* 28 */ '    pos: proper-noun',
	/* 29 */ '    en: Artsakh',
	/* 30 */ '    definition: Le nom arménien du Haut-Karabakh.',
	/* 31 */ '  - id: cessez-le-feu',
	/* 32 */ '    lemma: cessez-le-feu',
	/* 33 */ '    forms:',
	/* 34 */ '      - cessez-le-feu',
	/* 35 */ '    pos: noun',
	/* 36 */ '    gender: m',
	/* 37 */ '    en: ceasefire',
	/* 38 */ '    definition: L’arrêt des combats.',
	/* 39 */ '  - id: etat',
	/* 40 */ '    lemma: État',
	/* 41 */ '    forms:',
	/* 42 */ '      - État',
	/* 43 */ '    pos: noun',
	/* 44 */ '    gender: m',
	/* 45 */ '    en: State',
	/* 46 */ '    definition: Un pays et son gouvernement.',
	/* 47 */ '  - id: frappe',
	/* 48 */ '    lemma: frappe',
	/* 49 */ '    forms:',
	/* 50 */ '      - frappe',
	/* 51 */ '    pos: noun',
	/* 52 */ '    gender: f',
	/* 53 */ '    en: strike',
	/* 54 */ '    definition: Une attaque par les airs.'
];

const ANNOTATIONS = [
	/*  1 */ 'speakers:',
	/*  2 */ '  - { id: artsakh, name: { fr: L’armée d’Artsakh, en: The Artsakh army }, label: { fr: Artsakh, en: Artsakh }, role: party }',
	/*  3 */ '  - { id: baku, name: { fr: Bakou, en: Baku }, label: { fr: Bakou, en: Baku }, role: party }',
	/*  4 */ '  - { id: journalist, name: { fr: Le journaliste, en: The journalist }, label: { fr: Journaliste, en: Journalist }, role: journalist }',
	/*  5 */ 'annotations:',
	/*  6 */ '  - id: selon-armee',
	/*  7 */ '    kind: source',
	/*  8 */ '    speaker: artsakh',
	/*  9 */ '    anchor:',
	/* 10 */ '      quote: Selon l’armée d’Artsakh, Bakou affirme à tort que le cessez-le-feu tient.',
	/* 11 */ '    explanation:',
	/* 12 */ '      fr: La source est une des parties au conflit.',
	/* 13 */ '      en: The source is one side of the conflict.',
	/* 14 */ '  - id: affirme',
	/* 15 */ '    kind: reporting-verb',
	/* 16 */ '    distance: neutral',
	/* 17 */ '    anchor:',
	/* 18 */ '      quote: affirme',
	/* 19 */ '      paragraph: 3',
	/* 20 */ '    explanation:',
	/* 21 */ '      fr: « Affirmer » ne dit pas si c’est vrai.',
	/* 22 */ '      en: “Affirmer” does not say whether it is true.',
	/* 23 */ '  - id: a-tort',
	/* 24 */ '    kind: claim',
	/* 25 */ '    speaker: artsakh',
	/* 26 */ '    claim: { fr: Le cessez-le-feu ne tient pas., en: The ceasefire does not hold. }',
	/* 27 */ '    evidence: null',
	/* 28 */ '    status: unconfirmed',
	/* 29 */ '    anchor:',
	/* 30 */ '      quote: à tort',
	/* 31 */ '      prefix: "affirme "',
	/* 32 */ '      suffix: " que"',
	/* 33 */ '    explanation:',
	/* 34 */ '      fr: Le journaliste prend parti.',
	/* 35 */ '      en: The journalist takes sides.',
	/* 36 */ '  - { id: p1, kind: source, speaker: baku, anchor: { quote: Bakou affirme avoir repris, paragraph: 1 }, explanation: { fr: Bakou., en: Baku. } }',
	/* 37 */ '  - { id: p2, kind: source, speaker: journalist, anchor: { quote: Photo }, explanation: { fr: La légende., en: The caption. } }',
	/* 38 */ '  - { id: p3, kind: source, speaker: journalist, anchor: { quote: L’armée de l’État dément. }, explanation: { fr: Sans source., en: No source. } }'
];

const QUIZ = [
	/*  1 */ 'questions:',
	/*  2 */ '  - id: qui-parle',
	/*  3 */ '    skill: source',
	/*  4 */ '    prompt:',
	/*  5 */ '      fr: Qui dit que le cessez-le-feu tient ?',
	/*  6 */ '      en: Who says the ceasefire holds?',
	/*  7 */ '    type: single',
	/*  8 */ '    options:',
	/*  9 */ '      - id: bakou',
	/* 10 */ '        text: { fr: Bakou, en: Baku }',
	/* 11 */ '        correct: true',
	/* 12 */ '      - id: artsakh',
	/* 13 */ '        text: { fr: L’armée d’Artsakh, en: The Artsakh army }',
	/* 14 */ '    feedback:',
	/* 15 */ '      fr: « Bakou affirme » le dit.',
	/* 16 */ '      en: “Bakou affirme” says so.',
	/* 17 */ '    evidence:',
	/* 18 */ '      - quote: Bakou affirme',
	/* 19 */ '        paragraph: 3',
	/* 20 */ '      - quote: cessez-le-feu'
];

type FileContent = string | readonly string[] | Uint8Array;

/** A lesson folder in memory. Arrays of lines are joined with "\n"; strings are taken as is. */
function folder(files: Record<string, FileContent>, id = ID): LessonFolder {
	const encoder = new TextEncoder();
	return {
		id,
		label: 'questions/' + id,
		files: new Map(
			Object.entries(files).map(([name, content]) => [
				name,
				content instanceof Uint8Array
					? content
					: encoder.encode(typeof content === 'string' ? content : content.join('\n'))
			])
		)
	};
}

const VALID = {
	'lesson.yaml': LESSON,
	'glossary.yaml': GLOSSARY,
	'annotations.yaml': ANNOTATIONS,
	'quiz.yaml': QUIZ
};

/** The valid lesson with some files replaced (or added). */
const load = (files: Record<string, FileContent>, id = ID) =>
	buildLesson(folder({ ...VALID, ...files }, id));

/** `lines` with line `n` (1-based) replaced by `text` (or by several lines). */
function withLine(lines: readonly string[], n: number, ...text: string[]): string[] {
	expect(n, `line ${n} exists`).toBeLessThanOrEqual(lines.length);
	return [...lines.slice(0, n - 1), ...text, ...lines.slice(n)];
}

/** `lines` without line `n` (1-based). */
const withoutLine = (lines: readonly string[], n: number) => withLine(lines, n);

/** `lines` with `more` inserted after line `n`. */
const withLinesAfter = (lines: readonly string[], n: number, ...more: string[]) => [
	...lines.slice(0, n),
	...more,
	...lines.slice(n)
];

/**
 * Line and column (1-based) where `from` starts on the one line of `lines` that is exactly
 * `lineText`: the place a teacher's editor jumps to.
 */
function at(lines: readonly string[], lineText: string, from = lineText.trimStart()) {
	const index = lines.indexOf(lineText);
	if (index === -1) throw new Error(`no line ${JSON.stringify(lineText)} in the layout`);
	if (lines.lastIndexOf(lineText) !== index) throw new Error(`line ${lineText} is not unique`);
	const column = lineText.indexOf(from);
	if (column === -1) throw new Error(`${JSON.stringify(from)} is not on ${lineText}`);
	return { line: index + 1, column: column + 1 };
}

interface Expected {
	file: string;
	line: number;
	column: number;
	/** Substrings the message must contain. */
	message: string[];
	/** Substrings the fix must contain. */
	fix: string[];
}

const listed = (problems: readonly Problem[]) =>
	problems.length === 0 ? '(no problem)' : problems.map(formatProblem).join('\n');

function expectProblem(problem: Problem | undefined, expected: Expected, all: readonly Problem[]) {
	expect(problem, `expected a problem in ${expected.file}, got:\n${listed(all)}`).toBeDefined();
	const p = problem!;
	const shown = formatProblem(p);
	expect(p.file, shown).toBe(expected.file);
	expect({ line: p.line, column: p.column }, shown).toEqual({
		line: expected.line,
		column: expected.column
	});
	for (const part of expected.message) expect(p.message, shown).toContain(part);
	for (const part of expected.fix) expect(p.fix, shown).toContain(part);
}

/** The lesson is refused with exactly this one problem. */
function expectOnlyProblem(result: LessonResult, expected: Expected) {
	expect(result.lesson).toBeNull();
	expect(result.problems, listed(result.problems)).toHaveLength(1);
	expectProblem(result.problems[0], expected, result.problems);
}

/** The lesson is refused, and among its problems is one whose message contains `key`. */
function expectSomeProblem(result: LessonResult, key: string, expected: Expected) {
	expect(result.lesson).toBeNull();
	const problem = result.problems.find((p) => p.message.includes(key));
	expectProblem(problem, expected, result.problems);
}

function loaded(result: LessonResult) {
	expect(result.problems, listed(result.problems)).toEqual([]);
	expect(result.lesson).not.toBeNull();
	return result.lesson!;
}

// ---------------------------------------------------------------------------------------------

describe('buildLesson: a valid lesson', () => {
	it('is accepted as written, with no problem', () => {
		const lesson = loaded(load({}));
		expect(lesson.id).toBe(ID);
		expect(lesson.title).toEqual({ fr: 'La revanche de Bakou', en: 'Baku’s revenge' });
		expect(lesson.level).toBe('B1');
		expect(lesson.source).toEqual({ outlet: null, author: null, date: null });
		expect(lesson.lens).toEqual([]);
	});

	it('numbers the paragraphs from 1, keeps their text, and marks the photo caption', () => {
		const lesson = loaded(load({}));
		expect(lesson.paragraphs.map((p) => [p.number, p.kind, p.fr])).toEqual([
			[1, 'text', P1],
			[2, 'caption', P2],
			[3, 'text', P3]
		]);
		expect(lesson.paragraphs[1]!.en).toBe('Photo of a drone strike in the Karabakh ridge.');
	});

	it('works out the reading time from the length of a short text: at least 1 minute', () => {
		const lesson = loaded(load({}));
		expect(lesson.wordCount).toBe(countWords(P1) + countWords(P2) + countWords(P3));
		expect(lesson.readingMinutes).toBe(1);
	});

	it('works out the reading time of a longer text at 120 words a minute', () => {
		const sentence = 'Bakou affirme avoir gagné. '; // 4 words
		const long = withLine(LESSON, 15, `  - fr: "${sentence.repeat(90).trim()}"`); // 360 words
		const lesson = loaded(
			load({
				'lesson.yaml': long,
				'glossary.yaml': ['terms: []'],
				'annotations.yaml': ['annotations: []'],
				'quiz.yaml': ['questions: []']
			})
		);
		expect(lesson.wordCount).toBe(countWords(P1) + countWords(P2) + 360);
		expect(lesson.readingMinutes).toBe(Math.round(lesson.wordCount / 120));
		expect(lesson.readingMinutes).toBe(3);
	});

	it('keeps a reading time the teacher wrote', () => {
		const lesson = loaded(load({ 'lesson.yaml': withLinesAfter(LESSON, 4, 'readingMinutes: 7') }));
		expect(lesson.readingMinutes).toBe(7);
	});

	it('sorts the glossary by French lemma: accents and capitals do not send a word to the end', () => {
		const lesson = loaded(load({}));
		expect(lesson.glossary.map((t) => t.lemma)).toEqual([
			'armée',
			'Artsakh',
			'cessez-le-feu',
			'État',
			'frappe',
			'Haut-Karabakh',
			'Karabakh'
		]);
	});

	it('marks glossary terms in each paragraph, in reading order, longest match first', () => {
		const lesson = loaded(load({}));
		const marks = lesson.paragraphs.map((p) =>
			p.terms.map((t) => `${t.termId}:${p.fr.slice(t.start, t.end)}${t.first ? '' : ' (again)'}`)
		);
		expect(marks).toEqual([
			// "Haut-Karabakh" wins over the shorter "Karabakh" inside it.
			['haut-karabakh:Haut-Karabakh'],
			['frappe:frappe', 'karabakh:Karabakh'],
			// After an elision: "l’armée" marks "armée", "d’Artsakh" marks "Artsakh", "l’État" "État".
			[
				'armee:armée',
				'artsakh:Artsakh',
				'cessez-le-feu:cessez-le-feu',
				'armee:armée (again)',
				'etat:État'
			]
		]);
	});

	it('resolves each annotation anchor to a range that slices to the quoted words', () => {
		const lesson = loaded(load({}));
		expect(lesson.annotations.map((a) => a.id)).toEqual([
			'selon-armee',
			'affirme',
			'a-tort',
			'p1',
			'p2',
			'p3'
		]);
		for (const annotation of lesson.annotations) {
			const { paragraph, start, end } = annotation.range;
			expect(lesson.paragraphs[paragraph]!.fr.slice(start, end)).toBe(annotation.anchor.quote);
		}
		// "affirme" is in paragraphs 1 and 3; "paragraph: 3" picks the third (index 2).
		expect(lesson.annotations[1]!.range.paragraph).toBe(2);
		expect(lesson.annotations[0]!.kind).toBe('source');
		expect(lesson.annotations[0]!.explanation.en).toBe('The source is one side of the conflict.');
	});

	it('resolves the evidence of each quiz question to ranges that slice to the quoted words', () => {
		const lesson = loaded(load({}));
		expect(lesson.questions).toHaveLength(1);
		const [question] = lesson.questions;
		expect(question!.skill).toBe('source');
		expect(question!.evidenceRanges).toHaveLength(2);
		const quoted = question!.evidenceRanges.map(({ paragraph, start, end }) =>
			lesson.paragraphs[paragraph]!.fr.slice(start, end)
		);
		expect(quoted).toEqual(['Bakou affirme', 'cessez-le-feu']);
		expect(question!.evidenceRanges[0]!.paragraph).toBe(2);
	});

	it('accepts files saved on Windows: CRLF line ends and a byte-order mark', () => {
		const crlf = (lines: readonly string[]) => '\uFEFF' + lines.join('\r\n') + '\r\n';
		const lesson = loaded(
			load({
				'lesson.yaml': crlf(LESSON),
				'glossary.yaml': crlf(GLOSSARY),
				'annotations.yaml': crlf(ANNOTATIONS),
				'quiz.yaml': crlf(QUIZ)
			})
		);
		expect(lesson.paragraphs.map((p) => p.fr)).toEqual([P1, P2, P3]);
		expect(lesson.title.fr).toBe('La revanche de Bakou');
	});

	it('ignores files that are not YAML, such as a README or a photo', () => {
		loaded(load({ 'README.md': '# notes', 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }));
	});

	it('loads a lesson that has only lesson.yaml: glossary, annotations and quiz are optional', () => {
		let result: LessonResult | undefined;
		expect(() => {
			result = buildLesson(folder({ 'lesson.yaml': LESSON }));
		}, 'buildLesson must not throw when glossary.yaml is absent').not.toThrow();
		const lesson = loaded(result!);
		expect(lesson.glossary).toEqual([]);
		expect(lesson.annotations).toEqual([]);
		expect(lesson.questions).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: YAML that cannot be read', () => {
	const file = `${DIR}/lesson.yaml`;

	it('points at the line whose closing quote is missing', () => {
		const broken = `  - fr: "${P1}`; // line 10, no closing "
		const result = load({ 'lesson.yaml': withLine(LESSON, 10, broken) });
		expectOnlyProblem(result, {
			file,
			line: 10,
			column: 9, // the opening quotation mark
			message: ['closing quotation mark', 'opened on this line'],
			fix: ['add the closing quotation mark']
		});
	});

	it('points at the unclosed quote, not at the end of the file, when the next lines are not quoted', () => {
		const broken = `  - fr: "${P1}`; // line 10, no closing "
		const lines = [
			...LESSON.slice(0, 9),
			/* 10 */ broken,
			/* 11 */ '    en: Baku says it has retaken control.',
			/* 12 */ '  - fr: Deux militaires ont été tués.',
			/* 13 */ '    en: Two soldiers were killed.',
			/* 14 */ '  - fr: Le cessez-le-feu tient.',
			/* 15 */ '    en: The ceasefire holds.'
		];
		const result = buildLesson(folder({ 'lesson.yaml': lines, 'glossary.yaml': ['terms: []'] }));
		expect(result.lesson).toBeNull();
		const problem = result.problems.find((p) => p.message.includes('closing'));
		expect(problem, listed(result.problems)).toBeDefined();
		const shown = formatProblem(problem!);
		expect(problem!.file, shown).toBe(file);
		expect(problem!.line, shown).toBe(10);
		// At the opening quote, or at the end of its line where the closing one is missing.
		expect([9, broken.length + 1], shown).toContain(problem!.column);
	});

	it('points at a line indented less than the block it belongs to', () => {
		const bad = ' en: Baku’s revenge'; // line 3, one space instead of two
		const result = load({ 'lesson.yaml': withLine(LESSON, 3, bad) });
		expectOnlyProblem(result, {
			file,
			line: 3,
			column: 1,
			message: ['YAML syntax', 'same column'],
			fix: ['indentation']
		});
	});

	it('points at a line indented more than the block it belongs to, once', () => {
		const bad = '      en: Baku’s revenge'; // line 3, six spaces instead of two
		const result = load({ 'lesson.yaml': withLine(LESSON, 3, bad) });
		expectOnlyProblem(result, {
			file,
			line: 3,
			column: 7,
			message: ['indented more than the fields of its block'],
			fix: ['line it up with the field above it']
		});
	});

	it('says tabs cannot indent, on the line with the tab', () => {
		const result = load({ 'lesson.yaml': withLine(LESSON, 3, '\ten: Baku’s revenge') });
		expectOnlyProblem(result, {
			file,
			line: 3,
			column: 1,
			message: ['YAML syntax', 'Tabs'],
			fix: ['indent with spaces, not tabs']
		});
	});

	it('says a field appears twice, on its second occurrence', () => {
		const twice = withLine(LESSON, 3, '  fr: La vengeance de Bakou', '  en: Baku’s revenge');
		const result = load({ 'lesson.yaml': twice });
		expectOnlyProblem(result, {
			file,
			...at(twice, '  fr: La vengeance de Bakou', 'fr'),
			message: ['the field "fr" appears twice'],
			fix: ['keep one']
		});
	});

	it('says where a byte is not UTF-8: a Latin-1 "é" (0xE9) on line 3', () => {
		const before = '  fr: La revanche de Bakou, un d'; // then 0xE9 (é in Latin-1), then "fi"
		const encoder = new TextEncoder();
		const bytes = new Uint8Array([
			...encoder.encode(['title:', '  en: Baku’s revenge', before].join('\n')),
			0xe9,
			...encoder.encode(['fi', ...LESSON.slice(3)].join('\n'))
		]);
		const result = load({ 'lesson.yaml': bytes });
		expectOnlyProblem(result, {
			file,
			line: 3,
			column: before.length + 1,
			message: ['not UTF-8'],
			fix: ['save the file again as UTF-8']
		});
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: lesson.yaml that does not follow the lesson format', () => {
	const file = `${DIR}/lesson.yaml`;

	it('says a required field is missing: no "level"', () => {
		const noLevel = withoutLine(LESSON, 4);
		const result = load({ 'lesson.yaml': noLevel });
		expectOnlyProblem(result, {
			file,
			line: 1,
			column: 1,
			message: ['missing field "level"'],
			fix: ['level:']
		});
	});

	it('says a required field is missing inside a block: title without "en"', () => {
		const noEn = withoutLine(LESSON, 3);
		const result = load({ 'lesson.yaml': noEn });
		expectOnlyProblem(result, {
			file,
			...at(noEn, '  fr: La revanche de Bakou', 'fr'),
			message: ['missing field "en"'],
			fix: ['add "en:"']
		});
	});

	it('says a level given as a number is not a level, and lists the levels', () => {
		const bad = withLine(LESSON, 4, 'level: 3');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'level: 3', '3'),
			message: ['"level"', 'the number 3'],
			fix: ['A1, A2, B1, B2, C1, C2']
		});
	});

	it('says a reading time written in words should be a number', () => {
		const bad = withLinesAfter(LESSON, 4, 'readingMinutes: "five"');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'readingMinutes: "five"', '"five"'),
			message: ['"readingMinutes"', 'a number', 'the text "five"'],
			fix: ['number']
		});
	});

	it('says a reading time must be a whole number of minutes', () => {
		const bad = withLinesAfter(LESSON, 4, 'readingMinutes: 2.5');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'readingMinutes: 2.5', '2.5'),
			message: ['"readingMinutes"', 'whole number', '2.5'],
			fix: ['whole number']
		});
	});

	it('says a level that does not exist (B3) is not one of A1–C2', () => {
		const bad = withLine(LESSON, 4, 'level: B3');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'level: B3', 'B3'),
			message: ['"level"', '"B3"'],
			fix: ['use one of: A1, A2, B1, B2, C1, C2']
		});
	});

	it('says a paragraph kind that does not exist is not "text" or "caption"', () => {
		const bad = withLine(LESSON, 12, '  - kind: photo');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '  - kind: photo', 'photo'),
			message: ['"kind"', '"photo"'],
			fix: ['text, caption']
		});
	});

	it('says a paragraph with only spaces is empty, on that paragraph', () => {
		const bad = withLine(LESSON, 10, '  - fr: "   "');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '  - fr: "   "', '"'),
			message: ['"fr" is empty'],
			fix: ['write the text']
		});
	});

	it('says a lesson with no paragraph has no paragraph', () => {
		const bad = [...LESSON.slice(0, 8), 'paragraphs: []'];
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'paragraphs: []', '[]'),
			message: ['"paragraphs" needs at least 1 item'],
			fix: ['add items', '- ']
		});
	});

	it('says a field the format does not know is unknown, and lists the allowed fields', () => {
		const bad = withLinesAfter(LESSON, 4, 'levle: B1');
		const result = load({ 'lesson.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, 'levle: B1', 'levle'),
			message: ['unknown field "levle"'],
			fix: ['did you mean "level"?', 'title', 'paragraphs']
		});
	});

	it('says the file must be a block of fields when it is a list', () => {
		const result = load({ 'lesson.yaml': ['- Bakou affirme.', '- Deux militaires.'] });
		expectOnlyProblem(result, {
			file,
			line: 1,
			column: 1,
			message: ['should be a block of fields', 'it is a list'],
			fix: ['block of fields']
		});
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: the lesson folder', () => {
	it('says lesson.yaml is missing, and what to put in it', () => {
		const result = buildLesson(
			folder({ 'glossary.yaml': GLOSSARY, 'annotations.yaml': ANNOTATIONS, 'quiz.yaml': QUIZ })
		);
		expectOnlyProblem(result, {
			file: `${DIR}/lesson.yaml`,
			line: 1,
			column: 1,
			message: ['no lesson.yaml'],
			fix: ['create lesson.yaml', 'title', 'level', 'paragraphs']
		});
	});

	it('says lesson.yaml is missing in an empty folder, without crashing', () => {
		let result: LessonResult | undefined;
		expect(() => {
			result = buildLesson(folder({}));
		}, 'buildLesson must not throw on an empty folder').not.toThrow();
		expectOnlyProblem(result!, {
			file: `${DIR}/lesson.yaml`,
			line: 1,
			column: 1,
			message: ['no lesson.yaml'],
			fix: ['create lesson.yaml']
		});
	});

	it('says a misspelled glosary.yaml is not a lesson file, and names the right one', () => {
		// The teacher's only glossary is the misspelled file: glossary.yaml itself is absent.
		let result: LessonResult | undefined;
		expect(() => {
			result = buildLesson(
				folder({
					'lesson.yaml': LESSON,
					'glosary.yaml': GLOSSARY,
					'annotations.yaml': ANNOTATIONS,
					'quiz.yaml': QUIZ
				})
			);
		}, 'buildLesson must not throw when glossary.yaml is absent').not.toThrow();
		expectOnlyProblem(result!, {
			file: `${DIR}/glosary.yaml`,
			line: 1,
			column: 1,
			message: ['unknown lesson file "glosary.yaml"'],
			fix: ['glossary.yaml']
		});
	});

	it('says an extra YAML file next to the lesson files is not a lesson file', () => {
		const result = load({ 'notes.yml': ['todo: relire'] });
		expectOnlyProblem(result, {
			file: `${DIR}/notes.yml`,
			line: 1,
			column: 1,
			message: ['unknown lesson file "notes.yml"'],
			fix: ['lesson.yaml, glossary.yaml, annotations.yaml, quiz.yaml', 'move it out']
		});
	});

	it('says a folder name with capitals and a space cannot be a lesson id', () => {
		const result = load({}, 'Mon Cours');
		expectOnlyProblem(result, {
			file: 'questions/Mon Cours',
			line: 1,
			column: 1,
			message: ['"Mon Cours"', 'cannot be a lesson id'],
			fix: ['rename the folder', 'lower-case letters a–z, digits and hyphens', '"mon-cours"']
		});
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: glossary.yaml', () => {
	const file = `${DIR}/glossary.yaml`;

	it('says a misspelled field is unknown and suggests the right one: lemme → lemma', () => {
		const bad = withLine(GLOSSARY, 10, '    lemme: Karabakh');
		const result = load({ 'glossary.yaml': bad });
		expectSomeProblem(result, 'unknown field', {
			file,
			...at(bad, '    lemme: Karabakh', 'lemme'),
			message: ['unknown field "lemme"'],
			fix: ['did you mean "lemma"?', 'fields allowed here', 'forms']
		});
		// The entry also lacks its lemma now: "did you mean" says it, once, on the misspelt line.
		expect(result.problems).toHaveLength(1);
	});

	it('says a form that never occurs in the text does not occur', () => {
		const bad = withLinesAfter(GLOSSARY, 12, '      - Karabagh');
		const result = load({ 'glossary.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      - Karabagh', 'Karabagh'),
			message: ['the form "Karabagh" does not occur in the text'],
			fix: ['copy the form exactly as it is written in the text, or remove it']
		});
	});

	it('says a form found only inside a longer form of another term is never shown: Karabakh in Haut-Karabakh', () => {
		// Paragraph 2 no longer has "Karabakh" on its own: it is left only inside "Haut-Karabakh".
		const lesson = withLine(
			LESSON,
			13,
			'    fr: "Photo d’une frappe de drone dans la crête du Caucase."'
		);
		const result = load({ 'lesson.yaml': lesson });
		expectOnlyProblem(result, {
			file,
			...at(GLOSSARY, '      - Karabakh', 'Karabakh'),
			message: ['"Karabakh"', 'never marked', 'overlaps "haut-karabakh"', 'longer'],
			fix: ['remove it, or merge this entry with "haut-karabakh"']
		});
	});

	it('says a glossary id is used twice, on the second one', () => {
		const bad = withLine(GLOSSARY, 24, '  - id: karabakh'); // the Artsakh entry, copy-pasted
		const result = load({ 'glossary.yaml': bad });
		expectOnlyProblem(result, {
			file,
			line: 24,
			column: 9,
			message: ['glossary id "karabakh" is used twice', 'item 2'],
			fix: ['its own id']
		});
	});

	it('puts a missing form of a copy-pasted entry (duplicate id) on that entry, not on the first one', () => {
		const bad = withLine(withLine(GLOSSARY, 27, '      - Artsak'), 24, '  - id: karabakh');
		const result = load({ 'glossary.yaml': bad });
		expectSomeProblem(result, 'does not occur', {
			file,
			...at(bad, '      - Artsak', 'Artsak'),
			message: ['the form "Artsak" does not occur in the text'],
			fix: ['copy the form exactly']
		});
	});

	it('says the same form belongs to two entries, on the second one', () => {
		// A second entry for the region, with the form in lower case: forms compare without case.
		const bad = [
			...GLOSSARY,
			'  - id: region',
			'    lemma: région',
			'    forms:',
			'      - karabakh',
			'    pos: noun',
			'    gender: f',
			'    en: region',
			'    definition: Une partie d’un pays.'
		];
		const result = load({ 'glossary.yaml': bad });
		expectSomeProblem(result, 'also belongs to', {
			file,
			...at(bad, '      - karabakh', 'karabakh'),
			message: ['the form "karabakh" also belongs to "karabakh"'],
			fix: ['keep each form in one entry only']
		});
	});

	it('says the same form in two entries once, without calling the other entry "longer"', () => {
		const bad = [
			...GLOSSARY,
			'  - id: region',
			'    lemma: région',
			'    forms:',
			'      - karabakh',
			'    pos: noun',
			'    gender: f',
			'    en: region',
			'    definition: Une partie d’un pays.'
		];
		const result = load({ 'glossary.yaml': bad });
		expect(
			result.problems.map((p) => p.message),
			listed(result.problems)
		).toEqual(['the form "karabakh" also belongs to "karabakh"']);
	});

	it('says a noun has no gender, on its part of speech', () => {
		const bad = withoutLine(GLOSSARY, 52); // frappe loses its "gender: f" (line 52)
		expect(bad[51 - 1]).toBe('    pos: noun'); // frappe's part of speech stays on line 51
		const result = load({ 'glossary.yaml': bad });
		expectOnlyProblem(result, {
			file,
			line: 51,
			column: '    pos: noun'.indexOf('noun') + 1,
			message: ['the noun "frappe" has no gender'],
			fix: ['gender: m', 'gender: f']
		});
	});
});

// ---------------------------------------------------------------------------------------------

/** One annotation, 8 lines, with the given anchor lines (indented under "anchor:"). */
const annotation = (id: string, ...anchor: string[]) => [
	`  - id: ${id}`,
	'    kind: hedge',
	'    marker: other',
	'    anchor:',
	...anchor.map((line) => `      ${line}`),
	'    explanation:',
	'      fr: Une note.',
	'      en: A note.'
];

describe('buildLesson: annotations.yaml anchors', () => {
	const file = `${DIR}/annotations.yaml`;

	it('says a quote is not found in the text, on the quote', () => {
		const bad = [...ANNOTATIONS, ...annotation('moscou', 'quote: Moscou affirme')];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      quote: Moscou affirme', 'Moscou'),
			message: ['quote "Moscou affirme" not found in the text'],
			fix: ['copy the exact words from lesson.yaml', 'accents']
		});
	});

	it('says a quote that occurs twice is ambiguous, where, and suggests a prefix/suffix or a paragraph', () => {
		const bad = [...ANNOTATIONS, ...annotation('bakou-affirme', 'quote: Bakou affirme')];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      quote: Bakou affirme', 'Bakou'),
			message: ['quote "Bakou affirme" is ambiguous', '2 times', 'paragraph 1, 3'],
			fix: ['paragraph: N', 'prefix', 'suffix']
		});
	});

	it("says a quote with ' where the text has ’ differs only in apostrophes, and in which paragraph", () => {
		const bad = [...ANNOTATIONS, ...annotation('armee', "quote: Selon l'armée")];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, "      quote: Selon l'armée", 'Selon'),
			message: [`quote "Selon l'armée" not found`, 'paragraph 3', 'apostrophes'],
			fix: ["’ not '"]
		});
	});

	it('says an anchor paragraph number is out of range, and how many paragraphs there are', () => {
		const bad = [...ANNOTATIONS, ...annotation('loin', 'quote: Bakou', 'paragraph: 4')];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      quote: Bakou', 'Bakou'),
			message: ['paragraph 4 does not exist', 'the lesson has 3'],
			fix: ['from 1 to 3']
		});
	});

	it('says an annotation id is used twice, on the second one', () => {
		const bad = [...ANNOTATIONS, ...annotation('affirme', 'quote: Bakou affirme', 'paragraph: 1')];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			line: ANNOTATIONS.length + 1,
			column: 9,
			message: ['annotation id "affirme" is used twice'],
			fix: ['its own id']
		});
	});

	it('says an empty prefix is empty, in plain words', () => {
		const bad = [
			...ANNOTATIONS,
			...annotation('vide', 'quote: Bakou affirme', 'paragraph: 1', 'prefix: ""')
		];
		const result = load({ 'annotations.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      prefix: ""', '""'),
			message: ['"prefix"', 'empty'],
			fix: ['remove the line']
		});
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: quiz.yaml', () => {
	const file = `${DIR}/quiz.yaml`;

	it('says a question id is used twice, on the second one', () => {
		const bad = [...QUIZ, ...withLine(QUIZ.slice(1), 2, '    skill: hedge')];
		const result = load({ 'quiz.yaml': bad });
		expectOnlyProblem(result, {
			file,
			line: QUIZ.length + 1,
			column: 9,
			message: ['question id "qui-parle" is used twice', 'item 1'],
			fix: ['give each one its own id']
		});
	});

	it('says an evidence quote is not found, on that quote in quiz.yaml', () => {
		const bad = [...QUIZ, '      - quote: Moscou dément'];
		const result = load({ 'quiz.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '      - quote: Moscou dément', 'Moscou'),
			message: ['quote "Moscou dément" not found'],
			fix: ['copy the exact words']
		});
	});

	// Two questions: the seed layout and a copy of it under another id.
	const TWO = [...QUIZ, ...withLine(QUIZ.slice(1), 1, '  - id: qui-dement')];

	it('puts every question on the core path when quiz.yaml has no core list', () => {
		expect(loaded(load({ 'quiz.yaml': TWO })).corePath).toEqual(['qui-parle', 'qui-dement']);
	});

	it('keeps the core path in quiz order, whatever the order of the core list', () => {
		const quiz = ['core: [qui-dement, qui-parle]', ...TWO];
		expect(loaded(load({ 'quiz.yaml': quiz })).corePath).toEqual(['qui-parle', 'qui-dement']);
		const one = ['core:', '  - qui-dement', ...TWO];
		expect(loaded(load({ 'quiz.yaml': one })).corePath).toEqual(['qui-dement']);
	});

	it('says a core id that names no question, on that id, in French too', () => {
		const bad = ['core:', '  - qui-parle', '  - qui-ment', ...TWO];
		const result = load({ 'quiz.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '  - qui-ment', 'qui-ment'),
			message: ['core path lists "qui-ment"', 'not a question of this quiz'],
			fix: ['exact id of a question']
		});
		const french = problemIn(result.problems[0]!, 'fr');
		expect(french.message).toContain('le parcours essentiel cite « qui-ment »');
		expect(french.fix).toContain('identifiant exact');
	});

	it('says a core id listed twice, on the second one', () => {
		const bad = ['core:', '  - qui-parle', '  - qui-dement', '  - qui-parle', ...TWO];
		const result = load({ 'quiz.yaml': bad });
		expectOnlyProblem(result, {
			file,
			line: 4,
			column: 5,
			message: ['core path lists "qui-parle" twice', 'item 1'],
			fix: ['only once']
		});
	});

	it('says a skill that does not exist is not one of the skills', () => {
		const bad = withLine(QUIZ, 3, '    skill: opinion');
		const result = load({ 'quiz.yaml': bad });
		expectOnlyProblem(result, {
			file,
			...at(bad, '    skill: opinion', 'opinion'),
			message: ['"skill"', '"opinion"'],
			fix: ['source', 'hedge', 'vocabulary', 'comprehension']
		});
	});
});

// ---------------------------------------------------------------------------------------------

describe('buildLesson: several problems at once', () => {
	it('reports every format problem of every file, and the folder problems, in one go', () => {
		const lesson = withLine(LESSON, 4, 'level: B3');
		const glossary = withLine(GLOSSARY, 10, '    lemme: Karabakh');
		const annotations = withLine(ANNOTATIONS, 7, '    kind: opinion');
		const quiz = withLine(QUIZ, 3, '    skill: opinion');
		const result = buildLesson(
			folder(
				{
					'lesson.yaml': lesson,
					'glossary.yaml': glossary,
					'annotations.yaml': annotations,
					'quiz.yaml': quiz,
					'glosary.yaml': ['terms: []']
				},
				'Mon Cours'
			)
		);
		expect(result.lesson).toBeNull();
		const where = result.problems.map((p) => `${p.file}:${p.line}:${p.column}`).sort();
		expect(where, listed(result.problems)).toEqual(
			[
				'questions/Mon Cours:1:1',
				'questions/Mon Cours/glosary.yaml:1:1',
				'questions/Mon Cours/lesson.yaml:4:8',
				'questions/Mon Cours/glossary.yaml:10:5', // unknown "lemme" (did you mean "lemma")
				'questions/Mon Cours/annotations.yaml:7:11',
				'questions/Mon Cours/quiz.yaml:3:12'
			].sort()
		);
	});

	it('reports every text problem of glossary, annotations and quiz together', () => {
		const glossary = withLinesAfter(GLOSSARY, 12, '      - Karabagh');
		const annotations = [
			...ANNOTATIONS,
			...annotation('moscou', 'quote: Moscou affirme'),
			...annotation('bakou-affirme', 'quote: Bakou affirme')
		];
		const quiz = [
			...QUIZ,
			'  - id: qui-parle',
			'    skill: evidence',
			'    prompt:',
			'      fr: Quelle preuve ?',
			'      en: What evidence?',
			'    type: short',
			'    answers: [aucune]',
			'    feedback: { fr: Aucune., en: None. }',
			'    evidence:',
			'      - quote: une preuve'
		];
		const result = load({
			'glossary.yaml': glossary,
			'annotations.yaml': annotations,
			'quiz.yaml': quiz
		});
		expect(result.lesson).toBeNull();
		const found = result.problems.map(
			(p) => `${p.file.slice(DIR.length + 1)}:${p.line}: ${p.message}`
		);
		expect(found.sort(), listed(result.problems)).toEqual(
			[
				`glossary.yaml:${at(glossary, '      - Karabagh').line}: the form "Karabagh" does not occur in the text`,
				`annotations.yaml:${at(annotations, '      quote: Moscou affirme').line}: quote "Moscou affirme" not found in the text`,
				`annotations.yaml:${at(annotations, '      quote: Bakou affirme').line}: quote "Bakou affirme" is ambiguous: it occurs 2 times in the text (paragraph 1, 3)`,
				`quiz.yaml:${QUIZ.length + 1}: question id "qui-parle" is used twice (also item 1)`,
				`quiz.yaml:${at(quiz, '      - quote: une preuve').line}: quote "une preuve" not found in the text`
			].sort()
		);
	});
});
