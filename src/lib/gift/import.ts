import { z } from 'zod';
import { ID, textAnchor } from '../lesson/primitives';
import { toTranslate } from '../lesson/to-translate';
import { question as questionSchema, skill as skillSchema, type Question } from '../quiz/schema';
import { variantKinds } from '../quiz/variants';
import { parseGift, type GiftAnswer, type GiftMessage, type GiftQuestion } from './parse';
import { languagesOf } from './text';
import { EVIDENCE_FR, EVIDENCE_EN, TRUE_FALSE } from './words';

/** A question ready to add to a lesson, the line it came from, and what changed on the way. */
export interface ImportedQuestion {
	line: number;
	question: Question;
	/** What GIFT said that our question does not keep (partial credit, per-answer feedback…). */
	notes: GiftMessage[];
}

export interface GiftImport {
	questions: ImportedQuestion[];
	/** Questions with no equivalent here, by line, with the reason. */
	skipped: GiftMessage[];
	/** Mistakes in the file: while there is one, nothing is written. */
	errors: GiftMessage[];
}

type Bilingual = { fr: string; en: string };

/** Lower-case a–z, digits and hyphens, as our ids are written. */
export function slug(text: string, fallback: string): string {
	const full = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (full.length <= 32) return full || fallback;
	// Cut at a word: "le-ministere-azerbaidjanais-de-la", not "…-defens".
	const cut = full.slice(0, 33);
	const word = cut.lastIndexOf('-');
	return word > 0 ? cut.slice(0, word) : cut.slice(0, 32);
}

/** `wanted`, or `wanted-2`, `wanted-3`… the first not in `taken`, which then holds it. */
function unique(wanted: string, taken: Set<string>): string {
	let id = wanted;
	for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
	taken.add(id);
	return id;
}

/** The `// key: value` lines of a question's comments (our export writes them). */
function metadata(comments: readonly string[]): Map<string, string> {
	const meta = new Map<string, string>();
	for (const comment of comments) {
		const found = /^([a-z][a-z ]*[a-z]):\s?(.*)$/.exec(comment);
		if (found && !meta.has(found[1]!)) meta.set(found[1]!, found[2]!.trim());
	}
	return meta;
}

interface Context {
	gift: GiftQuestion;
	meta: Map<string, string>;
	notes: GiftMessage[];
}

/** A text in both languages: multilang spans first, then a `// en…:` line, else to translate. */
function bilingual(ctx: Context, text: string, en?: string): Bilingual {
	const found = languagesOf(text, ctx.gift.format);
	return { fr: found.fr, en: found.en || en || toTranslate(found.fr) };
}

/** Ids for a list: those the export wrote in a comment if they fit, else from the texts. */
function ids(ctx: Context, key: string, texts: readonly string[], fallback: string): string[] {
	const listed = ctx.meta.get(key)?.split(/\s+/) ?? [];
	if (
		listed.length === texts.length &&
		listed.every((id) => ID.test(id)) &&
		new Set(listed).size === listed.length
	) {
		return listed;
	}
	const taken = new Set<string>();
	return texts.map((text, i) => unique(slug(text, `${fallback}-${i + 1}`), taken));
}

function optionalFeedback(ctx: Context, text: string, en?: string): { feedback?: Bilingual } {
	return text ? { feedback: bilingual(ctx, text, en) } : {};
}

