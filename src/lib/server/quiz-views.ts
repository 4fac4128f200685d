import type { Lesson } from '../lesson/load';
import { answerFromJson, type Answer } from '../quiz/answer';
import { grade } from '../quiz/grade';
import type { Question } from '../quiz/schema';
import { openLenses } from '../lesson/lenses';
import { estimateTime } from '../lesson/time-estimate';
import { quizScore, rereadQuestions, skillSummary } from '../quiz/skills';
import { paragraphsNeeded } from '../quiz/paragraphs';
import type { QuestionView } from '../quiz/view';
import { markableWords } from '../quiz/words';
import type { QuizProgress } from './quiz-progress';
import type { AnswerRecord } from './store/types';

type Bilingual = { fr: string; en: string };

/** A quoted passage of the text, cut around the quote so the page can highlight it. */
export interface EvidenceExcerpt {
	paragraph: number;
	before: string;
	quote: string;
	after: string;
}

function excerpt(
	lesson: Lesson,
	range: { paragraph: number; start: number; end: number }
): EvidenceExcerpt {
	const text = lesson.paragraphs[range.paragraph]!.fr;
	return {
		paragraph: range.paragraph + 1,
		before: text.slice(0, range.start),
		quote: text.slice(range.start, range.end),
		after: text.slice(range.end)
	};
}

/** What the learner answered, in words they recognise (option texts, not ids). */
function describe(question: Question, answer: Answer, lesson: Lesson): Bilingual[] {
	const plain = (text: string) => ({ fr: text, en: text });
	switch (answer.type) {
		case 'single':
		case 'multiple': {
			const chosen = answer.type === 'single' ? [answer.option] : answer.options;
			const options = 'options' in question ? question.options : [];
			return options.filter((o) => chosen.includes(o.id)).map((o) => o.text);
		}
		case 'match': {
			if (question.type !== 'match') return [];
			return question.items.map((item) => {
				const choice = question.choices.find((c) => c.id === answer.pairs[item.id])?.text;
				return {
					fr: `${item.text.fr} → ${choice?.fr ?? '—'}`,
					en: `${item.text.en} → ${choice?.en ?? '—'}`
				};
			});
		}
		case 'order': {
			if (question.type !== 'order') return [];
			return answer.items.map((id, i) => {
				const text = question.items.find((item) => item.id === id)?.text ?? plain(id);
				return { fr: `${i + 1}. ${text.fr}`, en: `${i + 1}. ${text.en}` };
			});
		}
		case 'mark': {
			if (question.type !== 'mark') return [];
			const words = lesson.paragraphs[question.paragraph - 1]?.fr ?? '';
			return [plain(markedWords(words, answer.words))];
		}
		case 'gap':
		case 'short':
			return [plain(answer.text)];
		case 'claim':
			return [];
	}
}

function markedWords(paragraph: string, indices: readonly number[]): string {
	const words = markableWords(paragraph);
	return [...indices]
		.sort((a, b) => a - b)
		.map((i) => words[i]?.text ?? '?')
		.join(' · ');
}

/** The page after a question was answered: verdict, feedback, evidence, the learner's answer. */
export function quizResult(lesson: Lesson, question: Question, record: AnswerRecord) {
	// Stored by this app, but read back as untrusted JSON: a file edited by hand must not crash.
	const answer = answerFromJson(record.answer);
	if (!answer || answer.type !== question.type) return null;
	const graded = grade(
		question,
		answer,
		lesson.paragraphs.map((p) => p.fr)
	);
	return {
		questionId: question.id,
		prompt: question.prompt,
		skill: question.skill,
		correct: graded.correct,
		score: graded.score,
		/** Why: the question's explanation, then what was said about this particular answer. */
		feedback: [question.feedback, ...graded.feedback],
		evidence: lesson.questions
			.find((q) => q.id === question.id)!
			.evidenceRanges.map((range) => excerpt(lesson, range)),
		yourAnswer: describe(question, answer, lesson),
		claimStatus: answer.type === 'claim' ? answer.status : null
	};
}

/**
 * The end of the quiz: the total score (first try and in the end), a score per skill, one line
 * per question to reread, and the reading lenses that answering every question opened. Counted
 * over the learner's questions only (what their class is given, or their path).
 */
export function quizSummary(lesson: Lesson, quiz: QuizProgress) {
	const correctness = (answers: ReadonlyMap<string, AnswerRecord>) =>
		new Map([...answers].map(([id, answer]) => [id, { correct: answer.correct }]));
	const latest = correctness(quiz.latest);
	const fromStart = openLenses(lesson, false);
	const questions = quiz.questions;
	return {
		score: quizScore(questions, latest, correctness(quiz.first)),
		skills: skillSummary(questions, latest),
		reread: rereadQuestions(questions, latest, (id) =>
			(questions.find((q) => q.id === id)?.evidenceRanges ?? []).map((r) => r.paragraph)
		).map((line) => ({
			...line,
			prompt: questions.find((q) => q.id === line.questionId)!.prompt
		})),
		/** Opened by this quiz: the lenses the lesson did not open from the start. */
		lenses: openLenses(lesson, true).filter((lens) => !fromStart.includes(lens))
	};
}

/**
 * What a self-learner at the end of the core path may go on to: how many questions, the skills
 * they train, the time they take, and the first one; null when there is nothing further.
 */
export function furtherOffer(lesson: Lesson, further: readonly Question[]) {
	const first = further[0];
	if (!first) return null;
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	return {
		firstId: first.id,
		questions: further.length,
		skills: [...new Set(further.map((q) => q.skill))],
		minutes: estimateTime({ level: lesson.level, paragraphs }, further).questionMinutes
	};
}

/**
 * The text beside a question: the paragraphs its visible texts name, or the whole text when
 * it names none; null for a mark question, whose paragraph is already on the page.
 */
export function questionContext(lesson: Lesson, view: QuestionView) {
	if (view.type === 'mark') return null;
	const named = paragraphsNeeded(view, lesson.paragraphs.length);
	const numbers = named.length > 0 ? named : lesson.paragraphs.map((_, i) => i + 1);
	return {
		/** True when the question names no paragraph: the whole text is offered. */
		whole: named.length === 0,
		paragraphs: numbers.map((n) => ({ n, text: lesson.paragraphs[n - 1]!.fr }))
	};
}
