import type { Lang } from '../../i18n/languages';
import type { Lesson } from '../../lesson/load';
import type { Question } from '../../quiz/schema';
import { answerText } from '../../teacher/answer-text';
import type { AnswerRow } from '../../teacher/csv';
import { currentHash } from '../quiz-progress';
import type { LearnerProgress } from '../store/types';

// Learners' answers in words, in the teacher's language: for each learner's list on the
// dashboard and for the CSV export, so both say the same.

/** A text and the language it is in, for the `lang` attribute around it. */
export interface Said {
	text: string;
	lang: Lang;
}

/** One answer of a learner, as the teacher reads it. */
export interface AnswerView {
	/** Index of the question in the quiz. */
	question: number;
	text: string;
	correct: boolean;
	attempt: number;
	at: string;
	/** Given to an earlier version of the question, since edited. */
	earlier: boolean;
}

/** What a teacher reads as the question: its prompt, and a claim's statement or a gap's sentence. */
export function questionText(
	question: Question,
	lang: Lang
): { prompt: string; detail: Said | null } {
	const prompt = question.prompt[lang];
	if (question.type === 'claim') {
		return { prompt, detail: { text: question.statement[lang], lang } };
	}
	if (question.type === 'gap') return { prompt, detail: { text: question.sentence, lang: 'fr' } };
	return { prompt, detail: null };
}

/** Reads answers in words, each distinct answer to a question once. */
export interface AnswerReader {
	indexOf: ReadonlyMap<string, number>;
	text(index: number, answer: unknown): string;
}

/**
 * A reader for one request. A class gives the same few answers to a question over and over, and
 * reading a marked-words answer segments the paragraph: each distinct answer is read once.
 */
export function answerReader(lesson: Lesson, lang: Lang): AnswerReader {
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	const read = new Map<string, string>();
	return {
		indexOf: new Map(lesson.questions.map((q, i) => [q.id, i])),
		text(index, answer) {
			const key = `${index}:${JSON.stringify(answer)}`;
			let text = read.get(key);
			if (text === undefined) {
				text = answerText(lesson.questions[index]!, answer, lang, paragraphs);
				read.set(key, text);
			}
			return text;
		}
	};
}

/**
 * A learner's answers in this lesson, in quiz order then in the order given. Answers to a
 * question no longer in the quiz are left out: there is nothing to read them against.
 */
export function answersOf(
	lesson: Lesson,
	progress: LearnerProgress,
	reader: AnswerReader
): AnswerView[] {
	const inLesson = progress.lessons.find((l) => l.lessonId === lesson.id);
	return (inLesson?.answers ?? [])
		.flatMap((answer) => {
			const index = reader.indexOf.get(answer.questionId);
			if (index === undefined) return [];
			return [
				{
					question: index,
					text: reader.text(index, answer.answer),
					correct: answer.correct,
					attempt: answer.attempt,
					at: answer.at,
					earlier: answer.questionHash !== currentHash(lesson.questions[index]!)
				}
			];
		})
		.sort((a, b) => a.question - b.question || a.at.localeCompare(b.at) || a.attempt - b.attempt);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * One row per answer of every learner of the class, for the CSV export: by pseudonym, then in
 * quiz order, then try by try. Answers to questions no longer in the quiz are left out.
 *
 * @param t translates a key of the locale files (skill names)
 */
export function answerRows(
	lesson: Lesson,
	progress: readonly LearnerProgress[],
	lang: Lang,
	t: (key: string) => string
): AnswerRow[] {
	const reader = answerReader(lesson, lang);
	// Worded once per question, not once per row.
	const texts = lesson.questions.map((q) => {
		const { prompt, detail } = questionText(q, lang);
		return detail ? `${prompt} — ${detail.text}` : prompt;
	});
	const skills = lesson.questions.map((q) => t(`quiz.skill.${q.skill}`));
	return [...progress]
		.sort((a, b) => collator.compare(a.learner.pseudonym, b.learner.pseudonym))
		.flatMap((learner) =>
			answersOf(lesson, learner, reader).map((answer): AnswerRow => ({
				pseudonym: learner.learner.pseudonym,
				lessonId: lesson.id,
				questionId: lesson.questions[answer.question]!.id,
				questionText: texts[answer.question]!,
				skill: skills[answer.question]!,
				answer: answer.text,
				correct: answer.correct,
				attempt: answer.attempt,
				at: answer.at,
				questionVersion: answer.earlier ? 'earlier' : 'current'
			}))
		);
}
