import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLesson } from '$lib/lesson/load';
import { resolveAnchor } from '$lib/lesson/anchor';
import { hasPhrase, problemIn, renderPhrase } from '$lib/lesson/problem-text';
import type { Problem } from '$lib/lesson/problems';

// The YAML mistakes a French text makes a teacher write, each as the teacher wrote it.

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

const LESSON = [
	'title: { fr: "La revanche", en: "The revenge" }',
	'level: B1',
	'source: { outlet: null, author: null, date: null }',
	'paragraphs:',
	'  - fr: "M. Benali a parlé. Le ministère prétend que tout va bien."',
	'    en: "Mr Benali spoke. The ministry claims all is well."'
];

/** The problems of a lesson whose `file` is `lines` (the other files valid or absent). */
function problemsOf(file: string, lines: string[]): Problem[] {
	const files = new Map([['lesson.yaml', encode(LESSON)]]);
	files.set(file, encode(lines));
	const result = buildLesson({ id: 'essai', label: 'questions/essai', files });
	expect(result.lesson, 'the lesson should be refused').toBeNull();
	return result.problems;
}

/** The one problem, with its line and column. */
function onlyProblem(file: string, lines: string[]): Problem {
	const problems = problemsOf(file, lines);
	const shown = problems.map((p) => `${p.line}:${p.column} ${p.message} — ${p.fix}`);
	expect(problems.length, shown.join('\n')).toBe(1);
	return problems[0]!;
}

