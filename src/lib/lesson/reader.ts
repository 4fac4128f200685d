import { highlightSegments, segmentParagraph, type HighlightedSegment } from './glossary';
import type { TextRange } from './anchor';
import type { Lesson } from './load';
import type { GlossaryTerm } from './schema';

/** What the reader page needs of a lesson — never its annotations or quiz keys. */
export interface ReaderView {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	readingMinutes: number;
	source: Lesson['source'];
	paragraphs: {
		number: number;
		kind: 'text' | 'caption';
		segments: HighlightedSegment[];
		en: string;
	}[];
	/** Entries that occur in the text, in French alphabetical order. */
	glossary: GlossaryTerm[];
}

/** The reader's view of a lesson; `highlights` are passages to mark (answered quiz evidence). */
export function readerView(lesson: Lesson, highlights: readonly TextRange[] = []): ReaderView {
	const used = new Set(lesson.paragraphs.flatMap((p) => p.terms.map((t) => t.termId)));
	return {
		id: lesson.id,
		title: lesson.title,
		level: lesson.level,
		readingMinutes: lesson.readingMinutes,
		source: lesson.source,
		paragraphs: lesson.paragraphs.map((p) => ({
			number: p.number,
			kind: p.kind,
			segments: highlightSegments(
				segmentParagraph(p.fr, p.terms),
				highlights.filter((h) => h.paragraph === p.number - 1)
			),
			en: p.en
		})),
		glossary: lesson.glossary.filter((term) => used.has(term.id))
	};
}

/** A lesson as the list on the home page shows it. */
export interface LessonSummary {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	readingMinutes: number;
}

export function lessonSummary({ id, title, level, readingMinutes }: Lesson): LessonSummary {
	return { id, title, level, readingMinutes };
}
