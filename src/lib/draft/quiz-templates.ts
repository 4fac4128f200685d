// The draft quiz: one template per kind of question, each reading the (suggested or confirmed)
// annotations and writing bilingual questions whose evidence and feedback come from them. The
// rest of the assistant loops over `quizTemplates`; add a kind by adding a template here.
// Relative imports: the `lesson:draft` command runs this code outside SvelteKit.
import type { z } from 'zod';
import { resolveAnchor } from '../lesson/anchor';
import type { Annotation, Speaker } from '../lesson/annotation-schema';
import type { TextAnchor } from '../lesson/schema';
import { sentences } from '../lesson/sentences';
import type { question as questionSchema } from '../quiz/schema';
import type { Bilingual } from './types';

/** A question as written in quiz.yaml (defaults may be left out). */
export type DraftQuestion = z.input<typeof questionSchema>;

export interface QuizInput {
	paragraphs: readonly string[];
	speakers: readonly Speaker[];
	annotations: readonly Annotation[];
}

export interface QuizTemplate {
	/** Names the questions it writes (`<name>-1`, `<name>-2`…). */
	name: string;
	type: DraftQuestion['type'];
	/** How many of its questions join the core path (one class period). */
	core: number;
	build(input: QuizInput): DraftQuestion[];
}

type Of<K extends Annotation['kind']> = Extract<Annotation, { kind: K }>;

const ofKind = <K extends Annotation['kind']>(input: QuizInput, kind: K): Of<K>[] =>
	input.annotations.filter((a): a is Of<K> => a.kind === kind);

/** The paragraph (1-based) an anchor points into, or null if it does not resolve. */
function paragraphOf(input: QuizInput, anchor: TextAnchor): number | null {
	const found = resolveAnchor(input.paragraphs, anchor);
	return found.ok ? found.range.paragraph + 1 : null;
}

const placed = <A extends Annotation>(input: QuizInput, list: A[]) =>
	list.flatMap((annotation) => {
		const paragraph = paragraphOf(input, annotation.anchor);
		return paragraph === null ? [] : [{ annotation, paragraph }];
	});

/** The anchor pinned to its paragraph, so the evidence never depends on the rest of the text. */
const evidence = (anchor: TextAnchor, paragraph: number): TextAnchor => ({ ...anchor, paragraph });

/** At most `words` words of a quote, "…" where it was cut. */
function excerpt(text: string, words = 14): string {
	const all = text.trim().split(/\s+/);
	return all.length <= words ? text.trim() : `${all.slice(0, words).join(' ')}…`;
}

/** Feedback from several explanations: the first two, so it stays readable. */
function joined(explanations: readonly Bilingual[]): Bilingual {
	const kept = explanations.slice(0, 2);
	return { fr: kept.map((e) => e.fr).join(' '), en: kept.map((e) => e.en).join(' ') };
}

const roleOf = (input: QuizInput, id: string | undefined) =>
	input.speakers.find((s) => s.id === id)?.role;

const suggested = { review: 'suggested' as const };

/** Who says this sentence? One question per speaker who is one side or a third party. */
const whoClaims: QuizTemplate = {
	name: 'who-says',
	type: 'single',
	core: 1,
	build(input) {
		const voices = input.speakers.filter((s) => s.role === 'party' || s.role === 'third-party');
		const seen = new Set<string>();
		const questions: DraftQuestion[] = [];
		for (const { annotation, paragraph } of placed(input, ofKind(input, 'source'))) {
			const speaker = voices.find((s) => s.id === annotation.speaker);
			if (!speaker || seen.has(speaker.id) || questions.length >= 3) continue;
			seen.add(speaker.id);
			const others = [
				...voices.filter((s) => s.id !== speaker.id),
				...input.speakers.filter((s) => s.role === 'journalist' || s.role === 'unsourced')
			].slice(0, 3);
			if (others.length === 0) continue;
			const options = [speaker, ...others]
				.map((s) => ({
					id: s.id,
					text: s.label,
					...(s.id === speaker.id ? { correct: true } : {})
				}))
				// Reading order would put the right answer first every time.
				.sort((a, b) => a.id.localeCompare(b.id));
			const quote = excerpt(annotation.anchor.quote);
			questions.push({
				...suggested,
				id: `${this.name}-${questions.length + 1}`,
				type: 'single',
				skill: 'source',
				prompt: {
					fr: `D’après le texte, qui dit ceci (§ ${paragraph}) : « ${quote} » ?`,
					en: `According to the text, who says this (§ ${paragraph}): “${quote}”?`
				},
				options,
				feedback: annotation.explanation,
				evidence: [evidence(annotation.anchor, paragraph)]
			});
		}
		return questions;
	}
};

