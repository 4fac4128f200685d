import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftQuiz, quizTemplates, type QuizInput } from '$lib/draft/quiz-templates';
import type { Annotation } from '$lib/lesson/annotation-schema';
import { questionProblems, questionWarnings } from '$lib/lesson/quiz-rules';
import { resolveAnchor } from '$lib/lesson/anchor';
import { question } from '$lib/quiz/schema';

// The seed's hand-made annotations as the templates' input: realistic notes of every kind.
const lesson = parse(readFileSync('questions/karabakh-revenge/lesson.yaml', 'utf8'));
const file = parse(readFileSync('questions/karabakh-revenge/annotations.yaml', 'utf8'));
const input: QuizInput = {
	paragraphs: lesson.paragraphs.map((p: { fr: string }) => p.fr.trim()),
	speakers: file.speakers,
	annotations: file.annotations
};
const only = (kinds: Annotation['kind'][]): QuizInput => ({
	...input,
	annotations: input.annotations.filter((a) => kinds.includes(a.kind))
});

describe('quizTemplates', () => {
	it('has one template per kind of question the drafted quiz asks', () => {
		expect(quizTemplates.map((t) => `${t.name}:${t.type}`)).toEqual([
			'who-says:single',
			'reporting-verb:gap',
			'mark-hedges:mark',
			'conditional:single',
			'whose-words:match',
			'claim-status:claim'
		]);
	});

	for (const template of quizTemplates) {
		it(`${template.name}: writes valid ${template.type} questions, suggested, with evidence that resolves`, () => {
			const built = template.build(input);
			expect(built.length).toBeGreaterThan(0);
			for (const draft of built) {
				const parsed = question.safeParse(draft);
				expect(parsed.error?.issues ?? [], draft.id).toEqual([]);
				expect(questionProblems(parsed.data!, input.paragraphs), draft.id).toEqual([]);
				expect(questionWarnings(parsed.data!), draft.id).toEqual([]);
				expect(draft.type).toBe(template.type);
				expect(draft.review).toBe('suggested');
				expect(draft.prompt.fr).not.toBe(draft.prompt.en);
				// Drafted questions always point at the text, even though suggestions may do without.
				expect(draft.evidence?.length, draft.id).toBeGreaterThan(0);
				for (const anchor of draft.evidence ?? []) {
					expect(resolveAnchor(input.paragraphs, anchor).ok, anchor.quote).toBe(true);
				}
			}
		});
	}

	it('writes nothing from annotations that are not there', () => {
		for (const template of quizTemplates) {
			expect(template.build({ ...input, annotations: [] }), template.name).toEqual([]);
		}
	});

	it('who-says: the speaker of the sentence is the one right option, its explanation the feedback', () => {
		const [first] = quizTemplates[0]!.build(only(['source']));
		expect(first).toMatchObject({
			type: 'single',
			prompt: {
				fr: expect.stringMatching(/^D’après le texte, qui dit ceci \(§ 1\) : « Le ministère/)
			},
			feedback: file.annotations.find((a: Annotation) => a.id === 'source-p1').explanation
		});
		if (first?.type !== 'single') throw new Error('single expected');
		expect(first.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['baku']);
	});

	it('mark-hedges: the paragraph with the most journalistic conditionals, each one a target', () => {
		const [first] = quizTemplates[2]!.build(only(['hedge']));
		if (first?.type !== 'mark') throw new Error('mark expected');
		const hedges = file.annotations.filter(
			(a: Annotation) =>
				a.kind === 'hedge' &&
				a.marker === 'conditional' &&
				resolveAnchor(input.paragraphs, a.anchor).ok &&
				(resolveAnchor(input.paragraphs, a.anchor) as { range: { paragraph: number } }).range
					.paragraph ===
					first.paragraph - 1
		);
		expect(first.targets.map((t) => t.anchor.quote)).toEqual(
			hedges.map((h: Annotation) => h.anchor.quote)
		);
	});

	it('claim-status: a claim only one side makes is "claimed", background is "established"', () => {
		const built = quizTemplates[5]!.build(only(['claim']));
		expect(built.length).toBe(3);
		for (const q of built) {
			if (q.type !== 'claim') throw new Error('claim expected');
			expect(['claimed', 'established', 'contradicted']).toContain(q.status);
		}
	});

	it('draftQuiz: at least 8 questions over 5 types, the first of each template in the core path', () => {
		const quiz = draftQuiz(input);
		expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
		expect(new Set(quiz.questions.map((q) => q.type)).size).toBe(5);
		expect(quiz.core).toEqual([
			'who-says-1',
			'reporting-verb-1',
			'mark-hedges-1',
			'conditional-1',
			'whose-words-1',
			'claim-status-1'
		]);
	});
});