describe('YAML mistakes of French texts', () => {
	it('says a French " : " in an unquoted text is read as a new field, and to quote the text', () => {
		const problem = onlyProblem('glossary.yaml', [
			'terms:',
			'  - id: fight',
			'    lemma: fight',
			'    forms: [Benali]',
			'    pos: noun',
			'    gender: m',
			'    en: fight',
			'    definition: Mot anglais : il faut dire « combat ».'
		]);
		expect(problem).toMatchObject({ file: 'questions/essai/glossary.yaml', line: 8, column: 29 });
		expect(problem.message).toContain('contains ":" followed by a space');
		expect(problem.fix).toContain('double quotes');
		expect(problem.fix).toContain('>-');
		expect(problem.message).not.toContain('missing its "key:"');
	});

	it('says the same for a " : " in a paragraph of lesson.yaml', () => {
		const files = new Map([
			[
				'lesson.yaml',
				encode([
					...LESSON.slice(0, 4),
					'  - fr: Le ministère a déclaré : « rien ne change ».',
					'    en: "The ministry said: “nothing changes”."'
				])
			]
		]);
		const { problems } = buildLesson({ id: 'essai', label: 'questions/essai', files });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 5, column: 32 });
		expect(problems[0]!.message).toContain('":" followed by a space');
	});

	it('says a comma in the text of a one-line { fr: …, en: … } cuts it, and to quote each text', () => {
		const problem = onlyProblem('annotations.yaml', [
			'speakers:',
			'  - id: journaliste',
			'    name: { fr: le journaliste, l’auteur du texte, en: the journalist }',
			'    label: { fr: Journaliste, en: Journalist }',
			'    role: journalist'
		]);
		expect(problem).toMatchObject({ line: 3, column: 33 });
		expect(problem.message).toBe(
			'a comma inside a text between { } cuts it: YAML reads "l’auteur du texte" as another field'
		);
		expect(problem.fix).toContain('{ fr: "Bakou, la capitale", en: "Baku, the capital" }');
	});

	it('says the same when the comma makes a field appear twice', () => {
		const problem = onlyProblem('annotations.yaml', [
			'speakers:',
			'  - id: bakou',
			'    name: { fr: Bakou, non, en: Baku, non }',
			'    label: { fr: Bakou, en: Baku }',
			'    role: party'
		]);
		expect(problem.line).toBe(3);
		expect(problem.message).toContain('a comma inside a text between { } cuts it');
		expect(problem.message).not.toContain('appears twice');
	});

	it('says a ":" inside a text between { } cannot be read there', () => {
		const problem = onlyProblem('annotations.yaml', [
			'speakers:',
			'  - id: bakou',
			'    name: { fr: Bakou, en: Baku }',
			'    label: { fr: Attention : Bakou, en: Baku }',
			'    role: party'
		]);
		expect(problem).toMatchObject({ line: 4, column: 28 });
		expect(problem.message).toContain('between { } contains ":"');
		expect(problem.fix).toContain('double quotes');
	});

	it('lists the fields allowed in a question of the type written, after an unknown field', () => {
		const problem = onlyProblem('quiz.yaml', [
			'questions:',
			'  - id: qui-parle',
			'    type: single',
			'    skill: source',
			'    prompt: { fr: "Qui parle ?", en: "Who speaks?" }',
			'    feedback: { fr: "Bakou.", en: "Baku." }',
			'    evidence: [{ quote: prétend }]',
			'    option:',
			'      - { id: a, text: { fr: Bakou, en: Baku }, correct: true }',
			'      - { id: b, text: { fr: Erevan, en: Yerevan } }'
		]);
		expect(problem).toMatchObject({ line: 8, column: 5 });
		expect(problem.message).toBe('unknown field "option"');
		expect(problem.fix).toContain('did you mean "options"?');
		expect(problem.fix).toMatch(/fields allowed here: .*prompt.*options/);
	});

	it('lists the fields of an annotation of the kind written, after an unknown field', () => {
		const problem = onlyProblem('annotations.yaml', [
			'annotations:',
			'  - id: pretend',
			'    kind: reporting-verb',
			'    distance: distancing',
			'    anchor: { quote: prétend }',
			'    explanation: { fr: "Le verbe prend ses distances.", en: "The verb keeps a distance." }',
			'    speeker: bakou'
		]);
		expect(problem.line).toBe(7);
		expect(problem.fix).toMatch(/fields allowed here: .*speaker.*distance/);
	});

	it('says a field indented too little belongs to the block above, on its own line', () => {
		const problem = onlyProblem('quiz.yaml', [
			'questions:',
			'  - id: qui-parle',
			'    type: short',
			'    skill: comprehension',
			'    prompt:',
			'      fr: "Qui a parlé le premier ?"',
			'    en: "Who spoke first?"',
			'    feedback: { fr: "M. Benali.", en: "Mr Benali." }',
			'    evidence: [{ quote: M. Benali }]',
			'    answers: [Benali]'
		]);
		expect(problem).toMatchObject({ line: 7, column: 5 });
		expect(problem.message).toBe(
			'"en" is indented as a field of item 1 of "questions", but it belongs to "prompt"'
		);
		expect(problem.fix).toBe('indent it to column 7, in line with the field on line 6');
	});

	it('says a field indented too far belongs to the block around it', () => {
		const problem = onlyProblem('quiz.yaml', [
			'questions:',
			'  - id: qui-parle',
			'    type: short',
			'    skill: comprehension',
			'    prompt:',
			'      fr: "Qui a parlé le premier ?"',
			'      en: "Who spoke first?"',
			'      feedback: { fr: "M. Benali.", en: "Mr Benali." }',
			'    evidence: [{ quote: M. Benali }]',
			'    answers: [Benali]'
		]);
		expect(problem).toMatchObject({ line: 8, column: 7 });
		expect(problem.message).toContain('"feedback" is indented as a field of "prompt"');
		expect(problem.fix).toBe('indent it to column 5, in line with the field on line 2');
	});
});