/** Mark the hedges of a paragraph: the paragraphs with the most journalistic conditionals. */
const markHedges: QuizTemplate = {
	name: 'mark-hedges',
	type: 'mark',
	core: 1,
	build(input) {
		const byParagraph = new Map<number, Of<'hedge'>[]>();
		for (const { annotation, paragraph } of placed(input, ofKind(input, 'hedge'))) {
			if (annotation.marker !== 'conditional') continue;
			byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), annotation]);
		}
		return [...byParagraph]
			.sort(([a, x], [b, y]) => y.length - x.length || a - b)
			.slice(0, 2)
			.map(([paragraph, hedges], i) => ({
				...suggested,
				id: `${this.name}-${i + 1}`,
				type: 'mark' as const,
				skill: 'hedge' as const,
				prompt: {
					fr: `Paragraphe ${paragraph} : marquez chaque verbe au conditionnel par lequel le journaliste montre qu’il ne garantit pas l’information.`,
					en: `Paragraph ${paragraph}: mark each verb in the conditional by which the journalist shows he does not vouch for the information.`
				},
				paragraph,
				targets: hedges.map((hedge) => {
					// Targets are always searched in the question's paragraph.
					const { paragraph: _, ...anchor } = hedge.anchor;
					return { anchor, feedback: hedge.explanation };
				}),
				wrongMarkFeedback: {
					fr: 'Ce mot ne montre pas une information non garantie : cherchez les verbes au conditionnel qui ne rapportent pas des paroles et n’expriment ni une hypothèse ni une possibilité.',
					en: 'This word does not mark unconfirmed information: look for the verbs in the conditional that do not report words and express neither a hypothesis nor a possibility.'
				},
				feedback: joined(hedges.map((h) => h.explanation)),
				evidence: hedges.map((h) => evidence(h.anchor, paragraph))
			}));
	}
};

/** Whose words are these? The quotations matched to their speakers. */
const whoseWords: QuizTemplate = {
	name: 'whose-words',
	type: 'match',
	core: 1,
	build(input) {
		const quotations = placed(input, ofKind(input, 'quotation')).filter(
			({ annotation }) => roleOf(input, annotation.speaker) !== undefined
		);
		// Different speakers first: matching is only a question when the answers differ.
		const picked: typeof quotations = [];
		for (const pass of [true, false]) {
			for (const q of quotations) {
				if (picked.length >= 5 || picked.includes(q)) continue;
				if (pass && picked.some((p) => p.annotation.speaker === q.annotation.speaker)) continue;
				picked.push(q);
			}
		}
		if (picked.length < 2) return [];
		const used = new Set(picked.map((q) => q.annotation.speaker));
		const choices = input.speakers
			.filter((s) => used.has(s.id) || s.role === 'party' || s.role === 'third-party')
			.slice(0, Math.max(used.size, 4));
		if (choices.length < 2) {
			const journalist = input.speakers.find((s) => s.role === 'journalist' && !used.has(s.id));
			if (!journalist) return [];
			choices.push(journalist);
		}
		const bare = (quote: string) => quote.replace(/^[«“"\s\u00a0]+|[»”"\s\u00a0]+$/g, '');
		return [
			{
				...suggested,
				id: `${this.name}-1`,
				type: 'match',
				skill: 'quotation',
				prompt: {
					fr: 'Les guillemets montrent que ces mots appartiennent à quelqu’un. À qui est chacun de ces passages ?',
					en: 'Quotation marks show that these words belong to someone. Whose words is each of these passages?'
				},
				choices: choices.map((s) => ({ id: s.id, text: s.label })),
				items: picked.map(({ annotation, paragraph }, i) => ({
					id: `words-${i + 1}`,
					text: {
						fr: `« ${excerpt(bare(annotation.anchor.quote), 10)} » (§ ${paragraph})`,
						en: `“${excerpt(bare(annotation.anchor.quote), 10)}” (§ ${paragraph})`
					},
					answer: annotation.speaker
				})),
				feedback: joined(picked.map((q) => q.annotation.explanation)),
				evidence: picked.map(({ annotation, paragraph }) => evidence(annotation.anchor, paragraph))
			}
		];
	}
};

