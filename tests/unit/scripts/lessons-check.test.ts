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

describe('npm run lessons:check', () => {
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
		// The script runs in its own tsx process, which takes seconds on a busy machine.
	}, 60_000);
});
