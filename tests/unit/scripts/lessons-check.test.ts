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

function check() {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lessons-check.ts', dir], {
		encoding: 'utf8'
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

// Each test spawns tsx, which takes seconds on a busy machine.
describe('npm run lessons:check', { timeout: 60_000 }, () => {
	it('says the seed lesson is valid and exits 0', () => {
		const { code, out } = check();
		expect(code).toBe(0);
		expect(out).toMatch(/^ok {2}karabakh-revenge: 8 paragraphs, \d+ glossary terms/m);
	});

	it('warns, without failing, about a right option that gives itself away by its length', () => {
		const quiz = join(dir, 'karabakh-revenge', 'quiz.yaml');
		const seed = readFileSync(quiz, 'utf8');
		const { code: seedCode, err: seedErr } = check();
		expect([seedCode, seedErr]).toEqual([0, '']);
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
			/^warning: .*karabakh-revenge\/quiz\.yaml:\d+:\d+: question "on-dit": the right option is much longer than the wrong ones \(\d+ characters in French, the longest wrong one \d+\)/
		);
	});

	it('prints every problem of every file as file:line:column: what — how, and exits 1', () => {
		const lesson = join(dir, 'karabakh-revenge', 'lesson.yaml');
		writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('level: B2', 'level: B7'));
		const glossary = join(dir, 'karabakh-revenge', 'glossary.yaml');
		writeFileSync(
			glossary,
			readFileSync(glossary, 'utf8').replace('    lemma: soldat', '    lemme: soldat')
		);
		const { code, out, err } = check();
		expect(code).toBe(1);
		expect(out).toMatch(/^BAD karabakh-revenge: 3 problem\(s\)/m);
		const lines = err.trim().split('\n');
		expect(lines).toContainEqual(
			expect.stringMatching(
				/karabakh-revenge\/lesson\.yaml:\d+:8: "level" cannot be the text "B7" — use one of: A1, A2, B1, B2, C1, C2$/
			)
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/glossary\.yaml:4:5: unknown field "lemme" — did you mean "lemma"\?/)
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/glossary\.yaml:3:5: missing field "lemma" — add "lemma:"/)
		);
		expect(lines.at(-1)).toBe('3 problem(s). Fix them and run npm run lessons:check again.');
	});
});