/** The status of each figure (and other claims): established, claimed, contradicted. */
const claimStatus: QuizTemplate = {
	name: 'claim-status',
	type: 'claim',
	core: 1,
	build(input) {
		const claims = placed(input, ofKind(input, 'claim'));
		// Figures first: a number makes a claim look established.
		const figures = (c: Of<'claim'>) => Boolean(c.casualties) || /\d/.test(c.anchor.quote);
		claims.sort((a, b) => Number(figures(b.annotation)) - Number(figures(a.annotation)));
		return claims.slice(0, 3).map(({ annotation, paragraph }, i) => ({
			...suggested,
			id: `${this.name}-${i + 1}`,
			type: 'claim' as const,
			skill: 'evidence' as const,
			prompt: {
				fr: `Paragraphe ${paragraph} : quel est le statut de cette information dans le texte ?`,
				en: `Paragraph ${paragraph}: what is the status of this information in the text?`
			},
			statement: annotation.claim,
			status:
				annotation.status === 'contradicted'
					? ('contradicted' as const)
					: annotation.status === 'background' || roleOf(input, annotation.speaker) === 'journalist'
						? ('established' as const)
						: ('claimed' as const),
			feedback: annotation.explanation,
			evidence: [evidence(annotation.anchor, paragraph)]
		}));
	}
};

const DISTANCE_ORDER = ['distancing', 'evaluative', 'agentless', 'neutral'] as const;
const STOCK_VERBS = ['a déclaré', 'affirme', 'a expliqué', 'indique'];

/** The reporting verb the journalist chose: its sentence with the verb as a gap to fill. */
const distanceVerb: QuizTemplate = {
	name: 'reporting-verb',
	type: 'gap',
	core: 1,
	build(input) {
		const verbs = placed(input, ofKind(input, 'reporting-verb')).sort(
			(a, b) =>
				DISTANCE_ORDER.indexOf(a.annotation.distance) -
				DISTANCE_ORDER.indexOf(b.annotation.distance)
		);
		const others = [...new Set(verbs.map((v) => v.annotation.anchor.quote.trim()))];
		const questions: DraftQuestion[] = [];
		for (const { annotation, paragraph } of verbs) {
			if (questions.length >= 2 || annotation.distance === 'neutral') continue;
			const found = resolveAnchor(input.paragraphs, evidence(annotation.anchor, paragraph));
			if (!found.ok) continue;
			const text = input.paragraphs[paragraph - 1]!;
			const sentence = sentences(text).find(
				(s) => s.start <= found.range.start && found.range.end <= s.end
			);
			if (!sentence) continue;
			const before = text.slice(sentence.start, found.range.start);
			const after = text.slice(found.range.end, sentence.end);
			if (/_/.test(before + after)) continue;
			const answer = text.slice(found.range.start, found.range.end);
			const choices = [
				answer,
				...[...others, ...STOCK_VERBS].filter((v) => v.toLowerCase() !== answer.toLowerCase())
			]
				.filter((v, i, all) => all.indexOf(v) === i)
				.slice(0, 4)
				.sort((a, b) => a.localeCompare(b, 'fr'));
			questions.push({
				...suggested,
				id: `${this.name}-${questions.length + 1}`,
				type: 'gap',
				skill: 'reporting-verb',
				prompt: {
					fr: `Paragraphe ${paragraph} : quel verbe de parole le texte emploie-t-il ici ? Retrouvez-le, puis demandez-vous quelle distance il marque.`,
					en: `Paragraph ${paragraph}: which reporting verb does the text use here? Find it, then ask yourself what distance it shows.`
				},
				sentence: `${clip(before, 'start')}___${clip(after, 'end')}`,
				mode: 'choose',
				choices,
				answers: [answer],
				feedback: annotation.explanation,
				evidence: [evidence(annotation.anchor, paragraph)]
			});
		}
		return questions;
	}
};

