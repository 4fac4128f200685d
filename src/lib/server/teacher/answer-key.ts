import type { TextRange } from '../../lesson/anchor';
import { sentences } from '../../lesson/sentences';
import type { Lesson } from '../../lesson/load';
import type { ClaimStatus } from '../../quiz/answer';
import type { Skill } from '../../quiz/schema';
import type { VariantKind } from '../../quiz/variants';
import type { BilingualText, ChoiceView } from '../../quiz/view';
import { markableWords, markTargets } from '../../quiz/words';
import { letter } from '../../teacher/letters';
import { worksheetQuestions, type SheetQuestion } from './worksheet';

// The answer key of a lesson, for the teacher's preview and the printed key: every question
// numbered and lettered as on the worksheet, with its answer, its feedback and its evidence.

/** Where the evidence of a question is, as a teacher points to it on the printed sheet. */
export interface EvidenceQuote {
	/** 1-based paragraph number. */
	paragraph: number;
	/** 1-based sentence numbers within the paragraph (equal for a quote in one sentence). */
	fromSentence: number;
	toSentence: number;
	quote: string;
}

export interface LetteredChoice {
	letter: string;
	text: BilingualText;
}

export interface KeyedOption extends LetteredChoice {
	correct: boolean;
	/** Said to a learner who chose this option. */
	feedback: BilingualText | null;
}

export interface WrongAnswer {
	answer: string;
	feedback: BilingualText;
}

interface KeyBase {
	id: string;
	/** As on the worksheet. */
	number: number;
	skill: Skill;
	prompt: BilingualText;
	feedback: BilingualText;
	evidence: EvidenceQuote[];
}

export type QuestionKey = KeyBase &
	(
		| { type: 'single'; options: KeyedOption[] }
		| { type: 'multiple'; options: KeyedOption[]; scoring: 'all-or-nothing' | 'partial' }
		| {
				type: 'claim';
				statement: BilingualText;
				status: ClaimStatus;
				/** Said to a learner who chose another status. */
				statusFeedback: { status: ClaimStatus; feedback: BilingualText }[];
		  }
		| {
				type: 'match';
				choices: LetteredChoice[];
				/** In the worksheet's order, numbered as there, each with its choice's letter. */
				items: { number: number; text: BilingualText; answer: string }[];
		  }
		| {
				type: 'mark';
				paragraph: number;
				targets: { quote: string; words: string[]; feedback: BilingualText }[];
				wrongMarkFeedback: BilingualText;
		  }
		| {
				type: 'gap';
				before: string;
				after: string;
				mode: 'choose' | 'type';
				choices: string[] | null;
				answers: string[];
				accents: 'required' | 'forgiven';
				/** Times or numbers accepted however they are written, besides `answers`. */
				variants: VariantKind[];
				wrongAnswers: WrongAnswer[];
		  }
		| {
				type: 'short';
				answers: string[];
				accents: 'required' | 'forgiven';
				variants: VariantKind[];
				wrongAnswers: WrongAnswer[];
		  }
		| {
				type: 'order';
				/** In the worksheet's (shuffled) order. */
				items: LetteredChoice[];
				/** The letters in the right order. */
				order: string[];
		  }
	);

const bilingual = (text: BilingualText): BilingualText => ({ fr: text.fr, en: text.en });

/** The evidence quote of `range`, with the numbers of the sentences it falls in. */
export function evidenceQuote(lesson: Lesson, range: TextRange): EvidenceQuote {
	const text = lesson.paragraphs[range.paragraph]!.fr;
	const cuts = sentences(text);
	// A sentence ends after the offset; past the last one (cannot happen) counts as the last.
	const at = (offset: number) => {
		const found = cuts.findIndex((s) => offset < s.end);
		return (found === -1 ? cuts.length - 1 : found) + 1;
	};
	return {
		paragraph: range.paragraph + 1,
		fromSentence: at(range.start),
		toSentence: at(Math.max(range.start, range.end - 1)),
		quote: text.slice(range.start, range.end)
	};
}

/** Choices in the order the worksheet prints them, lettered A, B, C… */
function lettered<T extends { id: string }>(shown: readonly ChoiceView[], all: readonly T[]) {
	return shown.map((view, i) => ({
		letter: letter(i),
		source: all.find((c) => c.id === view.id)!
	}));
}

