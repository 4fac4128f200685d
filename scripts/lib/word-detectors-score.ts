// Scores the lexicon's detectors (conditionals told apart as hedges or not, English words left
// in) against careful reference readings: the shared texts' NN-name.gold.json and the seed
// lesson's hand-made annotations. Same matching rule as the shared score-draft.py: a drafted span
// matches a reference one when they overlap in the same paragraph and the drafted one is not
// much longer; optional reference items are welcome but not required.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { resolveAnchor } from '../../src/lib/lesson/anchor';
import type { Annotation } from '../../src/lib/lesson/annotation-schema';
import { makeContext } from '../../src/lib/draft/context';
import { conditionals } from '../../src/lib/draft/detectors/conditionals';
import { englishWords } from '../../src/lib/draft/detectors/english-words';
import type { Lexicon } from '../../src/lib/draft/types';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared reference texts: SHARED_TEXTS_DIR, else `<repo>/../shared/texts`. */
export function sharedTextsDir(): string {
	return process.env.SHARED_TEXTS_DIR ?? resolve(repo, '..', 'shared', 'texts');
}

interface Span {
	paragraph: number;
	start: number;
	end: number;
	optional?: boolean;
	quote: string;
}

export interface Score {
	core: number;
	found: number;
	drafted: number;
	correct: number;
	missed: string[];
	extra: string[];
}

export interface TextScore {
	text: string;
	hedges: Score;
	nonHedges: Score;
	/** Conditionals, each counted right only in its right class (hedge or not). */
	conditionals: Score;
	englishWords: Score;
	/** Conditional traps (imperfects in -raient, nouns, participles…) drafted as conditionals. */
	trapsHit: string[];
}

const overlaps = (d: Span, g: Span) =>
	d.paragraph === g.paragraph &&
	Math.min(d.end, g.end) - Math.max(d.start, g.start) > 0 &&
	d.end - d.start <= 4 * (g.end - g.start) + 12;

function score(drafted: Span[], reference: Span[]): Score {
	const core = reference.filter((g) => !g.optional);
	const missed = core.filter((g) => !drafted.some((d) => overlaps(d, g)));
	const extra = drafted.filter((d) => !reference.some((g) => overlaps(d, g)));
	return {
		core: core.length,
		found: core.length - missed.length,
		drafted: drafted.length,
		correct: drafted.length - extra.length,
		missed: missed.map((g) => g.quote),
		extra: extra.map((d) => d.quote)
	};
}

const add = (a: Score, b: Score): Score => ({
	core: a.core + b.core,
	found: a.found + b.found,
	drafted: a.drafted + b.drafted,
	correct: a.correct + b.correct,
	missed: [...a.missed, ...b.missed],
	extra: [...a.extra, ...b.extra]
});

export const recall = (s: Score) => (s.core === 0 ? 1 : s.found / s.core);
export const precision = (s: Score) => (s.drafted === 0 ? 1 : s.correct / s.drafted);

function draftedSpans(
	paragraphs: string[],
	annotations: Annotation[],
	keep: (a: Annotation) => boolean
): Span[] {
	return annotations.filter(keep).map((a) => {
		const found = resolveAnchor(paragraphs, a.anchor);
		if (!found.ok) throw new Error(`anchor of ${a.id} does not resolve: ${found.problem}`);
		return { ...found.range, quote: a.anchor.quote };
	});
}

function run(paragraphs: string[], lexicon: Lexicon): Annotation[] {
	const context = makeContext(paragraphs, lexicon, 'B1');
	conditionals.run(context);
	englishWords.run(context);
	return context.annotations;
}

const isHedge = (a: Annotation) => a.kind === 'hedge' && a.marker === 'conditional';
const isConditional = (a: Annotation) => a.kind === 'conditional';
const isEnglish = (a: Annotation) => a.kind === 'text-quality' && a.defect === 'english-word';

