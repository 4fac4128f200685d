import type { Lang } from '../../i18n/languages';
import { lessonAsAssigned, type LessonAssignment } from '../../lesson/assignment';
import type { Lesson } from '../../lesson/load';
import type { Question } from '../../quiz/schema';
import {
	classDashboard,
	type ClassSkillStats,
	type LearnerStats,
	type TermStats,
	type VersionStats
} from '../../teacher/dashboard';
import { currentHash } from '../quiz-progress';
import type { LearnerProgress } from '../store/types';
import {
	answerReader,
	answersOf,
	questionText,
	type AnswerView,
	type Said
} from './learner-answers';
import { wrongCharts, type WrongChart } from './wrong-charts';

// The dashboard's aggregation (pure, in $lib/teacher/dashboard) put into words for one teacher
// and cut to what the page shows: question prompts, wrong-answer charts, each learner's answers.
// Pure; the view kept between the page's updates is in dashboard-cache.

/** Translates a key of the locale files (locals.t). */
export type Translate = (key: string) => string;

export interface QuestionView {
	id: string;
	/** 1-based, in quiz order. */
	number: number;
	type: Question['type'];
	skill: Question['skill'];
	prompt: string;
	/** A few words that name the question in a learner's answers: the claim, else the prompt. */
	label: string;
	/** What the question is about when the prompt alone does not say: a claim, a gapped sentence. */
	detail: Said | null;
	current: Counts;
	/** Only charts with at least one learner in them. */
	wrong: WrongChart[];
	earlier: (Counts & { versions: number }) | null;
}

/** How a version of a question went: the page works the shares out (no long decimals sent). */
export type Counts = Omit<VersionStats, 'firstTryShare' | 'endShare'>;

const counts = ({ answered, rightFirstTry, rightInEnd, answers }: VersionStats): Counts => ({
	answered,
	rightFirstTry,
	rightInEnd,
	answers
});

/** A learner's tries at one question, in the order given. */
export interface TriesView {
	/** Index of the question in the quiz. */
	question: number;
	/**
	 * `text` is null for a right answer that can only be the key (all but typed answers);
	 * `earlier` is there only for an answer to an earlier version of the question.
	 */
	tries: { correct: boolean; text: string | null; earlier?: true }[];
}

export type LearnerView = Omit<LearnerStats, 'questionResults'> & {
	/** When the learner last answered a question of the lesson, or null. */
	lastAnswerAt: string | null;
	/** Questions (indexes) the learner got right every time they answered, in quiz order. */
	alwaysRight: number[];
	/** The other questions answered (a wrong try, or an earlier version), in quiz order. */
	tried: TriesView[];
};

export interface DashboardView {
	/** In quiz order. */
	questions: QuestionView[];
	/** In French alphabetical order of pseudonyms; learners without answers too. */
	learners: LearnerView[];
	skills: ClassSkillStats[];
	/** The most looked-up terms, most learners first. */
	terms: TermStats[];
	/** Terms looked up but left out of `terms`. */
	moreTerms: number;
	answersToRemovedQuestions: number;
	/** Answers to questions the class is not given: kept, counted nowhere above. */
	answersToUnassignedQuestions: number;
}

/** At most `max` characters, cut at a space, with an ellipsis when cut. */
function shorten(text: string, max = 45): string {
	if (text.length <= max) return text;
	const cut = text.lastIndexOf(' ', max - 1);
	return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/, '')}…`;
}

/** How many of the most looked-up terms the page lists. */
const TOP_TERMS = 15;

/** Whether a right answer can be worded in more than one way (typed), so worth showing. */
const typed = (question: Question) =>
	question.type === 'short' || (question.type === 'gap' && question.mode === 'type');

/**
 * A learner's answers for the page, what a teacher reads and no more (the CSV has every try's
 * number and time): the questions always answered right, as a list of numbers, and every try
 * at the others. A right answer to a fixed-answer question is the key: the page says "right"
 * rather than spell out a long matching or ordering key again.
 */
function answersForPage(lesson: Lesson, answers: readonly AnswerView[]) {
	const grouped: TriesView[] = [];
	let lastAnswerAt: string | null = null;
	for (const answer of answers) {
		if (lastAnswerAt === null || answer.at > lastAnswerAt) lastAnswerAt = answer.at;
		let group = grouped.at(-1);
		if (group?.question !== answer.question) {
			grouped.push((group = { question: answer.question, tries: [] }));
		}
		const text = answer.correct && !typed(lesson.questions[answer.question]!) ? null : answer.text;
		group.tries.push({
			correct: answer.correct,
			text,
			...(answer.earlier ? { earlier: true as const } : {})
		});
	}
	const alwaysRight = (group: TriesView) => group.tries.every((t) => t.correct && !t.earlier);
	return {
		lastAnswerAt,
		alwaysRight: grouped.filter(alwaysRight).map((group) => group.question),
		tried: grouped.filter((group) => !alwaysRight(group))
	};
}

/**
 * Everything the dashboard page shows, in the teacher's language, counted against what the class
 * is given (`assignment`): the questions are those, numbered as the pupils see them.
 */
export function dashboardView(
	fullLesson: Lesson,
	progress: readonly LearnerProgress[],
	lang: Lang,
	t: Translate,
	assignment: LessonAssignment = { kind: 'all' }
): DashboardView {
	const { lesson, unassigned } = lessonAsAssigned(fullLesson, assignment);
	const hashes = new Map(lesson.questions.map((q) => [q.id, currentHash(q)]));
	const dashboard = classDashboard(lesson, progress, hashes, { unassigned });
	const reader = answerReader(lesson, lang);
	const byLearner = new Map(progress.map((p) => [p.learner.id, p]));
	return {
		questions: dashboard.questions.map((stats, i) => {
			const question = lesson.questions[i]!;
			return {
				id: stats.id,
				number: i + 1,
				type: stats.type,
				skill: stats.skill,
				...questionText(question, lang),
				label: shorten(
					question.type === 'claim' ? question.statement[lang] : question.prompt[lang]
				),
				current: counts(stats.current),
				wrong: wrongCharts(question, stats.wrong, lang, t),
				earlier: stats.earlier && { ...counts(stats.earlier), versions: stats.earlier.versions }
			};
		}),
		learners: dashboard.learners.map(({ questionResults: _, ...stats }) => ({
			...stats,
			...answersForPage(lesson, answersOf(lesson, byLearner.get(stats.learnerId)!, reader))
		})),
		skills: dashboard.skills,
		terms: dashboard.terms.slice(0, TOP_TERMS),
		moreTerms: Math.max(0, dashboard.terms.length - TOP_TERMS),
		answersToRemovedQuestions: dashboard.answersToRemovedQuestions,
		answersToUnassignedQuestions: dashboard.answersToUnassignedQuestions
	};
}