type LessonQuestion = Lesson['questions'][number];

function keyOf(question: LessonQuestion, lesson: Lesson, shown: SheetQuestion): QuestionKey {
	const base: KeyBase = {
		id: question.id,
		number: shown.number,
		skill: question.skill,
		prompt: bilingual(question.prompt),
		feedback: bilingual(question.feedback),
		evidence: question.evidenceRanges.map((range) => evidenceQuote(lesson, range))
	};
	switch (question.type) {
		case 'single':
		case 'multiple': {
			if (shown.type !== question.type) throw new Error(`question "${question.id}": views differ`);
			const options = lettered(shown.options, question.options).map(({ letter, source }) => ({
				letter,
				text: bilingual(source.text),
				correct: source.correct,
				feedback: source.feedback ? bilingual(source.feedback) : null
			}));
			return question.type === 'single'
				? { ...base, type: 'single', options }
				: { ...base, type: 'multiple', options, scoring: question.scoring };
		}
		case 'claim':
			return {
				...base,
				type: 'claim',
				statement: bilingual(question.statement),
				status: question.status,
				statusFeedback: Object.entries(question.statusFeedback ?? {}).map(([status, feedback]) => ({
					status: status as ClaimStatus,
					feedback: bilingual(feedback)
				}))
			};
		case 'match': {
			if (shown.type !== 'match') throw new Error(`question "${question.id}": views differ`);
			const choices = lettered(shown.choices, question.choices);
			return {
				...base,
				type: 'match',
				choices: choices.map(({ letter, source }) => ({ letter, text: bilingual(source.text) })),
				items: lettered(shown.items, question.items).map(({ source }, i) => ({
					number: i + 1,
					text: bilingual(source.text),
					answer: choices.find((c) => c.source.id === source.answer)?.letter ?? '?'
				}))
			};
		}
		case 'mark': {
			const paragraphs = lesson.paragraphs.map((p) => p.fr);
			const resolved = markTargets(question, paragraphs);
			const words = markableWords(paragraphs[question.paragraph - 1] ?? '');
			return {
				...base,
				type: 'mark',
				paragraph: question.paragraph,
				targets: question.targets.map((target, t) => ({
					quote: target.anchor.quote,
					words: resolved.ok ? resolved.targets[t]!.required.map((i) => words[i]!.text) : [],
					feedback: bilingual(target.feedback)
				})),
				wrongMarkFeedback: bilingual(question.wrongMarkFeedback)
			};
		}
		case 'gap': {
			const gap = question.sentence.indexOf('___');
			return {
				...base,
				type: 'gap',
				before: question.sentence.slice(0, gap),
				after: question.sentence.slice(gap + 3),
				mode: question.mode,
				choices: shown.type === 'gap' ? (shown.choices ?? null) : null,
				answers: [...question.answers],
				accents: question.accents,
				variants: [...(question.variants ?? [])],
				wrongAnswers: question.wrongAnswers.map((w) => ({
					answer: w.answer,
					feedback: bilingual(w.feedback)
				}))
			};
		}
		case 'short':
			return {
				...base,
				type: 'short',
				answers: [...question.answers],
				accents: question.accents,
				variants: [...(question.variants ?? [])],
				wrongAnswers: question.wrongAnswers.map((w) => ({
					answer: w.answer,
					feedback: bilingual(w.feedback)
				}))
			};
		case 'order': {
			if (shown.type !== 'order') throw new Error(`question "${question.id}": views differ`);
			const items = lettered(shown.items, question.items);
			return {
				...base,
				type: 'order',
				items: items.map(({ letter, source }) => ({ letter, text: bilingual(source.text) })),
				order: question.items.map((item) => items.find((i) => i.source.id === item.id)!.letter)
			};
		}
	}
}

/**
 * The answer key of every question of the lesson, in the worksheet's order and lettering: the
 * right options, status, pairs, words, answers or order; the feedback; the evidence with its
 * paragraph and sentence numbers. For teachers' pages only.
 */
export function answerKey(lesson: Lesson): QuestionKey[] {
	const shown = worksheetQuestions(lesson);
	return lesson.questions.map((question, i) => keyOf(question, lesson, shown[i]!));
}
