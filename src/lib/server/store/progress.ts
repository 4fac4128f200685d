import type { LearnerFile } from './schema';
import type { LearnerProgress, LessonProgress } from './types';

interface LessonAccumulator {
	progress: LessonProgress;
	terms: Set<string>;
	translations: Set<number>;
	lenses: Set<string>;
	lastActivity: string;
}

/**
 * A learner's progress per lesson, from their events and answers taken in time order (an event
 * resent after a network cut arrives late with its earlier time). Most recently opened lesson
 * first; lessons never opened (answers only) after, most recent activity first.
 */
export function deriveProgress(data: Pick<LearnerFile, 'learner' | 'events' | 'answers'>) {
	const lessons = new Map<string, LessonAccumulator>();
	const lesson = (lessonId: string, at: string): LessonAccumulator => {
		let found = lessons.get(lessonId);
		if (!found) {
			found = {
				progress: {
					lessonId,
					firstOpenedAt: null,
					lastOpenedAt: null,
					lastParagraph: null,
					termsLookedUp: [],
					translationsOpened: [],
					lensesUsed: [],
					answers: []
				},
				terms: new Set(),
				translations: new Set(),
				lenses: new Set(),
				lastActivity: at
			};
			lessons.set(lessonId, found);
		}
		if (at > found.lastActivity) found.lastActivity = at;
		return found;
	};
	const byTime = <T extends { at: string }>(items: readonly T[]) =>
		[...items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)); // stable

	for (const event of byTime(data.events)) {
		const entry = lesson(event.lessonId, event.at);
		switch (event.type) {
			case 'lesson-opened':
				entry.progress.firstOpenedAt ??= event.at;
				entry.progress.lastOpenedAt = event.at;
				break;
			case 'position':
				entry.progress.lastParagraph = event.paragraph;
				break;
			case 'term-looked-up':
				entry.terms.add(event.termId);
				break;
			case 'translation-opened':
				entry.translations.add(event.paragraph);
				break;
			case 'lens-used':
				entry.lenses.add(event.lens);
				break;
		}
	}
	for (const answer of byTime(data.answers)) {
		lesson(answer.lessonId, answer.at).progress.answers.push(answer);
	}

	const sorted = [...lessons.values()].sort(
		(a, b) =>
			compareDescending(a.progress.lastOpenedAt, b.progress.lastOpenedAt) ||
			compareDescending(a.lastActivity, b.lastActivity) ||
			a.progress.lessonId.localeCompare(b.progress.lessonId)
	);
	const progress: LearnerProgress = {
		learner: data.learner,
		lessons: sorted.map(({ progress, terms, translations, lenses }) => ({
			...progress,
			termsLookedUp: [...terms],
			translationsOpened: [...translations].sort((a, b) => a - b),
			lensesUsed: [...lenses]
		}))
	};
	return progress;
}

/** Later first; null (never) last. */
function compareDescending(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}
