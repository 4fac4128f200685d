import type { Lang } from '../../i18n/languages';
import { assignmentKey, type LessonAssignment } from '../../lesson/assignment';
import type { Lesson } from '../../lesson/load';
import type { LearnerProgress } from '../store/types';
import { dashboardView, type DashboardView, type Translate } from './dashboard-view';

// Not pure, unlike dashboard-view: module state kept between requests. The dashboard asks again
// every 10 seconds while the class works, and mostly nothing changed: keep the last view of each
// class, for as long as its learners' progress is the same. Keyed by the lesson object, so an
// edited lesson (a new object) never gets an old view. Nothing per request is kept: a view
// depends only on the lesson, the class, its progress and the language.
const views = new WeakMap<Lesson, Map<string, { progress: string; view: DashboardView }>>();
/** Classes (× languages) whose last view is kept, per lesson. */
const VIEWS_KEPT = 8;

/** What the view depends on in the class's progress: who is there, and how far each went. */
function progressMark(lessonId: string, progress: readonly LearnerProgress[]): string {
	return progress
		.map(({ learner, lessons }) => {
			const l = lessons.find((entry) => entry.lessonId === lessonId);
			// Answers and looked-up terms are only ever added to, never changed in place.
			const last = l?.answers.at(-1)?.key ?? '';
			const reading = `${l?.lastParagraph}:${l?.furthestParagraph}:${l?.readToEnd}`;
			return `${learner.id}:${l?.answers.length ?? 0}:${last}:${reading}:${l?.termsLookedUp.length}`;
		})
		.join('|');
}

/**
 * dashboardView, computed again only when the class's progress or what it is given changed.
 */
export function classDashboardView(
	classroomId: string,
	lesson: Lesson,
	progress: readonly LearnerProgress[],
	lang: Lang,
	t: Translate,
	assignment: LessonAssignment = { kind: 'all' }
): DashboardView {
	let kept = views.get(lesson);
	if (!kept) views.set(lesson, (kept = new Map()));
	const key = `${classroomId}:${lang}`;
	const mark = `${assignmentKey(lesson, assignment)}|${progressMark(lesson.id, progress)}`;
	const hit = kept.get(key);
	if (hit?.progress === mark) return hit.view;
	const view = dashboardView(lesson, progress, lang, t, assignment);
	kept.delete(key); // re-inserted last: the map's order is the order of use
	kept.set(key, { progress: mark, view });
	if (kept.size > VIEWS_KEPT) kept.delete(kept.keys().next().value!);
	return view;
}
