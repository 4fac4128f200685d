import type { Lesson } from '$lib/lesson/load';
import type { GlossaryTerm } from '$lib/lesson/schema';
import type { Question } from '$lib/quiz/schema';
import type {
	AnswerRecord,
	Learner,
	LearnerProgress,
	LessonProgress
} from '$lib/server/store/types';
import { paragraphs } from '../quiz/fixtures';

// A lesson built by hand around the quiz fixtures' paragraphs and questions, and learners'
// progress records as the store returns them.

export const LESSON_ID = 'karabakh-test';

const term = (id: string, lemma: string): GlossaryTerm => ({
	id,
	lemma,
	forms: [lemma],
	pos: 'noun',
	en: lemma,
	definition: `Définition de ${lemma}.`
});

export const glossary: GlossaryTerm[] = [
	term('bakou', 'Bakou'),
	term('pretendre', 'prétendre'),
	term('armee', 'armée'),
	term('ligne', 'ligne')
];

/** A lesson with the fixture paragraphs, the given questions and a small glossary. */
export function lessonWith(questions: readonly Question[]): Lesson {
	return {
		id: LESSON_ID,
		title: { fr: 'La revanche de Bakou', en: 'Baku’s revenge' },
		level: 'B1',
		status: 'published',
		readingMinutes: 2,
		wordCount: 40,
		source: { outlet: null, author: null, date: null },
		lens: [],
		paragraphs: paragraphs.map((fr, i) => ({
			number: i + 1,
			kind: 'text',
			fr,
			en: `Paragraph ${i + 1}.`,
			terms: []
		})),
		glossary,
		speakers: [],
		annotations: [],
		questions: questions.map((q) => ({ ...q, evidenceRanges: [] })),
		corePath: questions.map((q) => q.id)
	};
}

let clock = Date.parse('2026-03-02T09:00:00.000Z');

/** An answer as the store keeps it; each call is one minute after the previous one. */
export function record(
	questionId: string,
	answer: unknown,
	{ correct, attempt, hash, at }: { correct: boolean; attempt: number; hash: string; at?: string }
): AnswerRecord {
	clock += 60_000;
	return {
		key: `${questionId}-${clock}`,
		lessonId: LESSON_ID,
		questionId,
		questionHash: hash,
		answer,
		correct,
		attempt,
		at: at ?? new Date(clock).toISOString()
	};
}

/** A learner of class `c1` and their progress in the test lesson (none if `lesson` is null). */
export function learner(
	id: string,
	pseudonym: string,
	lesson: Partial<LessonProgress> | null,
	otherLessons: LessonProgress[] = []
): LearnerProgress {
	const who: Learner = {
		id,
		pseudonym,
		classroomId: 'c1',
		createdAt: '2026-03-01T08:00:00.000Z',
		uiLanguage: 'fr',
		quizLanguage: 'fr'
	};
	const lessons: LessonProgress[] = lesson
		? [
				{
					lessonId: LESSON_ID,
					firstOpenedAt: '2026-03-02T08:55:00.000Z',
					lastOpenedAt: '2026-03-02T09:30:00.000Z',
					lastParagraph: null,
					furthestParagraph: null,
					readToEnd: false,
					termsLookedUp: [],
					termLookUps: [],
					translationsOpened: [],
					lensesUsed: [],
					answers: [],
					...lesson
				}
			]
		: [];
	return { learner: who, lessons: [...otherLessons, ...lessons] };
}
