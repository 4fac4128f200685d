// From a French news text to the four files of a draft lesson. The detectors propose, the
// loader judges: whatever the loader would refuse is left out of the draft, so a teacher always
// gets a lesson that opens in the preview, every proposal marked `review: suggested`.
// Relative imports: the `lesson:draft` command runs this code outside SvelteKit.
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import { resolveAnchor } from '../lesson/anchor';
import type { Annotation, Speaker } from '../lesson/annotation-schema';
import { unseenForms } from '../lesson/glossary';
import { suggestedId } from '../lesson/issues';
import { buildLesson, type LessonFolder } from '../lesson/load';
import type { Problem } from '../lesson/problems';
import type { GlossaryTerm } from '../lesson/schema';
import { anchorFor } from './anchor-for';
import { makeContext } from './context';
import { detectors as chain } from './detectors/index';
import { draftQuiz, quizTemplates, type DraftQuestion, type QuizTemplate } from './quiz-templates';
import type { DraftContext, Detector, GlossaryCandidate, Lexicon } from './types';

export type Level = DraftContext['level'];

export interface DraftOptions {
	/** The headline: the lesson's French title. */
	title: string;
	level?: Level;
	source?: { outlet?: string | null; author?: string | null; date?: string | null };
	lexicon: Lexicon;
	/** The lesson id; from the title if left out. */
	id?: string;
	/** The detector chain (tests hand in their own). */
	detectors?: readonly Detector[];
	templates?: readonly QuizTemplate[];
}

export const DRAFT_FILES = [
	'lesson.yaml',
	'glossary.yaml',
	'annotations.yaml',
	'quiz.yaml'
] as const;
export type DraftFileName = (typeof DRAFT_FILES)[number];

export interface DraftSummary {
	paragraphs: number;
	sentences: number;
	words: number;
	glossary: number;
	speakers: number;
	/** Annotations by kind. */
	annotations: Record<string, number>;
	questions: number;
	/** Time each detector took, in milliseconds. */
	detectors: { name: string; ms: number }[];
	/** Proposals left out because the loader would refuse them (e.g. an ambiguous quote). */
	leftOut: number;
}

export interface DraftResult {
	id: string;
	files: Record<DraftFileName, string>;
	summary: DraftSummary;
}

/**
 * The paragraphs of a text: each non-empty line, verbatim but for the ends of lines (Windows
 * or old Mac), tabs (a space) and the spaces around it. Quotation marks, apostrophes and
 * no-break spaces are kept as typed.
 */
