import type { Lesson } from '$lib/lesson/load';
import { questionHash } from '$lib/quiz/hash';
import type { Question } from '$lib/quiz/schema';
import type { AnswerRecord, LearnerProgress } from '$lib/server/store/types';
import { claim, gap, match, short, single } from '../quiz/fixtures';
import { learner, LESSON_ID, lessonWith, record } from './fixtures';

// A class of four at work on a five-question lesson, for the teacher's views of it (dashboard
// page and CSV): Zoé gets things wrong and retries, élise gets almost everything right, Marc
// answered the first question before the teacher edited it, and Noé never opened the lesson.

export const questions: Question[] = [single, claim, match, gap, short];
export const lesson: Lesson = lessonWith(questions);

/** The answers a learner gives as the question is now. */
const answerTo =
	(correct: boolean) =>
	(q: Question, answer: unknown, attempt = 1): AnswerRecord =>
		record(q.id, answer, { correct, attempt, hash: questionHash(q) });
export const right = answerTo(true);
export const wrong = answerTo(false);

export const zoe = learner('l-zoe', 'Zoé', {
	lastParagraph: 3,
	termsLookedUp: ['bakou', 'pretendre'],
	answers: [
		wrong(single, { type: 'single', option: 'journaliste' }),
		right(single, { type: 'single', option: 'bakou' }, 2),
		wrong(claim, { type: 'claim', status: 'established' }),
		wrong(gap, { type: 'gap', text: 'affirme' }),
		right(gap, { type: 'gap', text: 'prétend' }, 2)
	]
});

export const elise = learner('l-elise', 'élise', {
	lastParagraph: 2,
	termsLookedUp: ['bakou'],
	answers: [
		right(single, { type: 'single', option: 'bakou' }),
		right(claim, { type: 'claim', status: 'claimed' }),
		right(match, {
			type: 'match',
			pairs: { morts: 'bakou', ligne: 'artsakh', camions: 'personne' }
		}),
		wrong(short, { type: 'short', text: 'le journaliste' }),
		right(short, { type: 'short', text: 'le porte-parole' }, 2)
	]
});

/** Marc's answer to the first question as it is now (his latest answer in the lesson). */
export const marcLatest = right(single, { type: 'single', option: 'bakou' });

const before = (q: Question, option: string, correct: boolean, attempt: number, at: string) =>
	record(
		q.id,
		{ type: 'single', option },
		{ correct, attempt, hash: 'hash-of-an-earlier-version', at }
	);

export const marc = learner(
	'l-marc',
	'Marc',
	{
		lastParagraph: 1,
		answers: [
			before(single, 'ancienne-option', false, 1, '2026-03-01T10:00:00.000Z'),
			before(single, 'bakou', true, 2, '2026-03-01T10:01:00.000Z'),
			marcLatest,
			// To a question since removed from the quiz, given last.
			record(
				'question-supprimee',
				{ type: 'short', text: 'x' },
				{ correct: false, attempt: 1, hash: 'h' }
			)
		]
	},
	// Another lesson of the same class: nothing of it shows here.
	[
		{
			lessonId: 'autre-lecon',
			firstOpenedAt: null,
			lastOpenedAt: null,
			lastParagraph: 7,
			furthestParagraph: 7,
			readToEnd: false,
			termsLookedUp: ['ligne'],
			termLookUps: [{ termId: 'ligne', count: 1 }],
			translationsOpened: [],
			lensesUsed: [],
			answers: [
				{ ...wrong(single, { type: 'single', option: 'artsakh' }), lessonId: 'autre-lecon' }
			]
		}
	]
);

export const noe = learner('l-noe', 'Noé', null);

/** The class in the order the store happens to give it (not by pseudonym). */
export const theClass: LearnerProgress[] = [zoe, elise, marc, noe];

/** A learner's progress with more answers given in the test lesson. */
export function withMore(who: LearnerProgress, ...answers: AnswerRecord[]): LearnerProgress {
	return {
		...who,
		lessons: who.lessons.map((l) =>
			l.lessonId === LESSON_ID ? { ...l, answers: [...l.answers, ...answers] } : l
		)
	};
}
