import { z } from 'zod';

// The single source of truth for lesson files. `npm run schema` turns each file schema below
// into the JSON Schema under questions/schema/, which the YAML files name on their first line.

export { LESSON_ID } from './id';
export { bilingual, textAnchor } from './primitives';
import { bilingual, cefrLevel, ID, review, text, textAnchor } from './primitives';
import { question } from '../quiz/schema';
import { annotationsFile, LENS_NAMES, type Lens } from './annotation-schema';

export { annotationsFile };
export type { Annotation, Speaker, Lens } from './annotation-schema';

export const paragraph = z
	.strictObject({
		kind: z
			.enum(['text', 'caption'])
			.default('text')
			.describe('"caption" for the caption of a photo that the article showed.'),
		fr: text('the paragraph').describe('The paragraph exactly as published, errors included.'),
		en: text('the translation')
			.optional()
			.describe(
				'A faithful English translation of the paragraph. A lesson with "status: draft" may leave it out until it is written; a published lesson needs it.'
			)
	})
	.describe('One paragraph of the article and its translation.');

const unknownMeta = z
	.string()
	.trim()
	.min(1)
	.nullable()
	.describe('null when the text does not say: never guess.');

export const lessonFile = z
	.strictObject({
		$schema: z.string().optional(),
		title: z
			.strictObject({
				fr: text('the French title'),
				en: text('the English title')
					.optional()
					.describe('A lesson with "status: draft" may leave it out until it is written.')
			})
			.describe('Title of the lesson in French and English.'),
		level: cefrLevel,
		status: z
			.enum(['draft', 'published'])
			.optional()
			.describe(
				'"draft": only teachers see it (in the preview); pupils see a lesson once it is "published" or has no status.'
			),
		readingMinutes: z
			.int()
			.min(1)
			.max(120)
			.optional()
			.describe('Reading time in minutes; worked out from the length of the text if left out.'),
		source: z
			.strictObject({
				outlet: unknownMeta.describe(
					'The newspaper, site or agency; null if the text does not say.'
				),
				author: unknownMeta.describe('Who wrote it; null if the text does not say.'),
				date: unknownMeta.describe(
					'When it was published (YYYY-MM-DD); null if the text does not say.'
				),
				note: bilingual
					.optional()
					.describe('What the learner should know about where this text comes from.')
			})
			.describe('Where the text comes from, as far as the text itself tells.'),
		lens: z
			.array(z.enum(LENS_NAMES as [Lens, ...Lens[]]))
			.optional()
			.describe('Reading lenses open from the start rather than after the quiz.'),
		paragraphs: z.array(paragraph).min(1, { error: 'the lesson has no paragraph' })
	})
	.describe('A lesson: the article, by paragraph, with its translation and metadata.');

export const partOfSpeech = z.enum([
	'noun',
	'proper-noun',
	'verb',
	'adjective',
	'adverb',
	'preposition',
	'conjunction',
	'pronoun',
	'expression'
]);

export const glossaryTerm = z
	.strictObject({
		review,
		id: z
			.string()
			.regex(ID, {
				error: 'use lower-case letters a–z without accents, digits and hyphens, e.g. cessez-le-feu'
			})
			.describe(
				'Unique name of the entry: lower-case letters a–z without accents, digits, hyphens.'
			),
		lemma: text('the lemma').describe('Dictionary form: infinitive, masculine singular…'),
		forms: z
			.array(text('a form'))
			.min(1, { error: 'list at least one form the term takes in the text' })
			.describe(
				'Every form of the term as it appears in the text (inflections, multi-word terms).'
			),
		pos: partOfSpeech.describe('Part of speech.'),
		gender: z.enum(['m', 'f']).optional().describe('Gender, for nouns: m or f.'),
		en: text('the English equivalent')
			.optional()
			.describe(
				'English equivalent. Only an entry marked "review: suggested" may leave it out until it is written.'
			),
		definition: text('the definition')
			.optional()
			.describe(
				'A simple definition in French, for a B1 learner. Only an entry marked "review: suggested" may leave it out until it is written.'
			),
		note: bilingual.optional().describe('Optional: false friend, register, usage.')
	})
	.describe('One glossary entry.');

export const glossaryFile = z
	.strictObject({
		$schema: z.string().optional(),
		terms: z.array(glossaryTerm).default([]).describe('The glossary entries, in any order.')
	})
	.describe('The glossary of a lesson.');

export const quizFile = z
	.strictObject({
		$schema: z.string().optional(),
		core: z
			.array(z.string())
			.optional()
			.describe(
				'Ids of the questions that fit one class period with the reading (the core path); the others are "pour aller plus loin". Without it, every question is core.'
			),
		questions: z.array(question).default([])
	})
	.describe('The quiz of a lesson.');

/** The files of a lesson folder, their schema, and whether a lesson needs them. */
export const lessonFiles = {
	lesson: { file: 'lesson.yaml', schema: lessonFile, required: true },
	glossary: { file: 'glossary.yaml', schema: glossaryFile, required: false },
	annotations: { file: 'annotations.yaml', schema: annotationsFile, required: false },
	quiz: { file: 'quiz.yaml', schema: quizFile, required: false }
} as const;

export type LessonFile = z.infer<typeof lessonFile>;
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export type TextAnchor = z.infer<typeof textAnchor>;
export type { Question } from '../quiz/schema';
export type Paragraph = z.infer<typeof paragraph>;