export function draftParagraphs(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t+/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** The lesson id a title gives: lower-case words without accents, joined by hyphens. */
export function draftId(title: string): string {
	return suggestedId(title).split('-').slice(0, 8).join('-');
}

const SCHEMA_LINE = (name: string) =>
	`# yaml-language-server: $schema=../schema/${name}.schema.json`;

const HEADERS: Record<DraftFileName, string[]> = {
	'lesson.yaml': [
		'# A draft made by `npm run lesson:draft`: pupils do not see it until "status: draft" is',
		'# deleted. Write the English title and the translation of each paragraph ("en"), then',
		'# check every "review: suggested" in the other files (docs/lessons.md).'
	],
	'glossary.yaml': [
		'# Proposed entries: words a learner at this level is unlikely to know. Write "en" and',
		'# "definition" where they are missing, then delete "review: suggested" to confirm an entry.'
	],
	'annotations.yaml': [
		'# Proposed annotations: who speaks, reporting verbs, conditionals, quotations, figures,',
		'# text quality. Correct each one, then delete "review: suggested" to confirm it.'
	],
	'quiz.yaml': [
		'# A draft quiz from the annotations, one template per kind of question. Check each question',
		'# against the text, then delete "review: suggested" to confirm it.'
	]
};

function yamlFile(name: DraftFileName, data: unknown): string {
	// No aliases: a teacher edits each question on its own, and the same speaker label is two texts.
	const body = stringify(data, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
	const schema = name.replace('.yaml', '');
	return [SCHEMA_LINE(schema), ...HEADERS[name], body].join('\n');
}

const JOURNALIST: Speaker = {
	id: 'journalist',
	name: { fr: 'le journaliste (le texte lui-même)', en: 'the journalist (the text itself)' },
	label: { fr: 'Journaliste', en: 'Journalist' },
	role: 'journalist'
};

/**
 * Once some sentences have a source, every sentence needs one (the loader's rule): those the
 * detectors left are the text's own voice until the teacher says otherwise.
 */
function fillSources(context: DraftContext, speakers: Speaker[], annotations: Annotation[]) {
	const sources = annotations.filter((a) => a.kind === 'source');
	if (sources.length === 0) return;
	const ranges = sources.flatMap((a) => {
		const found = resolveAnchor(context.paragraphs, a.anchor);
		return found.ok ? [found.range] : [];
	});
	let journalist = speakers.find((s) => s.role === 'journalist');
	const used = new Set(annotations.map((a) => a.id));
	context.sentences.forEach((sentence, s) => {
		const covered = ranges.some(
			(r) => r.paragraph === sentence.paragraph && r.start < sentence.end && sentence.start < r.end
		);
		if (covered) return;
		if (!journalist) speakers.push((journalist = JOURNALIST));
		let id = `source-journalist-${s + 1}`;
		while (used.has(id)) id += '-x';
		used.add(id);
		annotations.push({
			review: 'suggested',
			id,
			kind: 'source',
			speaker: journalist.id,
			anchor: anchorFor(context.paragraphs, sentence.paragraph, sentence.start, sentence.end),
			explanation: {
				fr: 'Personne n’est cité dans cette phrase : c’est le texte lui-même qui parle. À vérifier.',
				en: 'Nobody is quoted in this sentence: the text itself speaks. To check.'
			}
		});
	});
}

/** Glossary entries the loader accepts: unique ids, nouns with a gender, forms seen in the text. */
function glossaryTerms(paragraphs: readonly string[], candidates: readonly GlossaryCandidate[]) {
	const ids = new Set<string>();
	const owned = new Set<string>();
	let terms: GlossaryTerm[] = [];
	for (const c of candidates) {
		if (c.pos === 'noun' && !c.gender) continue;
		let id = c.id;
		for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
		const forms = [...new Set(c.forms)].filter((f) => !owned.has(f.toLocaleLowerCase('fr')));
		if (forms.length === 0) continue;
		ids.add(id);
		for (const f of forms) owned.add(f.toLocaleLowerCase('fr'));
		terms.push({
			review: 'suggested',
			id,
			lemma: c.lemma,
			forms,
			pos: c.pos,
			...(c.gender ? { gender: c.gender } : {}),
			...(c.en ? { en: c.en } : {}),
			...(c.definition ? { definition: c.definition } : {}),
			...(c.note ? { note: c.note } : {})
		});
	}
	// A form the reader would never show (absent, or always inside a longer one) is dropped.
	for (let round = 0; round < 5; round++) {
		const unseen = unseenForms(paragraphs, terms);
		if (unseen.length === 0) break;
		const drop = new Set(unseen.map((u) => `${u.termIndex}/${u.formIndex}`));
		terms = terms
			.map((t, i) => ({ ...t, forms: t.forms.filter((_, f) => !drop.has(`${i}/${f}`)) }))
			.filter((t) => t.forms.length > 0);
	}
	return terms;
}

/** The index of the item of `list` (a top-level sequence) that holds this line, if any. */
function itemAtLine(text: string, list: string, line: number): number | null {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	if (!isMap(doc.contents)) return null;
	const seq = doc.contents.get(list, true);
	if (!isSeq(seq)) return null;
	const index = seq.items.findIndex((item) => {
		const range = (item as { range?: [number, number, number] }).range;
		if (!range) return false;
		return lineCounter.linePos(range[0]).line <= line && line <= lineCounter.linePos(range[1]).line;
	});
	return index === -1 ? null : index;
}

interface Draft {
	lesson: Record<string, unknown>;
	terms: GlossaryTerm[];
	speakers: Speaker[];
	annotations: Annotation[];
	quiz: { core: string[]; questions: DraftQuestion[] };
}

function write(draft: Draft): Record<DraftFileName, string> {
	return {
		'lesson.yaml': yamlFile('lesson.yaml', draft.lesson),
		'glossary.yaml': yamlFile('glossary.yaml', { terms: draft.terms }),
		'annotations.yaml': yamlFile('annotations.yaml', {
			speakers: draft.speakers,
			annotations: draft.annotations
		}),
		'quiz.yaml': yamlFile('quiz.yaml', {
			// An empty core list would mean "no question fits the class period".
			...(draft.quiz.core.length > 0 ? { core: draft.quiz.core } : {}),
			questions: draft.quiz.questions
		})
	};
}

function validate(id: string, files: Record<DraftFileName, string>): Problem[] {
	const encoder = new TextEncoder();
	const folder: LessonFolder = {
		id,
		label: id,
		files: new Map(DRAFT_FILES.map((name) => [name, encoder.encode(files[name])]))
	};
	return buildLesson(folder).problems;
}

const LISTS: Partial<Record<DraftFileName, 'terms' | 'annotations' | 'questions'>> = {
	'glossary.yaml': 'terms',
	'annotations.yaml': 'annotations',
	'quiz.yaml': 'questions'
};

/**
 * Drafts a lesson from a French text: paragraphs (each non-empty line), the detectors' glossary
 * entries and annotations, and a quiz from templates, all marked `review: suggested`, the lesson
 * `status: draft`. The four files validate with the loader; the English texts are left to write.
 */
export function draftLesson(text: string, options: DraftOptions): DraftResult {
	const paragraphs = draftParagraphs(text);
	if (paragraphs.length === 0) throw new Error('the text is empty');
	const level = options.level ?? 'B1';
	const id = options.id ?? draftId(options.title);
	const context = makeContext(paragraphs, options.lexicon, level);
	const timings: DraftSummary['detectors'] = [];
	for (const detector of options.detectors ?? chain) {
		const started = performance.now();
		detector.run(context);
		timings.push({ name: detector.name, ms: Math.round(performance.now() - started) });
	}
	const templates = options.templates ?? quizTemplates;

	const speakers = [...context.speakers];
	let annotations: Annotation[] = context.annotations.map((a) => ({ ...a, review: 'suggested' }));
	// A speaker named by an annotation but never listed would make the file invalid.
	const known = new Set(speakers.map((s) => s.id));
	annotations = annotations.filter((a) => !('speaker' in a) || !a.speaker || known.has(a.speaker));
	fillSources(context, speakers, annotations);
	const draft: Draft = {
		lesson: {
			title: { fr: options.title.trim() },
			level,
			status: 'draft',
			source: {
				outlet: options.source?.outlet ?? null,
				author: options.source?.author ?? null,
				date: options.source?.date ?? null
			},
			paragraphs: paragraphs.map((fr) => ({ fr }))
		},
		terms: glossaryTerms(paragraphs, context.glossary),
		speakers,
		annotations,
		quiz: draftQuiz({ paragraphs, speakers, annotations }, templates)
	};
	const proposed = draft.terms.length + draft.annotations.length + draft.quiz.questions.length;

	// What the loader refuses is left out, a few rounds at most: each round drops the items the
	// problems point at, then writes the quiz again from the annotations that are left.
	let files = write(draft);
	for (let round = 0; round < 6; round++) {
		const problems = validate(id, files);
		if (problems.length === 0) break;
		const drop: Record<string, Set<number>> = {
			terms: new Set(),
			annotations: new Set(),
			questions: new Set()
		};
		let unplaced: Problem | null = null;
		for (const problem of problems) {
			const name = DRAFT_FILES.find((f) => problem.file === `${id}/${f}`);
			const list = name && LISTS[name];
			const index = list ? itemAtLine(files[name!], list, problem.line) : null;
			if (list && index !== null) drop[list]!.add(index);
			else unplaced ??= problem;
		}
		if (drop.terms!.size + drop.annotations!.size + drop.questions!.size === 0) {
			throw new Error(
				`the draft does not validate: ${unplaced?.file}:${unplaced?.line}: ${unplaced?.message}`
			);
		}
		draft.terms = draft.terms.filter((_, i) => !drop.terms!.has(i));
		const annotationsLeft = draft.annotations.filter((_, i) => !drop.annotations!.has(i));
		const questionsDropped = new Set([...drop.questions!].map((i) => draft.quiz.questions[i]?.id));
		draft.annotations = annotationsLeft;
		fillSources(context, draft.speakers, draft.annotations);
		const quiz = draftQuiz(
			{ paragraphs, speakers: draft.speakers, annotations: draft.annotations },
			templates
		);
		const questions = quiz.questions.filter((q) => !questionsDropped.has(q.id));
		draft.quiz = { core: quiz.core.filter((c) => questions.some((q) => q.id === c)), questions };
		files = write(draft);
	}
	const left = validate(id, files);
	if (left.length > 0) {
		throw new Error(
			`the draft does not validate: ${left[0]!.file}:${left[0]!.line}: ${left[0]!.message}`
		);
	}

	const byKind: Record<string, number> = {};
	for (const a of draft.annotations) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
	return {
		id,
		files,
		summary: {
			paragraphs: paragraphs.length,
			sentences: context.sentences.length,
			words: context.words.length,
			glossary: draft.terms.length,
			speakers: draft.speakers.length,
			annotations: byKind,
			questions: draft.quiz.questions.length,
			detectors: timings,
			leftOut: Math.max(
				0,
				proposed - (draft.terms.length + draft.annotations.length + draft.quiz.questions.length)
			)
		}
	};
}
