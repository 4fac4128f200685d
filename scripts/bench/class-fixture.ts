// The seed lesson's class as the benchmarks build it: deterministic learners who open the lesson,
// read, look words up and answer questions (right or wrong, some retried), written straight
// through the store before the server starts.
import { randomUUID } from 'node:crypto';
import type { Lesson } from '../../src/lib/lesson/load';
import type { Answer } from '../../src/lib/quiz/answer';
import { grade } from '../../src/lib/quiz/grade';
import { questionHash } from '../../src/lib/quiz/hash';
import type { Question } from '../../src/lib/quiz/schema';
import { markTargets } from '../../src/lib/quiz/words';
import type { Store } from '../../src/lib/server/store/types';

/** Deterministic pseudo-random numbers (mulberry32): every run builds the same class. */
export function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A right answer to the question, and a wrong one, as the quiz stores them. */
export function answersTo(question: Question, paragraphs: readonly string[]): [Answer, Answer] {
	switch (question.type) {
		case 'single': {
			const right = question.options.find((o) => o.correct)!.id;
			const wrong = question.options.find((o) => !o.correct)!.id;
			return [
				{ type: 'single', option: right },
				{ type: 'single', option: wrong }
			];
		}
		case 'multiple': {
			const right = question.options.filter((o) => o.correct).map((o) => o.id);
			const wrong = question.options.find((o) => !o.correct)!.id;
			return [
				{ type: 'multiple', options: right },
				{ type: 'multiple', options: [...right.slice(1), wrong] }
			];
		}
		case 'claim': {
			const wrong = question.status === 'claimed' ? 'established' : 'claimed';
			return [
				{ type: 'claim', status: question.status },
				{ type: 'claim', status: wrong }
			];
		}
		case 'match': {
			const pairs = Object.fromEntries(question.items.map((item) => [item.id, item.answer]));
			const first = question.items[0]!;
			const other = question.choices.find((choice) => choice.id !== first.answer)!.id;
			return [
				{ type: 'match', pairs },
				{ type: 'match', pairs: { ...pairs, [first.id]: other } }
			];
		}
		case 'mark': {
			const resolved = markTargets(question, paragraphs);
			if (!resolved.ok) throw new Error(`${question.id}: ${resolved.problem}`);
			const required = resolved.targets.flatMap((t) => t.required);
			const inSpan = new Set(resolved.targets.flatMap((t) => t.span));
			const stray = resolved.words.findIndex((_, i) => !inSpan.has(i));
			return [
				{ type: 'mark', words: required },
				{ type: 'mark', words: [...required.slice(1), stray] }
			];
		}
		case 'gap':
		case 'short': {
			const wrong = question.wrongAnswers[0]?.answer ?? 'je ne sais pas';
			return [
				{ type: question.type, text: question.answers[0]! },
				{ type: question.type, text: wrong }
			];
		}
		case 'order': {
			const ids = question.items.map((item) => item.id);
			return [
				{ type: 'order', items: ids },
				{ type: 'order', items: [...ids].reverse() }
			];
		}
	}
}

/**
 * One learner working through the lesson: opens it, reads, looks up a few words, answers the
 * first `answered` questions — right first time about 60 % of the time; a wrong answer is
 * retried half the time. Writes go straight to the store (the server is not running yet).
 */
export async function work(
	store: Store,
	learnerId: string,
	lesson: Lesson,
	answered: number,
	next: () => number,
	startedAt: number
): Promise<number> {
	const paragraphs = lesson.paragraphs.map((p) => p.fr);
	let clock = startedAt;
	const at = () => new Date((clock += 20_000 + Math.floor(next() * 40_000))).toISOString();
	const event = { lessonId: lesson.id };
	await store.recordEvent(learnerId, {
		...event,
		key: randomUUID(),
		at: at(),
		type: 'lesson-opened'
	});
	const reached = 1 + Math.floor(next() * lesson.paragraphs.length);
	await store.recordEvent(learnerId, {
		...event,
		key: randomUUID(),
		at: at(),
		type: 'position',
		paragraph: reached
	});
	for (let i = 0; i < 4; i++) {
		const term = lesson.glossary[Math.floor(next() * lesson.glossary.length)]!;
		await store.recordEvent(learnerId, {
			...event,
			key: randomUUID(),
			at: at(),
			type: 'term-looked-up',
			termId: term.id,
			how: 'click'
		});
	}
	let count = 0;
	for (const question of lesson.questions.slice(0, answered)) {
		const [right, wrong] = answersTo(question, paragraphs);
		const tries =
			next() < 0.6 ? [right] : next() < 0.5 ? [wrong, next() < 0.7 ? right : wrong] : [wrong];
		for (const [attempt, answer] of tries.entries()) {
			await store.recordAnswer(learnerId, {
				key: randomUUID(),
				lessonId: lesson.id,
				questionId: question.id,
				questionHash: questionHash(question),
				answer,
				correct: grade(question, answer, paragraphs).correct,
				attempt: attempt + 1,
				at: at()
			});
			count++;
		}
	}
	return count;
}
