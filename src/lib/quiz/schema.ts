import { z } from 'zod';
import { bilingual, review, textAnchor } from '../lesson/primitives';
import { variantKinds } from './variants';

// The quiz file's questions, one schema per type. Every text a learner reads is in French and
// English; the key (which option, which order, which words) lives here and never reaches a
// page before the question is answered.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
	z.string().regex(ID, {
		error: `${what}: use lower-case letters a–z without accents, digits and hyphens`
	});

export const skill = z
	.enum([
		'source',
		'reporting-verb',
		'hedge',
		'quotation',
		'evidence',
		'text-quality',
		'vocabulary',
		'comprehension'
	])
	.describe('What the question trains.');

const common = {
	review,
	id: id('the question id').describe(
		'Unique in the lesson (a–z without accents, digits, hyphens): answers are stored under it, and it appears in web addresses.'
	),
	skill,
	prompt: bilingual.describe('The question, in French and English.'),
	feedback: bilingual.describe(
		'Why the right answer is right, quoting the text; shown after answering.'
	),
	evidence: z
		.array(textAnchor)
		.min(1, { error: 'give at least one evidence quote' })
		.optional()
		.describe(
			'The words of the text that answer the question; highlighted after answering. Required once the question is confirmed (no `review: suggested`).'
		)
};

/**
 * A confirmed question needs its evidence; a suggested one (an import, the drafting assistant)
 * may come without it, and the loader warns instead. The issue is the one zod gives for a
 * missing field, so the teacher reads the same message at the same line either way.
 */
function evidenceUnlessSuggested(
	value: { review?: 'suggested'; evidence?: unknown },
	ctx: z.RefinementCtx
): void {
	if (value.review === 'suggested' || value.evidence !== undefined) return;
	ctx.addIssue({
		code: 'invalid_type',
		expected: 'array',
		input: undefined,
		path: ['evidence'],
		message: 'Invalid input: expected array, received undefined'
	});
}

const option = z.strictObject({
	id: id('the option id'),
	text: bilingual,
	correct: z.boolean().default(false),
	feedback: bilingual.optional().describe('Said to a learner who chose this option.')
});

export const singleChoice = z
	.strictObject({
		...common,
		type: z.literal('single'),
		options: z.array(option).min(2, { error: 'give at least two options' })
	})
	.superRefine(evidenceUnlessSuggested);

export const multipleChoice = z
	.strictObject({
		...common,
		type: z.literal('multiple'),
		options: z.array(option).min(2, { error: 'give at least two options' }),
		scoring: z
			.enum(['all-or-nothing', 'partial'])
			.default('all-or-nothing')
			.describe(
				'all-or-nothing: right only if exactly the correct options are chosen. partial: score = (correct chosen − wrong chosen) / correct options, at least 0; right when 1.'
			)
	})
	.superRefine(evidenceUnlessSuggested);

/** The statuses a claim can have, in the order learners see them. */
export const claimStatuses = ['established', 'claimed', 'contradicted', 'absent'] as const;

export const claimStatus = z
	.strictObject({
		...common,
		type: z.literal('claim'),
		statement: bilingual.describe('The claim whose status the learner decides.'),
		status: z
			.enum(claimStatuses)
			.describe(
				'established: reported as fact by the journalist; claimed: claimed by one side, not verified; contradicted: contradicted in the text; absent: not in the text.'
			),
		statusFeedback: z
			.partialRecord(z.enum(claimStatuses), bilingual)
			.optional()
			.describe('Said to a learner who chose this (wrong) status.')
	})
	.superRefine(evidenceUnlessSuggested);

export const matching = z
	.strictObject({
		...common,
		type: z.literal('match'),
		choices: z
			.array(z.strictObject({ id: id('the choice id'), text: bilingual }))
			.min(2)
			.describe('What statements are matched to (e.g. the sources).'),
		items: z
			.array(z.strictObject({ id: id('the item id'), text: bilingual, answer: id('the answer') }))
			.min(2)
			.describe('Each statement and the id of the choice it matches.')
	})
	.superRefine(evidenceUnlessSuggested);

export const markInText = z
	.strictObject({
		...common,
		type: z.literal('mark'),
		paragraph: z.int().min(1).describe('The paragraph (1 = first) in which words are marked.'),
		targets: z
			.array(
				z.strictObject({
					anchor: textAnchor.describe('A span of the paragraph that must be marked.'),
					words: z
						.array(z.string().min(1))
						.optional()
						.describe('The words of the span that must be selected; all of them if left out.'),
					feedback: bilingual.describe('Said to a learner who did not mark this span.')
				})
			)
			.min(1),
		wrongMarkFeedback: bilingual.describe('Said about a word marked outside every target.')
	})
	.superRefine(evidenceUnlessSuggested);

const accepted = z
	.array(z.string().min(1))
	.min(1)
	.describe(
		'Accepted answers, synonyms included (the first is shown as the model answer); typography, case and spacing are forgiven.'
	);
const accents = z
	.enum(['required', 'forgiven'])
	.default('required')
	.describe('forgiven: "evenement" counts for "événement". required: spelling is the point.');
const variants = z
	.array(z.enum(variantKinds))
	.optional()
	.describe(
		'Other ways of writing an answer that count as the same answer. times: "18 h", "18:00", "6 p.m.", "six heures du soir"… are one time. numbers: "deux", "two" and "2" are one number.'
	);
const wrongAnswers = z
	.array(z.strictObject({ answer: z.string().min(1), feedback: bilingual }))
	.default([])
	.describe('Specific feedback for answers learners are likely to give.');

export const gapFill = z
	.strictObject({
		...common,
		type: z.literal('gap'),
		sentence: z
			.string()
			.regex(/^[^_]*___[^_]*$/, { error: 'write the sentence with exactly one gap: ___' })
			.describe('A French sentence with one gap, written ___.'),
		mode: z.enum(['choose', 'type']).describe('choose: a drop-down of `choices`; type: typed.'),
		choices: z
			.array(z.string().min(1))
			.optional()
			.describe('The drop-down options (mode: choose).'),
		answers: accepted,
		accents,
		variants,
		wrongAnswers
	})
	.superRefine(evidenceUnlessSuggested);

export const shortAnswer = z
	.strictObject({
		...common,
		type: z.literal('short'),
		answers: accepted,
		accents,
		variants,
		wrongAnswers
	})
	.superRefine(evidenceUnlessSuggested);

export const ordering = z
	.strictObject({
		...common,
		type: z.literal('order'),
		items: z
			.array(z.strictObject({ id: id('the item id'), text: bilingual }))
			.min(3)
			.describe('The items in the right order; learners see them shuffled.')
	})
	.superRefine(evidenceUnlessSuggested);

export const question = z.discriminatedUnion('type', [
	singleChoice,
	multipleChoice,
	claimStatus,
	matching,
	markInText,
	gapFill,
	shortAnswer,
	ordering
]);

export type Question = z.infer<typeof question>;
export type QuestionType = Question['type'];
export type Skill = z.infer<typeof skill>;
