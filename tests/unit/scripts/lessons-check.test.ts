import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'qdq-check-'));
	cpSync('questions', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function check(locale = 'C') {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lessons-check.ts', dir], {
		encoding: 'utf8',
		env: { ...process.env, LANG: locale, LC_ALL: '', LC_MESSAGES: '' }
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

// Each test starts a node process that compiles the loader: seconds on a busy machine.
describe('npm run lessons:check', { timeout: 60_000 }, () => {
	it('says the seed lesson is valid and exits 0', () => {
		const { code, out } = check();
		expect(code).toBe(0);
		expect(out).toMatch(/^ok {2}karabakh-revenge: 8 paragraphs, \d+ glossary terms/m);
	});

	it('prints every problem of every file as file:line:column: what — how, and exits 1', () => {
		const lesson = join(dir, 'karabakh-revenge', 'lesson.yaml');
		writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('level: B1', 'level: B7'));
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
		writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('level: B1', 'level: B7'));
		const { code, err } = check('fr_FR.UTF-8');
		expect(code).toBe(1);
		expect(err).toMatch(
			/lesson\.yaml:\d+:8: « level » ne peut pas être le texte « B7 » — utilisez l’une de ces valeurs : A1, A2, B1, B2, C1, C2$/m
		);
	});
});
