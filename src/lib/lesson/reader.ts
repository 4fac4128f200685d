import { highlightSegments, segmentParagraph } from './glossary';
import type { TextRange } from './anchor';
import { lensView, markRuns, type Lens, type LensView, type MarkedRun } from './lenses';
import type { Lesson } from './load';
import type { GlossaryTerm } from './schema';
import { estimateTime } from './time-estimate';
import type { Lang } from '../i18n/languages';

/** What the reader page needs of a lesson: never quiz keys, and only the lens asked for. */
export interface ReaderView {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	readingMinutes: number;
	source: Lesson['source'];
	paragraphs: {
		number: number;
		kind: 'text' | 'caption';
		/** The text in runs: inside a lens mark (`note`) or not. */
		runs: MarkedRun[];
		/** Null while a draft's translation is still to write. */
		en: string | null;
	}[];
	/** Entries that occur in the text, in French alphabetical order. */
	glossary: GlossaryTerm[];
	/** The lens shown, its notes and (claims lens) the claims map; null: plain text. */
	lens: LensView | null;
}

export interface ReaderOptions {
	/** Passages to highlight: the evidence of an answered quiz question. */
	highlights?: readonly TextRange[];
	/** A lens the learner may use (the caller checks it is open). */
	lens?: Lens | null;
	lang?: Lang;
}

export function readerView(lesson: Lesson, options: ReaderOptions = {}): ReaderView {
	const { highlights = [], lens = null, lang = 'fr' } = options;
	const used = new Set(lesson.paragraphs.flatMap((p) => p.terms.map((t) => t.termId)));
	const view = lens ? lensView(lesson, lens, lang) : null;
	const ranges = new Map(lesson.annotations.map((a) => [a.id, a.range]));
	return {
		id: lesson.id,
		title: lesson.title,
		level: lesson.level,
		readingMinutes: lesson.readingMinutes,
		source: lesson.source,
		paragraphs: lesson.paragraphs.map((p) => {
			const marks = (view?.notes ?? [])
				.filter((note) => note.paragraph === p.number)
				.map((note) => ({ id: note.id, ...ranges.get(note.id)! }));
			return {
				number: p.number,
				kind: p.kind,
				runs: markRuns(
					highlightSegments(
						segmentParagraph(p.fr, p.terms),
						highlights.filter((h) => h.paragraph === p.number - 1)
					),
					marks
				),
				en: p.en
			};
		}),
		glossary: lesson.glossary.filter((term) => used.has(term.id)),
		lens: view
	};
}

/** How long one path through the quiz takes, reading included, rounded up to 5 minutes. */
export interface PathTime {
	questions: number;
	minutes: number;
	phoneMinutes: number;
}

/** A lesson as the list on the home page shows it. */
export interface LessonSummary {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	readingMinutes: number;
	/** The core path (one class period) and the whole quiz, at the lesson's level. */
	time: { core: PathTime; all: PathTime };
}

/** How many questions a path has and how long the lesson takes with them. */
export function pathTime(
	lesson: Lesson,
	questions: readonly Lesson['questions'][number][]
): PathTime {
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	const estimate = estimateTime({ level: lesson.level, paragraphs }, questions);
	return {
		questions: questions.length,
		minutes: estimate.totalMinutes,
		phoneMinutes: estimate.phoneMinutes
	};
}

// The home page lists every lesson on every request: work each summary out once per loaded
// lesson. A reloaded lesson is a new object, so an edit is never served stale.
const summaries = new WeakMap<Lesson, LessonSummary>();

export function lessonSummary(lesson: Lesson): LessonSummary {
	let summary = summaries.get(lesson);
	if (!summary) summaries.set(lesson, (summary = summarise(lesson)));
	return summary;
}

function summarise(lesson: Lesson): LessonSummary {
	const { id, title, level, readingMinutes } = lesson;
	const core = lesson.questions.filter((q) => lesson.corePath.includes(q.id));
	return {
		id,
		title,
		level,
		readingMinutes,
		time: { core: pathTime(lesson, core), all: pathTime(lesson, lesson.questions) }
	};
}
