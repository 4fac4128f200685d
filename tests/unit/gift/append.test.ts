import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendQuestions } from '$lib/gift/append';
import { importGift } from '$lib/gift/import';
import { quizFile } from '$lib/lesson/schema';

const imported = importGift(
	'::Qui::Qui parle : Bakou ?{=Bakou ~Erevan}\n\nCombien ?{#3}'
).questions.map((q) => q.question);

describe('appendQuestions', () => {
	it('adds the questions after the last one and keeps every byte of the file before them', () => {
		const source = readFileSync('questions/karabakh-revenge/quiz.yaml', 'utf8');
		const result = appendQuestions(source, imported);
		expect(result.startsWith(source.trimEnd())).toBe(true);
		const data = quizFile.parse(parse(result));
		const before = quizFile.parse(parse(source));
		expect(data.questions.slice(0, -2)).toEqual(before.questions);
		expect(data.questions.slice(-2)).toEqual(imported);
		expect(data.core).toEqual(before.core);
	});

	it('keeps comments, quoting and a key that follows the list', () => {
		const source = [
			'# The quiz.',
			'questions:',
			'    # first question',
			'    - id: a',
			"      prompt: { fr: 'Qui ?', en: Who? }",
			'core: [a] # the core path',
			''
		].join('\n');
		const result = appendQuestions(source, imported);
		expect(result.startsWith(source.split('core:')[0]!)).toBe(true);
		expect(result.endsWith('core: [a] # the core path\n')).toBe(true);
		expect(result).toContain('\n    - id: qui\n');
		const data = parse(result) as { questions: { id: string }[]; core: string[] };
		expect(data.questions.map((q) => q.id)).toEqual(['a', 'qui', 'combien']);
		expect(data.core).toEqual(['a']);
	});

	it('writes a new quiz file, and fills an empty list', () => {
		for (const source of [null, 'questions: []\n', '# no questions yet\n']) {
			const result = appendQuestions(source, imported);
			expect(quizFile.parse(parse(result)).questions).toEqual(imported);
		}
		expect(appendQuestions('# kept\nquestions: []\n', imported)).toContain('# kept');
	});

	it('writes the review mark right after the id, where a teacher sees it', () => {
		const result = appendQuestions(null, imported);
		expect(result).toContain('  - id: qui\n    review: suggested\n    type: single\n');
	});

	it('refuses a file whose YAML does not parse', () => {
		expect(() => appendQuestions('questions: [oops', imported)).toThrow(/does not parse/);
	});
});
