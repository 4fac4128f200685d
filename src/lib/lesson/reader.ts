import { segmentParagraph, type Segment } from './glossary';
import type { Lesson } from './load';
import type { GlossaryTerm } from './schema';

/** What the reader page needs of a lesson — never its annotations or quiz keys. */
export interface ReaderView {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	readingMinutes: number;
	source: Lesson['source'];
	paragraphs: { number: number; kind: 'text' | 'caption'; segments: Segment[]; en: string }[];
	/** Entries that occur in the text, in French alphabetical order. */
	glossary: GlossaryTerm[];
}

export function readerView(lesson: Lesson): ReaderView {
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
			segments: segmentParagraph(p.fr, p.terms),
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
