import type { Lang } from '../i18n/languages';
import type { Annotation, Speaker } from './annotation-schema';
import { LENS_NAMES, LENSES, type Lens } from './lens-names';
import type { HighlightedSegment } from './glossary';
import type { Lesson } from './load';

export { LENS_NAMES, type Lens };

/**
 * The lenses a learner may use. Lenses answer quiz questions, so they open once every question
 * has been answered once; the lesson file can open some from the start (a guided reading).
 * A lesson without a quiz gives nothing away: all open.
 */
export function openLenses(
	lesson: Pick<Lesson, 'lens' | 'questions'>,
	answeredEveryQuestion: boolean
): Lens[] {
	if (answeredEveryQuestion || lesson.questions.length === 0) return [...LENS_NAMES];
	return LENS_NAMES.filter((lens) => lesson.lens.includes(lens));
}

/** A lens name from a query parameter, or null for "no lens" and anything unknown. */
export function parseLens(value: string | null): Lens | null {
	return LENS_NAMES.find((lens) => lens === value) ?? null;
}

/** What the learner sees of one annotation, in their language. */
export interface LensNote {
	id: string;
	kind: Annotation['kind'];
	/** Short text of the badge before the marked words: a speaker, or a category code. */
	label: string | null;
	/** Category code the page translates and styles: a distance, a defect, a use… */
	category: string;
	/** Colour and pattern (0–5): the speaker's place in the lesson's list, else the category's. */
	tone: number;
	/** Paragraph number (1-based), for the notes list. */
	paragraph: number;
	quote: string;
	explanation: string;
	/** Text quality: the correct French. */
	correction?: string;
}

export interface ClaimRow {
	id: string;
	speaker: { label: string; name: string; tone: number };
	claim: string;
	evidence: string | null;
	status: Extract<Annotation, { kind: 'claim' }>['status'];
	/** Other speakers' claims that confirm or contradict this one (`speaker`: their label). */
	related: { id: string; claim: string; speaker: string; relation: 'confirms' | 'contradicts' }[];
	paragraph: number;
}

export interface CasualtyTable {
	/** One column per speaker that gives a figure, in the lesson's speaker order. */
	speakers: { id: string; label: string; name: string; tone: number }[];
	/** One row per side whose losses are counted; a cell per speaker (null: gives none). */
	rows: { side: string; figures: ({ figure: string; claim: string } | null)[] }[];
}

export interface ClaimsMap {
	claims: ClaimRow[];
	casualties: CasualtyTable;
}

/** One line of a lens's key: a speaker (label set) or a category, with its colour and pattern. */
export interface LegendEntry {
	tone: number;
	category: string;
	label: string | null;
	name: string | null;
}

export interface LensView {
	lens: Lens;
	notes: LensNote[];
	legend: LegendEntry[];
	/** Only for the claims lens. */
	map: ClaimsMap | null;
}

export const TONES = 6;

// Colours and patterns of categories that have no speaker; the loudest for the most distance.
const CATEGORY_TONE: Record<string, number> = {
	neutral: 0,
	distancing: 4,
	evaluative: 5,
	agentless: 1,
	conditional: 4,
	other: 3,
	'reported-speech': 2,
	'future-in-the-past': 2,
	hypothesis: 2,
	politeness: 2,
	modal: 2,
	'english-word': 1,
	spelling: 3,
	'broken-sentence': 4,
	typography: 0
};

function speakerOf(speakers: readonly Speaker[], id: string | undefined, lang: Lang) {
	const tone = speakers.findIndex((s) => s.id === id);
	const speaker = speakers[tone];
	return speaker
		? { label: speaker.label[lang], name: speaker.name[lang], tone: tone % TONES }
		: null;
}

function category(annotation: Annotation): string {
	switch (annotation.kind) {
		case 'source':
		case 'quotation':
			return annotation.kind === 'quotation' ? annotation.reason : 'source';
		case 'reporting-verb':
			return annotation.distance;
		case 'hedge':
			return annotation.marker;
		case 'conditional':
			return annotation.use;
		case 'claim':
			return annotation.status;
		case 'text-quality':
			return annotation.defect;
	}
}

