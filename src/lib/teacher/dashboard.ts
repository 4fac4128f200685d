import type { Lesson } from '../lesson/load';
import { answerFromJson, type ClaimStatus } from '../quiz/answer';
import { answerKey } from '../quiz/match';
import { claimStatuses, skill as skillSchema, type Question, type Skill } from '../quiz/schema';
import type { SkillScore } from '../quiz/skills';
import { markTargets, type MarkTarget } from '../quiz/words';
import type { AnswerRecord, LearnerProgress } from '../server/store/types';

// What a class made of one lesson, from the store's progress records: per question, per learner,
// per skill, and the glossary terms looked up. One pass over the answers; nothing is regraded,
// the stored `correct` is the verdict. Answers to an earlier version of an edited question
// (another questionHash) are counted apart and never mixed with answers to the current one.
// Wrong-answer counts are of learners: a learner who gives the same wrong answer three times
// counts once, so a chart shows how widespread a misconception is.

/** How the learners did on one version of a question (the current one, or all earlier ones). */
export interface VersionStats {
	/** Learners with at least one answer. */
	answered: number;
	/** Learners whose first answer was right. */
	rightFirstTry: number;
	/** Learners whose latest answer is right. */
	rightInEnd: number;
	/** rightFirstTry / answered, or null when nobody answered. */
	firstTryShare: number | null;
	/** rightInEnd / answered, or null when nobody answered. */
	endShare: number | null;
	/** Answers, every attempt of every learner. */
	answers: number;
}

/** A value given in wrong answers and the number of learners who gave it. */
export interface Counted<T> {
	value: T;
	learners: number;
}

/** What the wrong answers to the current version of a question were. */
export type WrongSpread =
	| {
			/** single, multiple: every wrong option in the question's order, chosen or not. */
			type: 'options';
			chosen: Counted<string>[];
			/** multiple: the correct options left out in wrong answers; empty for single. */
			missed: Counted<string>[];
	  }
	/** Every wrong status, in the order learners see them. */
	| { type: 'claim'; chosen: Counted<ClaimStatus>[] }
	/** Items matched to a wrong choice, most frequent first. */
	| { type: 'match'; pairs: Counted<{ item: string; choice: string }>[] }
	| {
			type: 'mark';
			/** Words marked outside every target (index in the paragraph's markable words), most first. */
			wrongWords: Counted<{ word: number; text: string }>[];
			/** Every target in the question's order, with the learners who missed it. */
			missedTargets: Counted<{ target: number; quote: string }>[];
	  }
	/** gap, short: typed answers compared as the grader compares them, most frequent first. */
	| { type: 'text'; answers: Counted<string>[]; more: number }
	/** Wrong orders (item ids), most frequent first. */
	| { type: 'order'; orders: Counted<string[]>[]; more: number };

export interface QuestionStats {
	id: string;
	type: Question['type'];
	skill: Skill;
	/** Answers to the question as it is now. */
	current: VersionStats;
	wrong: WrongSpread;
	/** Answers to earlier versions of the question, or null if there are none. */
	earlier: (VersionStats & { versions: number }) | null;
}

export type QuestionStatus = 'unanswered' | 'right' | 'wrong';

export interface LearnerStats {
	learnerId: string;
	pseudonym: string;
	/** Where the learner would resume (1-based), or null if they never opened the lesson. */
	lastParagraph: number | null;
	/** The furthest paragraph the learner had in view (1-based), or null. */
	furthestParagraph: number | null;
	/** The text's last paragraph was in view. */
	readToEnd: boolean;
	paragraphs: number;
	/** Questions answered (current version), of `questions`. */
	answered: number;
	questions: number;
	rightFirstTry: number;
	rightInEnd: number;
	/** Every skill of the quiz, in the order of the quiz summary; unanswered questions count in total. */
	skills: SkillScore[];
	/** Distinct glossary terms of the lesson looked up. */
	termsLookedUp: number;
	/** Each question of the quiz, in quiz order. */
	questionResults: { questionId: string; status: QuestionStatus; attempts: number }[];
}

export interface ClassSkillStats {
	skill: Skill;
	/** Questions of the quiz that train this skill. */
	questions: number;
	/** learners × questions: the answers there could be. */
	possible: number;
	/** Questions answered, summed over learners. */
	answered: number;
	rightFirstTry: number;
	rightInEnd: number;
}

export interface TermStats {
	termId: string;
	lemma: string;
	/** Learners who looked the term up at least once. */
	learners: number;
}

