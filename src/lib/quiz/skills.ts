import type { TextAnchor } from '../lesson/schema';
import { skill as skillSchema, type Question, type Skill } from './schema';

/** The latest graded answer of a learner to a question, by question id. */
export type LatestAnswers = ReadonlyMap<string, { correct: boolean }>;

/** How a learner did on the questions of one skill. */
export interface SkillScore {
	skill: Skill;
	/** Questions of this skill whose latest answer is right. */
	right: number;
	/** Questions of this skill in the quiz, answered or not. */
	total: number;
}

/**
 * Right answers per skill, in the order the schema lists skills (the order of the summary at
 * the end of the quiz); skills with no question are left out. Unanswered questions count in
 * the total, not as right.
 */
export function skillSummary(questions: readonly Question[], latest: LatestAnswers): SkillScore[] {
	return skillSchema.options.flatMap((skill) => {
		const ofSkill = questions.filter((q) => q.skill === skill);
		if (ofSkill.length === 0) return [];
		const right = ofSkill.filter((q) => latest.get(q.id)?.correct === true).length;
		return [{ skill, right, total: ofSkill.length }];
	});
}

/** The whole quiz in three numbers, for the summary. */
export interface QuizScore {
	/** Questions in the quiz. */
	total: number;
	/** Questions whose first answer was right. */
	firstTry: number;
	/** Questions whose latest answer is right (after retries). */
	final: number;
}

/**
 * The score of the whole quiz: right at the first try, and right in the end. Unanswered
 * questions count in the total only.
 */
export function quizScore(
	questions: readonly Question[],
	latest: LatestAnswers,
	first: LatestAnswers
): QuizScore {
	const right = (answers: LatestAnswers) =>
		questions.filter((q) => answers.get(q.id)?.correct === true).length;
	return { total: questions.length, firstTry: right(first), final: right(latest) };
}

/** A question to go back to: answered wrongly, with the paragraphs that answer it. */
export interface RereadQuestion {
	questionId: string;
	skill: Skill;
	/** Paragraphs (1-based, ascending, each once) of the question's evidence. */
	paragraphs: number[];
}

/**
 * One line per question whose latest answer is wrong, in quiz order, however many passages
 * its evidence has.
 *
 * @param evidenceParagraphs the 0-based paragraph of each evidence passage, by question id
 */
export function rereadQuestions(
	questions: readonly Question[],
	latest: LatestAnswers,
	evidenceParagraphs: (questionId: string) => readonly number[]
): RereadQuestion[] {
	return questions.flatMap((q) =>
		latest.get(q.id)?.correct === false
			? [
					{
						questionId: q.id,
						skill: q.skill,
						paragraphs: [...new Set(evidenceParagraphs(q.id).map((p) => p + 1))].sort(
							(a, b) => a - b
						)
					}
				]
			: []
	);
}

/** A passage to reread: evidence of a question answered wrongly. */
export interface RereadPassage {
	questionId: string;
	skill: Skill;
	anchor: TextAnchor;
	/** Index of the anchor in question.evidence (and in the lesson's evidenceRanges). */
	evidence: number;
}

/**
 * The evidence of every question whose latest answer is wrong, in quiz order: "what to reread".
 * Unanswered questions are not listed; the learner has not got them wrong.
 */
export function toReread(questions: readonly Question[], latest: LatestAnswers): RereadPassage[] {
	return questions.flatMap((q) =>
		latest.get(q.id)?.correct === false
			? (q.evidence ?? []).map((anchor, evidence) => ({
					questionId: q.id,
					skill: q.skill,
					anchor,
					evidence
				}))
			: []
	);
}