function textScore(
	text: string,
	paragraphs: string[],
	annotations: Annotation[],
	reference: { hedges: Span[]; nonHedges: Span[]; english: Span[]; traps: Span[] }
): TextScore {
	const hedges = score(draftedSpans(paragraphs, annotations, isHedge), reference.hedges);
	const nonHedges = score(
		draftedSpans(paragraphs, annotations, isConditional),
		reference.nonHedges
	);
	const anyConditional = draftedSpans(
		paragraphs,
		annotations,
		(a) => isHedge(a) || isConditional(a)
	);
	return {
		text,
		hedges,
		nonHedges,
		conditionals: add(hedges, nonHedges),
		englishWords: score(draftedSpans(paragraphs, annotations, isEnglish), reference.english),
		trapsHit: reference.traps
			.filter((t) => anyConditional.some((d) => overlaps(d, t)))
			.map((t) => t.quote)
	};
}

interface GoldItem {
	paragraph: number;
	quote: string;
	optional?: boolean;
	hedge?: boolean;
	kind?: string;
	alsoAt?: { paragraph: number; quote: string }[];
}

/** Scores one shared text (`NN-name`), its headline included as paragraph 1 as in the gold file. */
export function scoreSharedText(dir: string, name: string, lexicon: Lexicon): TextScore {
	const paragraphs = readFileSync(join(dir, `${name}.txt`), 'utf8')
		.split(/\r?\n/)
		.filter((line) => line.trim());
	const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8'));
	const locate = (item: GoldItem, optional = item.optional): Span => {
		const paragraph = item.paragraph - 1;
		const start = paragraphs[paragraph]?.indexOf(item.quote) ?? -1;
		if (start < 0) throw new Error(`${name}: "${item.quote}" not in paragraph ${item.paragraph}`);
		return { paragraph, start, end: start + item.quote.length, optional, quote: item.quote };
	};
	const withOtherPlaces = (items: GoldItem[]) =>
		items.flatMap((item) => [
			locate(item),
			...(item.alsoAt ?? []).map((other) => locate({ ...item, ...other }, true))
		]);
	const conditionalItems: GoldItem[] = gold.conditionals ?? [];
	return textScore(name, paragraphs, run(paragraphs, lexicon), {
		hedges: conditionalItems.filter((c) => c.hedge).map((c) => locate(c)),
		nonHedges: conditionalItems.filter((c) => !c.hedge).map((c) => locate(c)),
		english: withOtherPlaces(
			(gold.textQuality ?? []).filter(
				(t: GoldItem) => t.kind === 'anglicism' || t.kind === 'english-word'
			)
		),
		traps: withOtherPlaces(gold.conditionalTraps ?? [])
	});
}

/** Scores the seed lesson against its hand-made hedge, conditional and English-word annotations. */
export function scoreSeed(lexicon: Lexicon): TextScore {
	const folder = join(repo, 'questions', 'karabakh-revenge');
	const lesson = parse(readFileSync(join(folder, 'lesson.yaml'), 'utf8'));
	const paragraphs: string[] = lesson.paragraphs.map((p: { fr: string }) => p.fr);
	const reference: Annotation[] = parse(
		readFileSync(join(folder, 'annotations.yaml'), 'utf8')
	).annotations;
	const spans = (keep: (a: Annotation) => boolean) => draftedSpans(paragraphs, reference, keep);
	return textScore('karabakh-revenge', paragraphs, run(paragraphs, lexicon), {
		hedges: spans(isHedge),
		nonHedges: spans(isConditional),
		english: spans(isEnglish),
		traps: []
	});
}

/** Every shared text that has a reference reading. */
export function sharedTextNames(dir = sharedTextsDir()): string[] {
	if (!existsSync(dir)) {
		throw new Error(
			`the shared reference texts are not at ${dir}: set SHARED_TEXTS_DIR to the folder that holds NN-name.txt and NN-name.gold.json`
		);
	}
	return readdirSync(dir)
		.filter((file) => file.endsWith('.gold.json'))
		.map((file) => file.replace(/\.gold\.json$/, ''))
		.sort();
}

/** Totals over texts. */
export function total(scores: TextScore[], pick: (s: TextScore) => Score): Score {
	return scores
		.map(pick)
		.reduce(add, { core: 0, found: 0, drafted: 0, correct: 0, missed: [], extra: [] });
}