export interface ClassDashboard {
	lessonId: string;
	/** In quiz order. */
	questions: QuestionStats[];
	/** By pseudonym, in French alphabetical order. */
	learners: LearnerStats[];
	/** Every skill of the quiz, in the order of the quiz summary. */
	skills: ClassSkillStats[];
	/** Terms looked up by at least one learner, most learners first. */
	terms: TermStats[];
	/** Answers to questions no longer in the quiz, left out of everything above. */
	answersToRemovedQuestions: number;
	/** Answers to questions of the lesson the class is not given (kept, but not counted above). */
	answersToUnassignedQuestions: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** A learner's first and latest answer to one version of a question, and how many. */
interface Track {
	first: AnswerRecord;
	last: AnswerRecord;
	count: number;
}

function track(tracks: Map<string, Track>, answer: AnswerRecord): void {
	const seen = tracks.get(answer.questionId);
	if (!seen) return void tracks.set(answer.questionId, { first: answer, last: answer, count: 1 });
	seen.count++;
	// By time, as the quiz itself picks the latest; on a tie the later record is the later answer.
	if (answer.at < seen.first.at) seen.first = answer;
	if (answer.at >= seen.last.at) seen.last = answer;
}

class Tally {
	answered = 0;
	rightFirstTry = 0;
	rightInEnd = 0;
	answers = 0;

	add({ first, last, count }: Track): void {
		this.answered++;
		if (first.correct) this.rightFirstTry++;
		if (last.correct) this.rightInEnd++;
		this.answers += count;
	}

	stats(): VersionStats {
		const share = (n: number) => (this.answered === 0 ? null : n / this.answered);
		return {
			answered: this.answered,
			rightFirstTry: this.rightFirstTry,
			rightInEnd: this.rightInEnd,
			firstTryShare: share(this.rightFirstTry),
			endShare: share(this.rightInEnd),
			answers: this.answers
		};
	}
}

/** Learners per value, each learner counted once per value. */
class LearnerCounts<T> {
	private readonly counts = new Map<string, { value: T; learners: Set<number> }>();

	add(learner: number, key: string, value: T): void {
		let entry = this.counts.get(key);
		if (!entry) this.counts.set(key, (entry = { value, learners: new Set() }));
		entry.learners.add(learner);
	}

	get(key: string): number {
		return this.counts.get(key)?.learners.size ?? 0;
	}

	/** Most learners first; ties by `tie`, else in the order the values were first seen. */
	sorted(tie: (a: T, b: T) => number = () => 0): Counted<T>[] {
		return [...this.counts.values()]
			.map(({ value, learners }) => ({ value, learners: learners.size }))
			.sort((a, b) => b.learners - a.learners || tie(a.value, b.value));
	}
}

/** A mark-in-text question's words and targets, resolved once for every answer. */
interface ResolvedMarks {
	words: readonly { text: string }[];
	targets: readonly MarkTarget[];
	/** Words inside some target span: marking them is never a wrong mark. */
	inSomeSpan: ReadonlySet<number>;
}

/** Collects the wrong answers to the current version of one question. */
class WrongAnswers {
	private readonly counts = new LearnerCounts<unknown>();
	/** mark: the targets learners missed, by target index. */
	private readonly missedTargets = new LearnerCounts<number>();
	private readonly marks: ResolvedMarks | null = null;

	constructor(
		private readonly question: Question,
		paragraphs: readonly string[],
		private readonly top: number
	) {
		if (question.type === 'mark') {
			const resolved = markTargets(question, paragraphs);
			// The lesson checker refuses unresolvable targets; without them there is nothing to count.
			if (resolved.ok) {
				const inSomeSpan = new Set(resolved.targets.flatMap((target) => target.span));
				this.marks = { words: resolved.words, targets: resolved.targets, inSomeSpan };
			}
		}
	}