describe('ids', () => {
	it('refuses an id with accents, says why, and gives the id to write instead', () => {
		const problem = onlyProblem('glossary.yaml', [
			'terms:',
			'  - id: prétend',
			'    lemma: prétendre',
			'    forms: [prétend]',
			'    pos: verb',
			'    en: to claim',
			'    definition: Dire sans preuve.'
		]);
		expect(problem).toMatchObject({ line: 2, column: 9 });
		expect(problem.message).toBe('the id "prétend" has accents or other letters outside a–z');
		expect(problem.fix).toContain('ids appear in web addresses');
		expect(problem.fix).toContain('"pretend"');
	});

	it('says the same of a question id and a speaker named with accents', () => {
		const quiz = onlyProblem('quiz.yaml', [
			'questions:',
			'  - id: élu',
			'    type: short',
			'    skill: vocabulary',
			'    prompt: { fr: "Qui parle ?", en: "Who speaks?" }',
			'    feedback: { fr: "M. Benali.", en: "Mr Benali." }',
			'    evidence: [{ quote: M. Benali }]',
			'    answers: [Benali]'
		]);
		expect(quiz.message).toContain('"élu" has accents');
		expect(quiz.fix).toContain('"elu"');
	});
});

describe('lesson problems in the teacher’s language', () => {
	it('says a problem in French for a French teacher, in English for lessons:check', () => {
		const problem = onlyProblem('glossary.yaml', [
			'terms:',
			'  - id: élu',
			'    lemma: élu',
			'    forms: [Benali]',
			'    pos: noun',
			'    gender: m',
			'    en: elected',
			'    definition: Personne choisie par un vote.'
		]);
		const fr = problemIn(problem, 'fr');
		expect(fr.lang).toBe('fr');
		expect(fr.message).toBe(
			'l’identifiant « élu » contient des accents ou des lettres hors de a–z'
		);
		expect(fr.fix).toContain('par exemple « elu »');
		expect(problemIn(problem, 'en').message).toBe(problem.message);
	});

	it('says nested words (what a field should hold) in French too', () => {
		const problem = onlyProblem('glossary.yaml', [
			'terms:',
			'  - id: elu',
			'    lemma: élu',
			'    pos: noun',
			'    gender: m',
			'    en: elected',
			'    definition: Personne choisie par un vote.'
		]);
		const fr = problemIn(problem, 'fr');
		expect(problem.fix).toContain('a list (lines starting with "- ")');
		expect(fr.message).toBe('champ manquant : « forms »');
		expect(fr.fix).toBe(
			'ajoutez « forms: » avec une liste (lignes qui commencent par « - ») dans ce bloc'
		);
	});

	it('has every phrase the lesson modules use in both locale files', () => {
		const dir = 'src/lib/lesson';
		const used = new Set<string>();
		for (const name of readdirSync(dir)) {
			const text = readFileSync(join(dir, name), 'utf8');
			for (const match of text.matchAll(/(?:phrase|say)\(\s*'([\w.]+)'/g)) used.add(match[1]!);
		}
		expect(used.size).toBeGreaterThan(30);
		for (const key of used) {
			expect(hasPhrase(key, 'fr'), `fr: ${key}`).toBe(true);
			expect(hasPhrase(key, 'en'), `en: ${key}`).toBe(true);
		}
	});

	it('says quote problems in French, with the same English words as the anchor module', () => {
		const text = ['Bakou affirme. Bakou dément.', 'L’armée répond.'];
		const cases = [
			{ quote: 'Bakou' },
			{ quote: 'Bakou', paragraph: 1 },
			{ quote: 'Bakou', prefix: 'x ' },
			{ quote: "L'armée" },
			{ quote: 'Erevan' },
			{ quote: 'Bakou', paragraph: 5 }
		];
		for (const anchor of cases) {
			const result = resolveAnchor(text, anchor);
			if (result.ok) throw new Error(`expected a problem for ${anchor.quote}`);
			expect(renderPhrase(result.phrases.message, 'en')).toBe(result.problem);
			expect(renderPhrase(result.phrases.fix, 'en')).toBe(result.fix);
			expect(renderPhrase(result.phrases.message, 'fr')).not.toBe(result.problem);
		}
		const notFound = resolveAnchor(text, { quote: 'Erevan' });
		if (notFound.ok) throw new Error('expected a problem');
		expect(renderPhrase(notFound.phrases.message, 'fr')).toBe(
			'la citation « Erevan » n’est pas trouvée dans le texte'
		);
	});
});
