import {
	READING_LIMITS,
	describeIssues,
	learnerFileSchema,
	learnerFileV1Schema,
	type LearnerFile,
	type LearnerFileV1
} from './schema';
import type { LessonReading, ReadingEvent } from './types';

// Reading events are folded into one small summary per lesson as they arrive, instead of being
// kept as a log: a learner file stays the same size however many events a client sends, and
// saving it costs the same on the hundredth visit as on the first.

/** The summary of a lesson nothing was recorded for yet. */
export function emptyReading(lessonId: string, at: string): LessonReading {
	return {
		lessonId,
		firstOpenedAt: null,
		lastOpenedAt: null,
		lastActivityAt: at,
		lastParagraph: null,
		lastParagraphAt: null,
		furthestParagraph: null,
		readToEnd: false,
		terms: [],
		translationsOpened: [],
		lensesUsed: []
	};
}

const later = (a: string | null, b: string) => (a === null || b > a ? b : a);
const earlier = (a: string | null, b: string) => (a === null || b < a ? b : a);
const furthest = (a: number | null, b: number) => (a === null || b > a ? b : a);

/**
 * Adds one event to the summary (in place). Order does not matter, except that the resume
 * paragraph is the one of the latest event by time: an event resent after a network cut
 * arrives late with its earlier time. Past the limits, new lessons, terms, translations and
 * lenses are dropped; counts of those already there still grow.
 */
export function foldEvent(reading: LessonReading[], event: ReadingEvent): void {
	let entry = reading.find((r) => r.lessonId === event.lessonId);
	if (!entry) {
		if (reading.length >= READING_LIMITS.lessons) return;
		entry = emptyReading(event.lessonId, event.at);
		reading.push(entry);
	}
	entry.lastActivityAt = later(entry.lastActivityAt, event.at);
	switch (event.type) {
		case 'lesson-opened':
			entry.firstOpenedAt = earlier(entry.firstOpenedAt, event.at);
			entry.lastOpenedAt = later(entry.lastOpenedAt, event.at);
			break;
		case 'position':
			if (entry.lastParagraphAt === null || event.at >= entry.lastParagraphAt) {
				entry.lastParagraph = event.paragraph;
				entry.lastParagraphAt = event.at;
			}
			entry.furthestParagraph = furthest(entry.furthestParagraph, event.paragraph);
			break;
		case 'reached':
			entry.furthestParagraph = furthest(entry.furthestParagraph, event.paragraph);
			if (event.end) entry.readToEnd = true;
			break;
		case 'term-looked-up': {
			const term = entry.terms.find((t) => t.termId === event.termId);
			if (term) {
				term.count++;
				term.firstAt = earlier(term.firstAt, event.at);
			} else if (entry.terms.length < READING_LIMITS.termsPerLesson) {
				entry.terms.push({ termId: event.termId, count: 1, firstAt: event.at });
			}
			break;
		}
		case 'translation-opened':
			if (
				!entry.translationsOpened.includes(event.paragraph) &&
				entry.translationsOpened.length < READING_LIMITS.translationsPerLesson
			) {
				entry.translationsOpened.push(event.paragraph);
				entry.translationsOpened.sort((a, b) => a - b);
			}
			break;
		case 'lens-used':
			if (
				!entry.lensesUsed.includes(event.lens) &&
				entry.lensesUsed.length < READING_LIMITS.lensesPerLesson
			) {
				entry.lensesUsed.push(event.lens);
			}
			break;
	}
}

/** Remembers an event's key among the latest ones (in place), forgetting the oldest. */
export function rememberKey(recentKeys: string[], key: string): void {
	recentKeys.push(key);
	if (recentKeys.length > READING_LIMITS.recentEventKeys) {
		recentKeys.splice(0, recentKeys.length - READING_LIMITS.recentEventKeys);
	}
}

/** A `version: 1` learner file (with its log of events) as a `version: 2` one, nothing lost. */
export function migrateLearnerFile(old: LearnerFileV1): LearnerFile {
	const reading: LessonReading[] = [];
	const byTime = [...old.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	for (const event of byTime) foldEvent(reading, event);
	const recentEventKeys: string[] = [];
	for (const event of old.events) rememberKey(recentEventKeys, event.key);
	return {
		version: 2,
		learner: old.learner,
		recoveryHash: old.recoveryHash,
		sessionHashes: old.sessionHashes,
		answers: old.answers,
		reading,
		recentEventKeys
	};
}

/**
 * The parse function of learner files: a `version: 2` file as it is, a `version: 1` file
 * migrated (written in the new form at the learner's next change); an Error in plain words
 * for anything else.
 */
export function parseLearnerFile(value: unknown): LearnerFile {
	const version = (value as { version?: unknown } | null)?.version;
	const schema = version === 1 ? learnerFileV1Schema : learnerFileSchema;
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new Error(`does not have the expected shape (${describeIssues(result.error)})`);
	}
	return version === 1
		? migrateLearnerFile(result.data as LearnerFileV1)
		: (result.data as LearnerFile);
}