	add(learner: number, stored: unknown): void {
		const answer = answerFromJson(stored);
		const question = this.question;
		const add = (key: string, value: unknown) => this.counts.add(learner, key, value);
		if (!answer) return;
		if (answer.type === 'single' && question.type === 'single') add(answer.option, answer.option);
		else if (answer.type === 'claim' && question.type === 'claim')
			add(answer.status, answer.status);
		else if (answer.type === 'multiple' && question.type === 'multiple') {
			const chosen = new Set(answer.options);
			for (const option of question.options) {
				if (!option.correct && chosen.has(option.id)) add(`+${option.id}`, option.id);
				if (option.correct && !chosen.has(option.id)) add(`-${option.id}`, option.id);
			}
		} else if (answer.type === 'match' && question.type === 'match') {
			for (const item of question.items) {
				const choice = answer.pairs[item.id];
				if (choice !== undefined && choice !== item.answer) {
					add(`${item.id}\u0000${choice}`, { item: item.id, choice });
				}
			}
		} else if (answer.type === 'mark' && this.marks) {
			const { words, targets, inSomeSpan } = this.marks;
			const marked = new Set(answer.words);
			for (const word of marked) {
				const text = words[word]?.text;
				if (text !== undefined && !inSomeSpan.has(word)) add(`${word}`, { word, text });
			}
			targets.forEach((target, t) => {
				if (!target.required.every((i) => marked.has(i))) {
					this.missedTargets.add(learner, `${t}`, t);
				}
			});
		} else if (
			(answer.type === 'gap' || answer.type === 'short') &&
			(question.type === 'gap' || question.type === 'short')
		) {
			// "6 h" and "6 heures" are one wrong answer when the question reads times.
			const key = answerKey(answer.text, question.accents, question.variants);
			if (key !== '') add(key, answer.text.trim());
		} else if (answer.type === 'order' && question.type === 'order') {
			add(answer.items.join('\u0000'), answer.items);
		}
	}

