// How a drafted lesson compares with a careful reference reading (`NN-name.gold.json`): the
// rules of the reference scorer (shared texts' score-draft.py), in TypeScript, so `bench:draft`
// gives the same figures. Recall is over the required reference items; precision over the
// drafted ones (a match with an optional reference item counts as right). A drafted span
// matches a reference item when it overlaps it in the same paragraph and is not far longer; a
// quotation must share at least half of its extent with the reference.
import type { Annotation, Speaker } from '../lesson/annotation-schema';
import { resolveAnchor } from '../lesson/anchor';
import { sentences } from '../lesson/sentences';

export interface GoldItem {
	/** 1-based over the text's non-empty lines, the headline being 1. */
	paragraph: number;
	quote: string;
	optional?: boolean;
	alsoAt?: { paragraph: number; quote: string }[] | null;
	hedge?: boolean;
	source?: string;
	alsoAcceptable?: unknown[];
	[other: string]: unknown;
}

export interface GoldSpeaker {
	id: string;
	aliases?: string[];
	role?: string;
}

export interface Gold {
	text?: string;
	speakers?: GoldSpeaker[];
	sentences?: GoldItem[];
	reportingVerbs?: GoldItem[];
	conditionals?: GoldItem[];
	quotations?: GoldItem[];
	textQuality?: GoldItem[];
	unattributed?: GoldItem[];
}

/** An annotation as the scorer reads it from a drafted annotations.yaml. */
export interface DraftedAnnotation {
	kind?: string;
	speaker?: string;
	marker?: string;
	anchor?: { quote?: string; prefix?: string; suffix?: string; paragraph?: number };
}

/** What the scorer reads of a drafted lesson: its paragraphs and annotations file. */
export interface DraftedReading {
	paragraphs: readonly string[];
	speakers: readonly {
		id: string;
		role?: string;
		name?: Record<string, string>;
		label?: Record<string, string>;
	}[];
	annotations: readonly DraftedAnnotation[];
}

