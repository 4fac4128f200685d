import { z } from 'zod';

/** Ids of glossary terms, annotations and questions: the same shape as lesson ids. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const text = (what: string) =>
	z
		.string()
		.trim()
		.min(1, { error: `${what} is empty` });

export const bilingual = z
	.strictObject({
		fr: text('the French text'),
		en: text('the English text')
	})
	.describe('The same text in French (fr) and English (en).');

/**
 * Set on a glossary entry, an annotation or a question that the drafting assistant (or an
 * import) proposed and no teacher has confirmed yet. Deleting the line confirms it.
 */
export const review = z
	.literal('suggested')
	.optional()
	.describe(
		'"suggested": proposed by the drafting assistant or an import, not yet confirmed by a teacher. Delete the line to confirm it.'
	);

export const cefrLevel = z
	.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
	.describe('CEFR level of the text, A1 to C2.');

/** Where a note, an annotation or a question points in the text: by its exact words. */
export const textAnchor = z
	.strictObject({
		quote: text('the quote').describe(
			'The exact words of the text, copied with their accents, apostrophes (’) and quotation marks.'
		),
		prefix: z
			.string()
			.min(1, { error: 'the prefix is empty' })
			.optional()
			.describe('Words just before the quote, only needed when the quote occurs more than once.'),
		suffix: z
			.string()
			.min(1, { error: 'the suffix is empty' })
			.optional()
			.describe('Words just after the quote, only needed when the quote occurs more than once.'),
		paragraph: z
			.int()
			.min(1)
			.optional()
			.describe('Number of the paragraph (1 = first) to look in, when the quote occurs in several.')
	})
	.describe('Points into the text by quoting it (W3C TextQuoteSelector).');
