import { z } from 'zod';
import { bilingual, ID, review, text, textAnchor } from './primitives';

// annotations.yaml: what the reading lenses show. Each kind of annotation has its own fields,
// so an editor with the JSON Schema proposes the right ones once `kind` is written.

const id = z
	.string()
	.regex(ID, { error: 'use lower-case letters, digits and hyphens' })
	.describe('Unique name of the annotation: lower-case letters, digits, hyphens.');

const speakerRef = z
	.string()
	.regex(ID, { error: 'name a speaker by its id (lower-case letters, digits, hyphens)' })
	.describe('Id of a speaker listed under "speakers".');

export const speaker = z
	.strictObject({
		id: z
			.string()
			.regex(ID, { error: 'use lower-case letters, digits and hyphens, e.g. baku' })
			.describe('Unique name of the speaker, used by annotations.'),
		name: bilingual.describe('Who speaks, e.g. "le ministère azerbaïdjanais de la Défense".'),
		label: bilingual.describe('A short label shown in the text, e.g. "Bakou" / "Baku".'),
		role: z
			.enum(['party', 'third-party', 'journalist', 'unsourced'])
			.describe(
				'"party": one side of the story; "third-party": someone outside it; "journalist": the text itself; "unsourced": nobody is named.'
			)
	})
	.describe(
		'Someone whose words the text reports, or the journalist, or "no identifiable source".'
	);

const base = {
	review,
	id,
	anchor: textAnchor,
	explanation: bilingual.describe('A short explanation for the learner, in French and English.')
};

export const sourceAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('source').describe('Who speaks in this sentence or clause.'),
		speaker: speakerRef
	})
	.describe('A sentence or clause attributed to one speaker; never crosses a sentence boundary.');

export const reportingVerbAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('reporting-verb').describe('A verb that reports what someone says.'),
		speaker: speakerRef.optional(),
		distance: z
			.enum(['neutral', 'distancing', 'evaluative', 'agentless'])
			.describe(
				'"neutral" (a affirmé, a déclaré), "distancing" (prétend), "evaluative": the verb judges what it reports (dénonce, dément, nuance), "agentless" (il est affirmé que, on dit: nobody is named).'
			)
	})
	.describe('A reporting verb and how far the journalist stands from what it reports.');

export const hedgeAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('hedge').describe('A marker of information the journalist does not vouch for.'),
		marker: z
			.enum(['conditional', 'other'])
			.describe('"conditional" for the journalistic conditional; "other" for any other marker.')
	})
	.describe('A journalistic conditional or another marker of unconfirmed information.');

export const conditionalAnnotation = z
	.strictObject({
		...base,
		kind: z
			.literal('conditional')
			.describe('A conditional that is NOT a hedge: the explanation says why.'),
		use: z
			.enum(['reported-speech', 'future-in-the-past', 'hypothesis', 'politeness', 'modal'])
			.describe(
				'What the conditional does here instead of hedging; "modal" for possibility or necessity (pourrait, devrait).'
			)
	})
	.describe('A verb in the conditional that does not mark unconfirmed information.');

export const quotationAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('quotation').describe('Words in quotation marks.'),
		speaker: speakerRef.describe('Whose words these are.'),
		reason: z
			.enum(['loaded-term', 'exact-words', 'name'])
			.describe(
				'Why the reporter quotes them: "loaded-term" (one side\'s way of naming things), "exact-words" (a statement reported word for word), "name" (a name, e.g. of an operation).'
			)
	})
	.describe('A span in quotation marks: whose words, and why a reporter quotes them.');

export const claimAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('claim').describe('Something the text presents as true or as said.'),
		speaker: speakerRef.describe('Who makes the claim.'),
		claim: bilingual.describe('The claim in a few words.'),
		evidence: bilingual
			.nullable()
			.describe('The evidence the text offers for it (e.g. drone photos), or null if none.'),
		status: z
			.enum(['unconfirmed', 'confirmed', 'contradicted', 'background'])
			.describe(
				'"unconfirmed": nothing in the text confirms it; "confirmed" / "contradicted": by another speaker\'s claim in the text, named under "related"; "background": context the journalist gives as fact.'
			),
		related: z
			.array(
				z.strictObject({
					claim: z
						.string()
						.regex(ID, { error: 'name a claim by its id' })
						.describe(
							'Id of another claim annotation, the one that confirms or contradicts this one.'
						),
					relation: z
						.enum(['confirms', 'contradicts'])
						.describe(
							'What the OTHER claim does to this one: "confirms" reads "<other claim> confirms this claim".'
						)
				})
			)
			.optional()
			.describe(
				"Other speakers' claims in the text that confirm or contradict this one (never the same speaker's)."
			),
		casualties: z
			.strictObject({
				side: bilingual.describe('Whose losses, e.g. "soldats azerbaïdjanais".'),
				figure: bilingual.describe('The figure as given, e.g. "1 tué" / "1 killed".')
			})
			.optional()
			.describe('When the claim is a casualty figure: shown side by side in the claims map.')
	})
	.describe(
		'A claim: what, by whom, the evidence offered, what in the text confirms or contradicts it.'
	);

export const textQualityAnnotation = z
	.strictObject({
		...base,
		kind: z.literal('text-quality').describe('A defect of the text.'),
		defect: z
			.enum(['english-word', 'spelling', 'broken-sentence', 'typography'])
			.describe(
				'"english-word" left by machine translation, inconsistent "spelling", "broken-sentence", "typography" (mixed quotation marks…).'
			),
		correction: text('the correction').describe('The correct French for the quoted words.')
	})
	.describe('A machine-translation slip or another defect, with the correct French.');

export const annotation = z
	.discriminatedUnion('kind', [
		sourceAnnotation,
		reportingVerbAnnotation,
		hedgeAnnotation,
		conditionalAnnotation,
		quotationAnnotation,
		claimAnnotation,
		textQualityAnnotation
	])
	.describe('A note on a span of the text, for the reading lenses.');

export const annotationsFile = z
	.strictObject({
		$schema: z.string().optional(),
		speakers: z
			.array(speaker)
			.default([])
			.describe('Everyone the annotations attribute words to, the journalist included.'),
		annotations: z.array(annotation).default([])
	})
	.describe('Annotations of a lesson: who speaks, hedges, reporting verbs, quotes, text quality.');

export type Speaker = z.infer<typeof speaker>;
export type Annotation = z.infer<typeof annotation>;
export type AnnotationKind = Annotation['kind'];

export { LENSES, LENS_NAMES, lensOf, type Lens } from './lens-names';