/** The notes of one lens, in reading order, with the claims map for the claims lens. */
export function lensView(lesson: Lesson, lens: Lens, lang: Lang): LensView {
	const kinds: readonly string[] = LENSES[lens];
	const shown = lesson.annotations
		.filter((a) => kinds.includes(a.kind))
		.sort((a, b) => a.range.paragraph - b.range.paragraph || a.range.start - b.range.start);
	const legend: LegendEntry[] = [];
	const notes = shown.map((annotation): LensNote => {
		const speaker = speakerOf(
			lesson.speakers,
			'speaker' in annotation ? annotation.speaker : undefined,
			lang
		);
		const code = category(annotation);
		const tone = speaker?.tone ?? CATEGORY_TONE[code] ?? 0;
		const entry = {
			tone,
			category: code,
			label: speaker?.label ?? null,
			name: speaker?.name ?? null
		};
		if (!legend.some((e) => e.label === entry.label && e.category === entry.category)) {
			legend.push(entry);
		}
		return {
			id: annotation.id,
			kind: annotation.kind,
			label: speaker?.label ?? null,
			category: code,
			tone,
			paragraph: annotation.range.paragraph + 1,
			quote: annotation.anchor.quote,
			explanation: annotation.explanation[lang],
			...(annotation.kind === 'text-quality' ? { correction: annotation.correction } : {})
		};
	});
	// Speakers once each in the key (the category is the lens's), categories once each.
	const key =
		lens === 'sources' || lens === 'quotes' || lens === 'claims'
			? legend.filter((e, i) => legend.findIndex((f) => f.label === e.label) === i)
			: legend;
	return { lens, notes, legend: key, map: lens === 'claims' ? claimsMap(lesson, lang) : null };
}

type Claim = Extract<Lesson['annotations'][number], { kind: 'claim' }>;

export function claimsMap(lesson: Lesson, lang: Lang): ClaimsMap {
	const claims = lesson.annotations.filter((a): a is Claim => a.kind === 'claim');
	const byId = new Map(claims.map((c) => [c.id, c]));
	const order = (c: Claim) => lesson.speakers.findIndex((s) => s.id === c.speaker);
	const rows = [...claims]
		.sort(
			(a, b) =>
				order(a) - order(b) ||
				a.range.paragraph - b.range.paragraph ||
				a.range.start - b.range.start
		)
		.map((c): ClaimRow => ({
			id: c.id,
			speaker: speakerOf(lesson.speakers, c.speaker, lang)!,
			claim: c.claim[lang],
			evidence: c.evidence?.[lang] ?? null,
			status: c.status,
			related: (c.related ?? []).flatMap(({ claim, relation }) => {
				const other = byId.get(claim);
				if (!other) return [];
				const speaker = speakerOf(lesson.speakers, other.speaker, lang)?.label ?? other.speaker;
				return [{ id: claim, claim: other.claim[lang], speaker, relation }];
			}),
			paragraph: c.range.paragraph + 1
		}));

	const counted = rows.filter((r) => byId.get(r.id)!.casualties);
	const speakerIds = lesson.speakers
		.map((s) => s.id)
		.filter((id) => counted.some((r) => byId.get(r.id)!.speaker === id));
	const sides: string[] = [];
	for (const row of counted) {
		const side = byId.get(row.id)!.casualties!.side[lang];
		if (!sides.includes(side)) sides.push(side);
	}
	return {
		claims: rows,
		casualties: {
			speakers: speakerIds.map((id) => ({ id, ...speakerOf(lesson.speakers, id, lang)! })),
			rows: sides.map((side) => ({
				side,
				figures: speakerIds.map((id) => {
					const found = counted.filter((r) => {
						const c = byId.get(r.id)!;
						return c.speaker === id && c.casualties!.side[lang] === side;
					});
					if (found.length === 0) return null;
					return {
						figure: found.map((r) => byId.get(r.id)!.casualties!.figure[lang]).join(' ; '),
						claim: found[0]!.id
					};
				})
			}))
		}
	};
}

/** A run of segments inside one lens mark (`note`), or outside any (`note` null). */
export interface MarkedRun {
	note: string | null;
	segments: HighlightedSegment[];
}

/**
 * Groups a paragraph's segments into runs under the marks of a lens. Plain text is cut at a
 * mark's edges; a glossary term is never cut in two: it goes whole to the first mark it touches.
 * Marks of one lens do not overlap (the loader makes sure).
 */
export function markRuns(
	segments: readonly HighlightedSegment[],
	marks: readonly { id: string; start: number; end: number }[]
): MarkedRun[] {
	const runs: MarkedRun[] = [];
	const push = (note: string | null, segment: HighlightedSegment) => {
		const last = runs.at(-1);
		if (last && last.note === note) last.segments.push(segment);
		else runs.push({ note, segments: [segment] });
	};
	const markAt = (offset: number) => marks.find((m) => m.start <= offset && offset < m.end);
	let at = 0;
	for (const segment of segments) {
		const start = at;
		const end = at + segment.text.length;
		at = end;
		if ('termId' in segment) {
			const touched = marks.find((m) => m.start < end && start < m.end);
			push(touched?.id ?? null, segment);
			continue;
		}
		const cuts = [
			...new Set([
				start,
				end,
				...marks.flatMap((m) => [m.start, m.end]).filter((c) => c > start && c < end)
			])
		].sort((a, b) => a - b);
		for (let i = 0; i + 1 < cuts.length; i++) {
			const [from, to] = [cuts[i]!, cuts[i + 1]!];
			push(markAt(from)?.id ?? null, {
				text: segment.text.slice(from - start, to - start),
				highlight: segment.highlight
			});
		}
	}
	return runs;
}