export const CATEGORIES = [
	'verbs',
	'hedges',
	'non_hedge_conditionals',
	'quotations',
	'text_quality',
	'unattributed'
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryScore {
	core: number;
	found: number;
	drafted: number;
	correct: number;
	unplaced: number;
	recall: number | null;
	precision: number | null;
	missed: string[];
	extra: string[];
}

export interface DraftScore {
	text?: string;
	paragraphsFound: number;
	annotations: number;
	categories: Record<Category, CategoryScore>;
	sources: { sentences: number; correct: number; accuracy: number | null };
	recall: number | null;
	precision: number | null;
}

type Span = [paragraph: number, start: number, end: number];

/** Spaces (no-break ones too) as one space, composed accents, no space at the ends. */
export function norm(text: string): string {
	return text.replace(/\s+/gu, ' ').normalize('NFC').trim();
}

const round = (n: number) => Math.round(n * 100) / 100;

function overlap(a: Span | null, b: Span | null): number {
	if (!a || !b || a[0] !== b[0]) return 0;
	return Math.min(a[2], b[2]) - Math.max(a[1], b[1]);
}

function matches(d: Span | null, g: Span | null, category: Category): boolean {
	const o = overlap(d, g);
	if (o <= 0 || !d || !g) return false;
	if (category === 'quotations') {
		const union = Math.max(d[2], g[2]) - Math.min(d[1], g[1]);
		return o / union >= 0.5;
	}
	return d[2] - d[1] <= 4 * (g[2] - g[1]) + 12;
}

function expand(items: readonly GoldItem[]): GoldItem[] {
	return items.flatMap((item) => [
		item,
		...(item.alsoAt ?? []).map((extra) => ({ ...item, ...extra, alsoAt: null, optional: true }))
	]);
}

/**
 * Scores a drafted reading against a reference. `lines` are the text file's non-empty lines,
 * headline first, as the reference numbers its paragraphs.
 */
export function scoreDraft(
	gold: Gold,
	lines: readonly string[],
	draft: DraftedReading
): DraftScore {
	const paras = draft.paragraphs.map(norm);
	const goldParagraph = new Map<number, number | null>();
	lines
		.filter((l) => l.trim() !== '')
		.forEach((line, i) => {
			const at = paras.indexOf(norm(line));
			goldParagraph.set(i + 1, at === -1 ? null : at);
		});

	const locateGold = (item: GoldItem): Span | null => {
		const p = goldParagraph.get(item.paragraph);
		if (p === null || p === undefined) return null;
		const q = norm(item.quote);
		const s = paras[p]!.indexOf(q);
		return s < 0 ? null : [p, s, s + q.length];
	};

	const locateAnchor = (annotation: DraftedAnnotation): Span | null => {
		const anchor = annotation.anchor;
		const q = norm(anchor?.quote ?? '');
		if (!q) return null;
		const candidates = anchor?.paragraph ? [anchor.paragraph - 1] : paras.map((_, i) => i);
		const pre = norm(anchor?.prefix ?? '');
		const suf = norm(anchor?.suffix ?? '');
		for (const p of candidates) {
			if (p < 0 || p >= paras.length) continue;
			const text = paras[p]!;
			for (let s = text.indexOf(q); s !== -1; s = text.indexOf(q, s + 1)) {
				const ok =
					(!pre || text.slice(0, s).trimEnd().endsWith(pre.trim())) &&
					(!suf ||
						text
							.slice(s + q.length)
							.trimStart()
							.startsWith(suf.trim()));
				if (ok) return [p, s, s + q.length];
			}
		}
		return null;
	};

	const roles = new Map(draft.speakers.map((s) => [s.id, s.role]));
	const categories: Record<Category, [GoldItem[], (a: DraftedAnnotation) => boolean]> = {
		verbs: [gold.reportingVerbs ?? [], (a) => a.kind === 'reporting-verb'],
		hedges: [(gold.conditionals ?? []).filter((c) => c.hedge), (a) => a.kind === 'hedge'],
		non_hedge_conditionals: [
			(gold.conditionals ?? []).filter((c) => !c.hedge),
			(a) => a.kind === 'conditional'
		],
		quotations: [gold.quotations ?? [], (a) => a.kind === 'quotation'],
		text_quality: [expand(gold.textQuality ?? []), (a) => a.kind === 'text-quality'],
		unattributed: [
			gold.unattributed ?? [],
			(a) =>
				(a.kind === 'source' && roles.get(a.speaker ?? '') === 'unsourced') ||
				(a.kind === 'hedge' && a.marker === 'other')
		]
	};

	const scores = {} as Record<Category, CategoryScore>;
	let totalCore = 0;
	let totalFound = 0;
	let totalDrafted = 0;
	let totalGood = 0;
	for (const name of CATEGORIES) {
		const [items, kind] = categories[name];
		const located = items.flatMap((g) => {
			const at = locateGold(g);
			return at ? [{ g, at }] : [];
		});
		const drafted = draft.annotations.filter(kind).map((a) => ({ a, at: locateAnchor(a) }));
		const core = located.filter(({ g }) => !g.optional);
		const hit = (d: Span | null, g: Span) => matches(d, g, name);
		const foundItems = core.filter(({ at }) => drafted.some((d) => hit(d.at, at)));
		const goodItems = drafted.filter((d) => d.at && located.some(({ at }) => hit(d.at, at)));
		scores[name] = {
			core: core.length,
			found: foundItems.length,
			drafted: drafted.length,
			correct: goodItems.length,
			unplaced: drafted.filter((d) => !d.at).length,
			recall: core.length ? round(foundItems.length / core.length) : null,
			precision: drafted.length ? round(goodItems.length / drafted.length) : null,
			missed: core.filter((c) => !foundItems.includes(c)).map(({ g }) => g.quote),
			extra: drafted.filter((d) => !goodItems.includes(d)).map((d) => d.a.anchor?.quote ?? '')
		};
		totalCore += core.length;
		totalFound += foundItems.length;
		totalDrafted += drafted.length;
		totalGood += goodItems.length;
	}

	// Sentence sources: the drafted speaker covering most of each reference sentence, mapped to
	// the reference's speakers by role (journalist, unsourced) or by name.
	const speakers = new Map(draft.speakers.map((s) => [s.id, s]));
	const goldIdOf = (id: string | undefined): string | null => {
		const s = id === undefined ? undefined : speakers.get(id);
		if (!s) return null;
		if (s.role === 'journalist' || s.role === 'unsourced') return s.role;
		const names = [s.id, ...Object.values(s.name ?? {}), ...Object.values(s.label ?? {})]
			.join(' ')
			.toLowerCase();
		for (const gs of gold.speakers ?? []) {
			for (const alias of [gs.id, ...(gs.aliases ?? [])]) {
				if (!alias) continue;
				const lower = alias.toLowerCase();
				if (names.includes(lower)) return gs.id;
				if (names && names.split(/\s+/).some((w) => w.length > 4 && lower.includes(w))) {
					return gs.id;
				}
			}
		}
		return null;
	};
	const sources = draft.annotations
		.filter((a) => a.kind === 'source')
		.map((a) => ({ a, at: locateAnchor(a) }));
	let correct = 0;
	let total = 0;
	for (const sentence of gold.sentences ?? []) {
		const at = locateGold(sentence);
		if (!at) continue;
		total++;
		let best: DraftedAnnotation | null = null;
		let bestOverlap = 0;
		for (const { a, at: d } of sources) {
			const o = overlap(d, at);
			if (o > bestOverlap) [best, bestOverlap] = [a, o];
		}
		const got = best ? goldIdOf(best.speaker) : null;
		const want = new Set([
			sentence.source,
			...(sentence.alsoAcceptable ?? []).flatMap((x) =>
				x && typeof x === 'object' && 'source' in x ? [String(x.source)] : []
			)
		]);
		if (got !== null && want.has(got)) correct++;
	}

	return {
		text: gold.text,
		paragraphsFound: [...goldParagraph.values()].filter((v) => v !== null).length,
		annotations: draft.annotations.length,
		categories: scores,
		sources: { sentences: total, correct, accuracy: total ? round(correct / total) : null },
		recall: totalCore ? round(totalFound / totalCore) : null,
		precision: totalDrafted ? round(totalGood / totalDrafted) : null
	};
}

/**
 * A reference reading made from a hand-made lesson (the seed's annotations): every reporting
 * verb, conditional, quotation, text defect and unsourced statement, and the source of every
 * sentence (the source annotation that covers most of it). Lines: the title, then the paragraphs.
 */
export function goldFromLesson(
	title: string,
	paragraphs: readonly string[],
	speakers: readonly Speaker[],
	annotations: readonly Annotation[]
): { gold: Gold; lines: string[] } {
	const role = new Map(speakers.map((s) => [s.id, s.role]));
	const placed = annotations.flatMap((annotation) => {
		const found = resolveAnchor(paragraphs, annotation.anchor);
		if (!found.ok) return [];
		const { paragraph, start, end } = found.range;
		const item: GoldItem = {
			paragraph: paragraph + 2,
			quote: paragraphs[paragraph]!.slice(start, end)
		};
		return [{ annotation, item, range: found.range }];
	});
	const of = (test: (a: Annotation) => boolean, extra: Partial<GoldItem> = {}) =>
		placed.filter(({ annotation }) => test(annotation)).map(({ item }) => ({ ...item, ...extra }));
	const sourceOf = (id: string) => {
		const r = role.get(id);
		return r === 'journalist' || r === 'unsourced' ? r : id;
	};
	const goldSentences: GoldItem[] = [];
	paragraphs.forEach((text, p) => {
		for (const sentence of sentences(text)) {
			let best: { speaker: string; overlap: number } | null = null;
			for (const { annotation, range } of placed) {
				if (annotation.kind !== 'source' || range.paragraph !== p) continue;
				const o = Math.min(range.end, sentence.end) - Math.max(range.start, sentence.start);
				if (o > 0 && (!best || o > best.overlap))
					best = { speaker: annotation.speaker, overlap: o };
			}
			if (!best) continue;
			goldSentences.push({
				paragraph: p + 2,
				quote: text.slice(sentence.start, sentence.end),
				source: sourceOf(best.speaker)
			});
		}
	});
	return {
		lines: [title, ...paragraphs],
		gold: {
			text: 'seed',
			speakers: speakers
				.filter((s) => s.role === 'party' || s.role === 'third-party')
				// Labels only: the reference scorer also matches any long word of a name ("Défense"), which
				// two full names may share.
				.map((s) => ({ id: s.id, aliases: [s.label.fr], role: s.role })),
			sentences: goldSentences,
			reportingVerbs: of((a) => a.kind === 'reporting-verb'),
			conditionals: [
				...of((a) => a.kind === 'hedge' && a.marker === 'conditional', { hedge: true }),
				...of((a) => a.kind === 'conditional', { hedge: false })
			],
			quotations: of((a) => a.kind === 'quotation'),
			textQuality: of((a) => a.kind === 'text-quality'),
			unattributed: of(
				(a) =>
					(a.kind === 'source' && role.get(a.speaker) === 'unsourced') ||
					(a.kind === 'hedge' && a.marker === 'other')
			)
		}
	};
}