/** The general feedback and, after it, the evidence lines our export writes there. */
function feedbackAndEvidence(
	ctx: Context,
	fallback: string
): Pick<Question, 'feedback' | 'evidence'> {
	const { fr, en } = languagesOf(ctx.gift.generalFeedback, ctx.gift.format);
	const [feedbackFr = '', ...quotesFr] = fr.split(`\n\n${EVIDENCE_FR}`);
	const feedbackEn = en?.split(`\n\n${EVIDENCE_EN}`)[0] ?? ctx.meta.get('en feedback');
	let evidence: Question['evidence'];
	const written = ctx.meta.get('evidence');
	const fromMeta = written ? z.array(textAnchor).min(1).safeParse(safeJson(written)) : null;
	if (fromMeta?.success) evidence = fromMeta.data;
	else if (quotesFr.length > 0) {
		evidence = quotesFr.flatMap((line) => {
			const quote = /^(?: \(§ (\d+)\))? : « ([\s\S]+) »\s*$/.exec(line);
			return quote
				? [{ quote: quote[2]!, ...(quote[1] ? { paragraph: Number(quote[1]) } : {}) }]
				: [];
		});
		if (evidence.length === 0) evidence = undefined;
	}
	if (!feedbackFr.trim()) {
		ctx.notes.push({ line: ctx.gift.line, code: 'noGeneralFeedback' });
		return {
			feedback: { fr: `Réponse attendue : ${fallback}`, en: `Expected answer: ${fallback}` },
			...(evidence ? { evidence } : {})
		};
	}
	return {
		feedback: {
			fr: feedbackFr.trim(),
			en: feedbackEn?.trim() || toTranslate(feedbackFr.trim())
		},
		...(evidence ? { evidence } : {})
	};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

const enList = (ctx: Context, key: string) => ctx.meta.get(key)?.split(' | ');

/** The prompt and, for a missing-word question, the sentence: the last line holds the gap. */
function splitGap(ctx: Context): { prompt: Bilingual; sentence: string } {
	const text = ctx.gift.text;
	const gap = text.indexOf('_____');
	const cut = text.lastIndexOf('\n', gap);
	const sentence = languagesOf(text.slice(cut + 1), ctx.gift.format).fr.replace('_____', '___');
	const prompt =
		cut > 0
			? bilingual(ctx, text.slice(0, cut), ctx.meta.get('en'))
			: { fr: 'Complétez la phrase.', en: 'Complete the sentence.' };
	return { prompt, sentence };
}

function skipped(gift: GiftQuestion, code: string, values?: GiftMessage['values']): GiftMessage {
	return { line: gift.line, code, values: { kind: gift.kind, ...values } };
}

/** Turns one GIFT question into ours, or says why it has no equivalent. */
function mapQuestion(
	gift: GiftQuestion,
	taken: Set<string>
): { question: Question; notes: GiftMessage[] } | { skipped: GiftMessage } {
	const meta = metadata(gift.comments);
	const ctx: Context = { gift, meta, notes: [] };
	const note = (code: string, values?: GiftMessage['values']) =>
		ctx.notes.push({ line: gift.line, code, ...(values ? { values } : {}) });

	if (gift.kind === 'description') return { skipped: skipped(gift, 'skipDescription') };
	if (gift.kind === 'essay') return { skipped: skipped(gift, 'skipEssay') };

	// The skill: a `// skill:` line, else a category named after one (`$CATEGORY: …/hedge`).
	const skillRead = skillSchema.safeParse(
		meta.get('skill') ?? gift.category?.split('/').at(-1)?.trim()
	);
	if (!skillRead.success) note('skillGuessed');
	const prompt = bilingual(ctx, gift.text, meta.get('en'));
	const wantedId = meta.get('id') ?? slug(gift.title ?? prompt.fr, 'question');
	const id = unique(ID.test(wantedId) ? wantedId : slug(wantedId, 'question'), taken);
	const base = {
		review: 'suggested' as const,
		id,
		skill: skillRead.success ? skillRead.data : ('comprehension' as const),
		prompt
	};

	const droppedPartial = (answers: readonly GiftAnswer[]) => {
		for (const a of answers.filter((a) => a.weight > 0 && a.weight < 1)) {
			note('partialCreditDropped', { answer: a.text, percent: Math.round(a.weight * 100) });
		}
	};

	switch (gift.kind) {
		case 'truefalse': {
			const [vrai, faux] = TRUE_FALSE;
			const feedbackOf = (option: boolean) =>
				option === gift.answer ? gift.rightFeedback : gift.wrongFeedback;
			return {
				question: {
					...base,
					type: 'single',
					options: [
						{ ...vrai, correct: gift.answer, ...optionalFeedback(ctx, feedbackOf(true)) },
						{ ...faux, correct: !gift.answer, ...optionalFeedback(ctx, feedbackOf(false)) }
					],
					...feedbackAndEvidence(ctx, gift.answer ? vrai.text.fr : faux.text.fr)
				},
				notes: ctx.notes
			};
		}
		case 'multichoice': {
			const right = gift.answers.filter((a) => a.weight >= 1);
			const positive = gift.answers.filter((a) => a.weight > 0);
			if (gift.missingWord) {
				if (!gift.single) return { skipped: skipped(gift, 'skipMissingWordMultiple') };
				const { prompt: gapPrompt, sentence } = splitGap(ctx);
				if (!/^[^_]*___[^_]*$/.test(sentence)) return { skipped: skipped(gift, 'skipGapSentence') };
				droppedPartial(gift.answers);
				// A missing word's choices are Moodle choice texts, which may hold HTML.
				const frOf = (a: GiftAnswer) => languagesOf(a.text, gift.format).fr;
				return {
					question: {
						...base,
						prompt: gapPrompt,
						type: 'gap',
						sentence,
						mode: 'choose',
						choices: gift.answers.map(frOf),
						answers: right.map(frOf),
						accents: meta.get('accents') === 'forgiven' ? 'forgiven' : 'required',
						wrongAnswers: gift.answers
							.filter((a) => a.weight < 1 && a.feedback)
							.map((a) => ({ answer: frOf(a), feedback: bilingual(ctx, a.feedback) })),
						...feedbackAndEvidence(ctx, right.map(frOf).join(' / '))
					},
					notes: ctx.notes
				};
			}
			const enOptions = enList(ctx, 'en options');
			const optionIds = ids(
				ctx,
				'option ids',
				gift.answers.map((a) => languagesOf(a.text, gift.format).fr),
				'option'
			);
			const single = gift.single && right.length === 1;
			if (single) droppedPartial(gift.answers);
			else if (gift.single) note('severalRightOptions');
			const correct = (a: GiftAnswer) => (single ? a.weight >= 1 : a.weight > 0);
			if (!gift.answers.some(correct)) return { skipped: skipped(gift, 'skipNoRightAnswer') };
			const options = gift.answers.map((a, i) => ({
				id: optionIds[i]!,
				text: bilingual(ctx, a.text, enOptions?.[i]),
				correct: correct(a),
				...optionalFeedback(ctx, a.feedback)
			}));
			const fallback = (single ? right : positive)
				.map((a) => languagesOf(a.text, gift.format).fr)
				.join(' / ');
			const scoring = meta.get('scoring');
			return {
				question: single
					? { ...base, type: 'single', options, ...feedbackAndEvidence(ctx, fallback) }
					: {
							...base,
							type: 'multiple',
							options,
							// Moodle's multiple answer gives credit per option: ours does when partial.
							scoring: scoring === 'all-or-nothing' ? 'all-or-nothing' : 'partial',
							...feedbackAndEvidence(ctx, fallback)
						},
				notes: ctx.notes
			};
		}
		case 'short': {
			const wildcards = gift.answers.filter((a) => a.text.includes('*'));
			for (const a of wildcards) note('wildcardDropped', { answer: a.text });
			const usable = gift.answers.filter((a) => !a.text.includes('*'));
			const right = usable.filter((a) => a.weight >= 1);
			if (right.length === 0) return { skipped: skipped(gift, 'skipNoRightAnswer') };
			droppedPartial(usable);
			if (right.some((a) => a.feedback)) note('answerFeedbackDropped');
			const variants = (meta.get('variants') ?? '')
				.split(/\s+/)
				.filter((v): v is (typeof variantKinds)[number] =>
					(variantKinds as readonly string[]).includes(v)
				);
			const keyed = {
				answers: right.map((a) => a.text),
				accents: meta.get('accents') === 'forgiven' ? ('forgiven' as const) : ('required' as const),
				...(variants.length > 0 ? { variants } : {}),
				wrongAnswers: usable
					.filter((a) => a.weight <= 0 && a.feedback)
					.map((a) => ({ answer: a.text, feedback: bilingual(ctx, a.feedback) }))
			};
			const fallback = right[0]!.text;
			if (gift.missingWord) {
				const { prompt: gapPrompt, sentence } = splitGap(ctx);
				if (!/^[^_]*___[^_]*$/.test(sentence)) return { skipped: skipped(gift, 'skipGapSentence') };
				return {
					question: {
						...base,
						prompt: gapPrompt,
						type: 'gap',
						sentence,
						mode: 'type',
						...keyed,
						...feedbackAndEvidence(ctx, fallback)
					},
					notes: ctx.notes
				};
			}
			return {
				question: { ...base, type: 'short', ...keyed, ...feedbackAndEvidence(ctx, fallback) },
				notes: ctx.notes
			};
		}
		case 'numerical': {
			const accepted: string[] = [];
			for (const answer of gift.answers) {
				if (answer.weight < 1) {
					note('partialCreditDropped', {
						answer: String(answer.value),
						percent: Math.round(answer.weight * 100)
					});
					continue;
				}
				const { value, tolerance } = answer;
				if (tolerance === 0) accepted.push(...numberForms(value));
				else if (
					Number.isInteger(value) &&
					Number.isInteger(tolerance) &&
					tolerance <= MAX_TOLERANCE
				) {
					for (let n = value - tolerance; n <= value + tolerance; n++) accepted.push(String(n));
				} else {
					return {
						skipped: skipped(gift, 'skipNumericalTolerance', {
							value,
							tolerance,
							max: MAX_TOLERANCE
						})
					};
				}
			}
			if (accepted.length === 0) return { skipped: skipped(gift, 'skipNoRightAnswer') };
			if (gift.wrongFeedback) note('wrongFeedbackDropped');
			if (gift.answers.some((a) => a.feedback)) note('answerFeedbackDropped');
			return {
				question: {
					...base,
					type: 'short',
					answers: [...new Set(accepted)],
					accents: 'required',
					variants: ['numbers'],
					wrongAnswers: [],
					...feedbackAndEvidence(ctx, numberAnswer(gift.answers.find((a) => a.weight >= 1)!))
				},
				notes: ctx.notes
			};
		}
		case 'match': {
			const items = gift.pairs.filter((p) => p.left !== '');
			const positions = items.map((p) => p.right);
			const isOrder =
				items.length === gift.pairs.length &&
				items.length >= 3 &&
				[...positions].sort((a, b) => Number(a) - Number(b)).join(' ') ===
					items.map((_, i) => String(i + 1)).join(' ');
			const enItems = enList(ctx, 'en options');
			if (isOrder) {
				const ordered = [...items].sort((a, b) => Number(a.right) - Number(b.right));
				const itemIds = ids(
					ctx,
					'item ids',
					ordered.map((p) => languagesOf(p.left, gift.format).fr),
					'item'
				);
				return {
					question: {
						...base,
						type: 'order',
						items: ordered.map((p, i) => ({
							id: itemIds[i]!,
							text: bilingual(ctx, p.left, enItems?.[items.indexOf(p)])
						})),
						...feedbackAndEvidence(
							ctx,
							ordered.map((p) => languagesOf(p.left, gift.format).fr).join(', ')
						)
					},
					notes: ctx.notes
				};
			}
			const rights = [...new Set(gift.pairs.map((p) => p.right))];
			if (items.length < 2 || rights.length < 2) {
				return { skipped: skipped(gift, 'skipMatchTooSmall') };
			}
			const choiceIds = ids(
				ctx,
				'choice ids',
				rights.map((r) => languagesOf(r, 'html').fr),
				'choice'
			);
			const itemIds = ids(
				ctx,
				'item ids',
				items.map((p) => languagesOf(p.left, gift.format).fr),
				'item'
			);
			const choices = rights.map((r, i) => ({ id: choiceIds[i]!, text: bilingual(ctx, r) }));
			const order = ctx.meta.get('choice order')?.split(/\s+/) ?? [];
			if (order.length === choices.length && choices.every((c) => order.includes(c.id))) {
				choices.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
			}
			return {
				question: {
					...base,
					type: 'match',
					choices,
					items: items.map((p, i) => ({
						id: itemIds[i]!,
						text: bilingual(ctx, p.left, enItems?.[i]),
						answer: choiceIds[rights.indexOf(p.right)]!
					})),
					...feedbackAndEvidence(
						ctx,
						items
							.map(
								(p) => `${languagesOf(p.left, gift.format).fr} → ${languagesOf(p.right, 'html').fr}`
							)
							.join(' ; ')
					)
				},
				notes: ctx.notes
			};
		}
	}
}

/** The widest tolerance turned into a list of accepted whole numbers (21 values). */
export const MAX_TOLERANCE = 10;

/** A numerical answer as a teacher reads it: 1822, or 3 (± 2). */
function numberAnswer(answer: { value: number; tolerance: number }): string {
	return answer.tolerance ? `${answer.value} (± ${answer.tolerance})` : String(answer.value);
}

/** A number as learners may type it: 3.5 and 3,5. */
function numberForms(value: number): string[] {
	const written = String(value);
	return written.includes('.') ? [written.replace('.', ','), written] : [written];
}

/**
 * Reads a GIFT file into questions for a lesson whose questions already use `takenIds`. Each
 * question comes in as a suggestion to review, with an id of its own in the lesson.
 */
export function importGift(source: string, takenIds: Iterable<string> = []): GiftImport {
	const parsed = parseGift(source);
	const taken = new Set(takenIds);
	const result: GiftImport = { questions: [], skipped: [], errors: [...parsed.errors] };
	for (const gift of parsed.questions) {
		const mapped = mapQuestion(gift, taken);
		if ('skipped' in mapped) {
			result.skipped.push(mapped.skipped);
			continue;
		}
		// The schema is the last word: a question it refuses is reported, never written.
		const checked = questionSchema.safeParse(mapped.question);
		if (!checked.success) {
			result.skipped.push(
				skipped(gift, 'skipInvalid', {
					detail: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
				})
			);
			continue;
		}
		result.questions.push({ line: gift.line, question: checked.data, notes: mapped.notes });
	}
	if (parsed.errors.length === 0 && parsed.questions.every((q) => q.kind === 'description')) {
		result.errors.push({ line: 1, code: 'notGift' });
	}
	return result;
}
