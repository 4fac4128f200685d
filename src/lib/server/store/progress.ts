import type { LearnerFile } from './schema';
import { emptyReading } from './reading';
import type { AnswerRecord, LearnerProgress, LessonProgress, LessonReading } from './types';

/**
 * A learner's progress per lesson, from their reading summary and their answers taken in time
 * order. Most recently opened lesson first; lessons never opened (answers only) after, most
 * recent activity first.
 */
export function deriveProgress(
	data: Pick<LearnerFile, 'learner' | 'reading' | 'answers'>
): LearnerProgress {
	const lessons = new Map<string, { progress: LessonProgress; lastActivity: string }>();
	for (const reading of data.reading)
		lessons.set(reading.lessonId, {
			lastActivity: reading.lastActivityAt,
			progress: progressOf(reading)
		});
	const byTime = [...data.answers].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	for (const answer of byTime) lessonOf(lessons, answer).progress.answers.push(answer);

	const sorted = [...lessons.values()].sort(
		(a, b) =>
			compareDescending(a.progress.lastOpenedAt, b.progress.lastOpenedAt) ||
			compareDescending(a.lastActivity, b.lastActivity) ||
			a.progress.lessonId.localeCompare(b.progress.lessonId)
	);
	return { learner: data.learner, lessons: sorted.map(({ progress }) => progress) };
}

/** What a page shows of one lesson's reading summary (answers added by the caller). */
function progressOf(reading: LessonReading): LessonProgress {
	const terms = [...reading.terms].sort((a, b) =>
		a.firstAt < b.firstAt ? -1 : a.firstAt > b.firstAt ? 1 : 0
	);
	return {
		lessonId: reading.lessonId,
		firstOpenedAt: reading.firstOpenedAt,
		lastOpenedAt: reading.lastOpenedAt,
		lastParagraph: reading.lastParagraph,
		furthestParagraph: reading.furthestParagraph,
		readToEnd: reading.readToEnd,
		termsLookedUp: terms.map((t) => t.termId),
		termLookUps: terms.map(({ termId, count }) => ({ termId, count })),
		translationsOpened: [...reading.translationsOpened].sort((a, b) => a - b),
		lensesUsed: [...reading.lensesUsed],
		answers: []
	};
}

/** The lesson an answer belongs to; a lesson answered but never opened reads as never read. */
function lessonOf(
	lessons: Map<string, { progress: LessonProgress; lastActivity: string }>,
	answer: AnswerRecord
) {
	let found = lessons.get(answer.lessonId);
	if (!found) {
		found = {
			lastActivity: answer.at,
			progress: progressOf(emptyReading(answer.lessonId, answer.at))
		};
		lessons.set(answer.lessonId, found);
	}
	if (answer.at > found.lastActivity) found.lastActivity = answer.at;
	return found;
}

/** Later first; null (never) last. */
function compareDescending(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}