	spread(): WrongSpread {
		const question = this.question;
		const count = <T>(key: string, value: T): Counted<T> => ({
			value,
			learners: this.counts.get(key)
		});
		// Each kind of question puts one kind of value in `counts`.
		const sorted = <T>(tie?: (a: T, b: T) => number) =>
			this.counts.sorted(tie as ((a: unknown, b: unknown) => number) | undefined) as Counted<T>[];
		const topOf = <T>(tie?: (a: T, b: T) => number): { values: Counted<T>[]; more: number } => {
			const all = sorted<T>(tie);
			return { values: all.slice(0, this.top), more: Math.max(0, all.length - this.top) };
		};
		switch (question.type) {
			case 'single':
				return {
					type: 'options',
					chosen: question.options.filter((o) => !o.correct).map((o) => count(o.id, o.id)),
					missed: []
				};
			case 'multiple':
				return {
					type: 'options',
					chosen: question.options.filter((o) => !o.correct).map((o) => count(`+${o.id}`, o.id)),
					missed: question.options.filter((o) => o.correct).map((o) => count(`-${o.id}`, o.id))
				};
			case 'claim':
				return {
					type: 'claim',
					chosen: claimStatuses.filter((s) => s !== question.status).map((s) => count(s, s))
				};
			case 'match': {
				const order = new Map(question.items.map((item, i) => [item.id, i]));
				const pairs = sorted<{ item: string; choice: string }>(
					(a, b) => order.get(a.item)! - order.get(b.item)! || a.choice.localeCompare(b.choice)
				);
				return { type: 'match', pairs };
			}
			case 'mark':
				return {
					type: 'mark',
					wrongWords: sorted<{ word: number; text: string }>((a, b) => a.word - b.word),
					missedTargets: question.targets.map((target, t) => ({
						value: { target: t, quote: target.anchor.quote },
						learners: this.missedTargets.get(`${t}`)
					}))
				};
			case 'gap':
			case 'short': {
				const { values, more } = topOf<string>(collator.compare);
				return { type: 'text', answers: values, more };
			}
			case 'order': {
				const { values, more } = topOf<string[]>();
				return { type: 'order', orders: values, more };
			}
		}
	}
}

interface QuestionAccumulator {
	question: Question;
	index: number;
	hash: string;
	current: Tally;
	earlier: Tally;
	earlierHashes: Set<string>;
	wrong: WrongAnswers;
}

/**
 * The class's results in one lesson, computed in one pass over the learners' answers.
 *
 * @param progress every learner of the class (Store.listClassProgress), with or without answers
 * @param currentHashes the hash of every question of the lesson as it is now (currentHash in
 *   $lib/server/quiz-progress), by question id
 * @param options.top how many distinct wrong typed answers and wrong orders to list (default 5)
 * @param options.unassigned ids of the lesson's questions the class is not given, left out of
 *   `lesson.questions` (assignedQuestions): their answers are counted apart, not as removed
 * @throws Error if a question of the lesson has no hash in currentHashes (a bug in the caller)
 */
export function classDashboard(
	lesson: Lesson,
	progress: readonly LearnerProgress[],
	currentHashes: ReadonlyMap<string, string>,
	{ top = 5, unassigned = new Set() }: { top?: number; unassigned?: ReadonlySet<string> } = {}
): ClassDashboard {
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	const byId = new Map<string, QuestionAccumulator>();
	lesson.questions.forEach((question, index) => {
		const hash = currentHashes.get(question.id);
		if (hash === undefined)
			throw new Error(`classDashboard: no hash for question "${question.id}"`);
		byId.set(question.id, {
			question,
			index,
			hash,
			current: new Tally(),
			earlier: new Tally(),
			earlierHashes: new Set(),
			wrong: new WrongAnswers(question, paragraphs, top)
		});
	});
	const skills = skillSchema.options.filter((s) => lesson.questions.some((q) => q.skill === s));
	const skillTotals = new Map<Skill, number>(skills.map((s) => [s, 0]));
	for (const q of lesson.questions) skillTotals.set(q.skill, skillTotals.get(q.skill)! + 1);
	const classSkills = new Map<Skill, ClassSkillStats>(
		skills.map((skill) => [
			skill,
			{
				skill,
				questions: skillTotals.get(skill)!,
				possible: skillTotals.get(skill)! * progress.length,
				answered: 0,
				rightFirstTry: 0,
				rightInEnd: 0
			}
		])
	);
	const glossary = new Map(lesson.glossary.map((term) => [term.id, term]));
	const termLearners = new Map<string, number>();
	let answersToRemovedQuestions = 0;
	let answersToUnassignedQuestions = 0;

	const learners = progress.map(({ learner, lessons }, learnerIndex): LearnerStats => {
		const inLesson = lessons.find((l) => l.lessonId === lesson.id);
		const current = new Map<string, Track>();
		const earlier = new Map<string, Track>();
		for (const answer of inLesson?.answers ?? []) {
			const acc = byId.get(answer.questionId);
			if (!acc) {
				if (unassigned.has(answer.questionId)) answersToUnassignedQuestions++;
				else answersToRemovedQuestions++;
				continue;
			}
			if (answer.questionHash === acc.hash) {
				track(current, answer);
				if (!answer.correct) acc.wrong.add(learnerIndex, answer.answer);
			} else {
				track(earlier, answer);
				acc.earlierHashes.add(answer.questionHash);
			}
		}
		for (const [id, answers] of earlier) byId.get(id)!.earlier.add(answers);

		const right = new Map<Skill, number>(skills.map((s) => [s, 0]));
		let rightFirstTry = 0;
		let rightInEnd = 0;
		for (const [id, answers] of current) {
			const { question, current: tally } = byId.get(id)!;
			tally.add(answers);
			const skill = classSkills.get(question.skill)!;
			skill.answered++;
			if (answers.first.correct) {
				rightFirstTry++;
				skill.rightFirstTry++;
			}
			if (answers.last.correct) {
				rightInEnd++;
				skill.rightInEnd++;
				right.set(question.skill, right.get(question.skill)! + 1);
			}
		}

		const terms = new Set((inLesson?.termsLookedUp ?? []).filter((id) => glossary.has(id)));
		for (const id of terms) termLearners.set(id, (termLearners.get(id) ?? 0) + 1);

		return {
			learnerId: learner.id,
			pseudonym: learner.pseudonym,
			lastParagraph: inLesson?.lastParagraph ?? null,
			furthestParagraph: inLesson?.furthestParagraph ?? inLesson?.lastParagraph ?? null,
			readToEnd:
				!!inLesson?.readToEnd || (inLesson?.furthestParagraph ?? 0) >= lesson.paragraphs.length,
			paragraphs: lesson.paragraphs.length,
			answered: current.size,
			questions: lesson.questions.length,
			rightFirstTry,
			rightInEnd,
			skills: skills.map((skill) => ({
				skill,
				right: right.get(skill)!,
				total: skillTotals.get(skill)!
			})),
			termsLookedUp: terms.size,
			questionResults: lesson.questions.map((q) => {
				const answers = current.get(q.id);
				const status = !answers ? 'unanswered' : answers.last.correct ? 'right' : 'wrong';
				return { questionId: q.id, status, attempts: answers?.count ?? 0 };
			})
		};
	});

	return {
		lessonId: lesson.id,
		questions: [...byId.values()].map((acc) => ({
			id: acc.question.id,
			type: acc.question.type,
			skill: acc.question.skill,
			current: acc.current.stats(),
			wrong: acc.wrong.spread(),
			earlier:
				acc.earlierHashes.size === 0
					? null
					: { ...acc.earlier.stats(), versions: acc.earlierHashes.size }
		})),
		learners: learners.sort(
			(a, b) => collator.compare(a.pseudonym, b.pseudonym) || a.learnerId.localeCompare(b.learnerId)
		),
		skills: [...classSkills.values()],
		terms: [...termLearners]
			.map(([termId, count]) => ({
				termId,
				lemma: glossary.get(termId)!.lemma,
				learners: count
			}))
			.sort((a, b) => b.learners - a.learners || collator.compare(a.lemma, b.lemma)),
		answersToRemovedQuestions,
		answersToUnassignedQuestions
	};
}
