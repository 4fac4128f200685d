import { sentences } from '../../lesson/sentences';
import type { Lesson, LessonParagraph } from '../../lesson/load';
import type { GlossaryTerm } from '../../lesson/schema';
import { questionView, type QuestionView } from '../../quiz/view';

// The printed worksheet: what a pupil gets on paper. Its questions are the learner's views
// (no key, no feedback, no evidence), shuffled once for everyone so the key can name letters.

/** The same seed for every copy: the answer key's letters match every printed worksheet. */
const WORKSHEET_SEED = 'worksheet';

/** A piece of a sentence: plain text, or a glossary term followed by its footnote number. */
export interface SheetPiece {
	text: string;
	footnote?: number;
}

export interface SheetSentence {
	/** 1-based within its paragraph: "§ 3, sentence 2". */
	number: number;
	pieces: SheetPiece[];
}

export interface SheetParagraph {
	number: number;
	kind: LessonParagraph['kind'];
	sentences: SheetSentence[];
}

/** A glossary entry printed as the footnote of its term's first occurrence in the text. */
export interface Footnote extends Pick<
	GlossaryTerm,
	'lemma' | 'pos' | 'gender' | 'en' | 'definition'
> {
	number: number;
}

/** A question as printed: the learner's view and its number on the sheet. */
export type SheetQuestion = QuestionView & { number: number };

export interface Worksheet {
	id: string;
	title: Lesson['title'];
	level: Lesson['level'];
	source: Lesson['source'];
	paragraphs: SheetParagraph[];
	footnotes: Footnote[];
	questions: SheetQuestion[];
}

/** The questions in the worksheet's order and shuffle, numbered from 1. */
export function worksheetQuestions(lesson: Lesson): SheetQuestion[] {
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	return lesson.questions.map((question, i) => ({
		...questionView(question, { seed: WORKSHEET_SEED, paragraphs }),
		number: i + 1
	}));
}

/**
 * A paragraph cut into its sentences (as `sentences()` cuts them), with a footnote number after
 * the first occurrence of each glossary term in the whole text. `seen` and `footnotes` carry
 * across paragraphs. A term is never cut: one that crossed a sentence end would stay whole in
 * the sentence where it starts.
 */
function sheetParagraph(
	paragraph: LessonParagraph,
	glossary: ReadonlyMap<string, GlossaryTerm>,
	seen: Set<string>,
	footnotes: Footnote[]
): SheetParagraph {
	const text = paragraph.fr;
	const cuts = sentences(text);
	const result: SheetSentence[] = [];
	let from = 0;
	cuts.forEach((sentence, s) => {
		const start = Math.max(sentence.start, from);
		let end = sentence.end;
		const terms = paragraph.terms.filter((t) => t.start >= start && t.start < end);
		end = Math.max(end, ...terms.map((t) => t.end));
		const pieces: SheetPiece[] = [];
		const plain = (piece: string) => {
			const last = pieces.at(-1);
			if (last && last.footnote === undefined) last.text += piece;
			else if (piece) pieces.push({ text: piece });
		};
		let at = start;
		for (const occurrence of terms) {
			plain(text.slice(at, occurrence.start));
			const word = text.slice(occurrence.start, occurrence.end);
			const term = glossary.get(occurrence.termId);
			if (term && !seen.has(term.id)) {
				seen.add(term.id);
				const number = footnotes.length + 1;
				footnotes.push({
					number,
					lemma: term.lemma,
					pos: term.pos,
					gender: term.gender,
					en: term.en,
					definition: term.definition
				});
				pieces.push({ text: word, footnote: number });
			} else plain(word);
			at = occurrence.end;
		}
		plain(text.slice(at, end));
		if (pieces.length > 0) result.push({ number: s + 1, pieces });
		from = end;
	});
	return { number: paragraph.number, kind: paragraph.kind, sentences: result };
}

export interface WorksheetOptions {
	/**
	 * The short sheet: the core path's questions only (numbered as in the whole quiz, so the
	 * answer key fits), and footnotes only for the glossary terms inside their evidence.
	 */
	short?: boolean;
}

/** The glossary terms that occur in the passages the questions are about (their evidence). */
export function termsNeeded(lesson: Lesson, questions: readonly Lesson['questions'][number][]) {
	const needed = new Set<string>();
	for (const range of questions.flatMap((q) => q.evidenceRanges)) {
		for (const term of lesson.paragraphs[range.paragraph]?.terms ?? []) {
			if (term.start < range.end && term.end > range.start) needed.add(term.termId);
		}
	}
	return needed;
}

/** The worksheet of a lesson: the text by paragraph and sentence, footnotes, then questions. */
export function worksheet(lesson: Lesson, options: WorksheetOptions = {}): Worksheet {
	const numbered = worksheetQuestions(lesson);
	const questions = options.short
		? numbered.filter((q) => lesson.corePath.includes(q.id))
		: numbered;
	const needed = options.short
		? termsNeeded(
				lesson,
				lesson.questions.filter((q) => lesson.corePath.includes(q.id))
			)
		: null;
	const glossary = new Map(
		lesson.glossary.filter((term) => !needed || needed.has(term.id)).map((term) => [term.id, term])
	);
	const seen = new Set<string>();
	const footnotes: Footnote[] = [];
	const paragraphs = lesson.paragraphs.map((p) => sheetParagraph(p, glossary, seen, footnotes));
	return {
		id: lesson.id,
		title: lesson.title,
		level: lesson.level,
		source: lesson.source,
		paragraphs,
		footnotes,
		questions
	};
}