/** A long sentence around the gap, cut to about 25 words on each side. */
function clip(text: string, keep: 'start' | 'end'): string {
	const words = text.split(/(?<=\s)/);
	if (words.length <= 25) return text;
	return keep === 'start' ? `…${words.slice(-25).join('')}` : `${words.slice(0, 25).join('')}…`;
}

const USES = {
	hedge: {
		fr: 'Le journaliste ne garantit pas l’information.',
		en: 'The journalist does not vouch for the information.'
	},
	'reported-speech': {
		fr: 'Il rapporte des paroles, ou un futur vu du passé.',
		en: 'It reports words, or a future seen from the past.'
	},
	hypothesis: {
		fr: 'Il exprime une hypothèse ou une condition.',
		en: 'It expresses a hypothesis or a condition.'
	},
	modal: {
		fr: 'Il exprime une possibilité ou une obligation.',
		en: 'It expresses a possibility or an obligation.'
	},
	politeness: { fr: 'Il rend une demande plus polie.', en: 'It makes a request more polite.' }
} as const;

/** What does this conditional do? Hedges and other conditionals told apart. */
const conditionalUse: QuizTemplate = {
	name: 'conditional',
	type: 'single',
	core: 1,
	build(input) {
		const others = placed(input, ofKind(input, 'conditional'));
		const hedges = placed(input, ofKind(input, 'hedge')).filter(
			(h) => h.annotation.marker === 'conditional'
		);
		const picked = [...others.slice(0, 2), ...hedges.slice(0, others.length > 0 ? 1 : 2)];
		return picked.map(({ annotation, paragraph }, i) => {
			const right: keyof typeof USES =
				annotation.kind === 'conditional'
					? annotation.use === 'future-in-the-past'
						? 'reported-speech'
						: annotation.use
					: 'hedge';
			const shown = (['hedge', 'reported-speech', 'hypothesis', 'modal'] as const).filter(
				(use) => use !== right
			);
			const options = [right, ...shown.slice(0, 3)]
				.filter((use, at, all) => all.indexOf(use) === at)
				.sort()
				.map((use) => ({ id: use, text: USES[use], ...(use === right ? { correct: true } : {}) }));
			const quote = annotation.anchor.quote;
			return {
				...suggested,
				id: `${this.name}-${i + 1}`,
				type: 'single' as const,
				skill: 'hedge' as const,
				prompt: {
					fr: `Paragraphe ${paragraph} : à quoi sert le conditionnel « ${quote} » ?`,
					en: `Paragraph ${paragraph}: what does the conditional “${quote}” do?`
				},
				options,
				feedback: annotation.explanation,
				evidence: [evidence(annotation.anchor, paragraph)]
			};
		});
	}
};

/** Every template, in quiz order. */
export const quizTemplates: readonly QuizTemplate[] = [
	whoClaims,
	distanceVerb,
	markHedges,
	conditionalUse,
	whoseWords,
	claimStatus
];

/** The draft quiz: every template's questions, and the first of each as the core path. */
export function draftQuiz(
	input: QuizInput,
	templates: readonly QuizTemplate[] = quizTemplates
): { core: string[]; questions: DraftQuestion[] } {
	const core: string[] = [];
	const questions: DraftQuestion[] = [];
	for (const template of templates) {
		const built = template.build(input);
		core.push(...built.slice(0, template.core).map((q) => q.id));
		questions.push(...built);
	}
	return { core, questions };
}
