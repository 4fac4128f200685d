import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLanguage, checkLessons } from '../../../scripts/lib/lessons-check';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-check-'));
	cpSync('questions', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check in this process, as the command does, and collects what it prints. */
function check(locale = 'C') {
	const out: string[] = [];
	const err: string[] = [];
	const code = checkLessons(dir, checkLanguage({ LANG: locale }), {
		out: (line) => out.push(line),
		err: (line) => err.push(line)
	});
	return { code, out: out.join('\n') + '\n', err: err.join('\n') + '\n' };
}

const breakLevel = (file: string) =>
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^level: .+$/m, 'level: B7'));

describe('the command', () => {
	it('runs from npm with the folder as its argument and exits with the check’s code', () => {
		breakLevel(join(dir, 'karabakh-revenge', 'lesson.yaml'));
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lessons-check.ts', dir], {
			encoding: 'utf8',
			env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^BAD karabakh-revenge: 1 problem\(s\)/m);
		expect(run.stderr).toMatch(/lesson\.yaml:\d+:8: "level" cannot be the text "B7"/);
	});

	it('says where to start when the folder holds no lesson', () => {
		const empty = mkdtempSync(join(tmpdir(), 'qdq-empty-'));
		try {
			const err: string[] = [];
			expect(checkLessons(empty, 'en', { out: () => {}, err: (l) => err.push(l) })).toBe(1);
			expect(err.join('\n')).toMatch(
				/No lesson folder in .*qdq-empty-.*questions\/my-lesson\/lesson\.yaml/
			);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});

	it('speaks French when the locale does', () => {
		expect(checkLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
		expect(checkLanguage({ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
		expect(checkLanguage({})).toBe('en');
	});
});

describe('npm run lessons:check', () => {
	it('says the seed lesson is valid and exits 0', () => {
		const { code, out } = check();
		expect(code).toBe(0);
		expect(out).toMatch(/^ok {2}karabakh-revenge: 8 paragraphs, \d+ glossary terms/m);
	});

	it('warns, without failing, about a right option that gives itself away by its length', () => {
		const quiz = join(dir, 'karabakh-revenge', 'quiz.yaml');
		const seed = readFileSync(quiz, 'utf8');
		const { code: seedCode, err: seedErr } = check();
		expect([seedCode, seedErr.trim()]).toEqual([0, '']);
		writeFileSync(
			quiz,
			seed.replace(
				"          fr: 'Personne n’est nommé : le texte ne donne aucune source.'",
				"          fr: 'Personne n’est nommé : le texte ne donne aucune source, aucun nom, aucun indice sur la personne qui parle, ni sur ce qu’elle sait vraiment.'"
			)
		);
		const { code, err } = check();
		expect(code).toBe(0);
		expect(err.trim()).toMatch(
			/^.*karabakh-revenge\/quiz\.yaml:\d+:\d+: warning: question "on-dit": the right option is much longer than the wrong ones \(\d+ characters in French, the longest wrong one \d+\)/
		);
	});

	it('prints every problem of every file as file:line:column: what — how, and exits 1', () => {
		const lesson = join(dir, 'karabakh-revenge', 'lesson.yaml');
		breakLevel(lesson);
		const glossary = join(dir, 'karabakh-revenge', 'glossary.yaml');
		writeFileSync(
			glossary,
			readFileSync(glossary, 'utf8').replace('    lemma: soldat', '    lemme: soldat')
		);
		const { code, out, err } = check();
		expect(code).toBe(1);
		expect(out).toMatch(/^BAD karabakh-revenge: 2 problem\(s\)/m);
		const lines = err.trim().split('\n');
		expect(lines).toContainEqual(
			expect.stringMatching(
				/karabakh-revenge\/lesson\.yaml:\d+:8: "level" cannot be the text "B7" — use one of: A1, A2, B1, B2, C1, C2$/
			)
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/glossary\.yaml:4:5: unknown field "lemme" — did you mean "lemma"\?/)
		);
		// The misspelt field is the missing one: said once, on the misspelt line.
		expect(lines.some((line) => line.includes('missing field'))).toBe(false);
		expect(lines.at(-1)).toBe('2 problem(s). Fix them and run npm run lessons:check again.');
	});

	it('prints the problems in French when the terminal speaks French', () => {
		const lesson = join(dir, 'karabakh-revenge', 'lesson.yaml');
		breakLevel(lesson);
		const { code, err } = check('fr_FR.UTF-8');
		expect(code).toBe(1);
		expect(err).toMatch(
			/lesson\.yaml:\d+:8: « level » ne peut pas être le texte « B7 » — utilisez l’une de ces valeurs : A1, A2, B1, B2, C1, C2$/m
		);
	});

	it('warns, at file:line:column, about a question id that contains its answer, and exits 0', () => {
		const quiz = join(dir, 'karabakh-revenge', 'quiz.yaml');
		const text = readFileSync(quiz, 'utf8');
		writeFileSync(quiz, text.replace('  - id: supply-in-french\n', '  - id: supply-source\n'));
		const line = text.split('\n').indexOf('  - id: supply-in-french') + 1;
		const { code, out, err } = check();
		expect(code).toBe(0);
		expect(out).toMatch(/^ok {2}karabakh-revenge:/m);
		expect(err.trim().split('\n')).toEqual([
			expect.stringMatching(
				new RegExp(
					`karabakh-revenge/quiz\\.yaml:${line}:9: warning: question "supply-source": the id contains the accepted answer "source".* — rename the question`
				)
			)
		]);
	});
});
