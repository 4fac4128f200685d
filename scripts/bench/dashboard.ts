// npm run bench:dashboard — a teacher's results dashboard from cold files: a class of 35 learners
// who answered 24 questions of the seed lesson (some wrong, some retried), in a store that also
// holds 1,000 learners of 30 other classes, which the class view must not pay for. The real app
// is started on that data; a teacher session cookie asks for the dashboard's HTML, its data
// (a first visit's __data.json and the 10-second update's), and the CSV export. Prints p50, p95
// and max of each, the very first (cold) request apart, then the same class alone in a store
// for comparison, and ends with one line of JSON.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApp } from '../lib/app-server.js';
import { buildLesson, type Lesson } from '../../src/lib/lesson/load';
import type { Answer } from '../../src/lib/quiz/answer';
import { grade } from '../../src/lib/quiz/grade';
import { questionHash } from '../../src/lib/quiz/hash';
import type { Question } from '../../src/lib/quiz/schema';
import { markTargets } from '../../src/lib/quiz/words';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { openStore } from '../../src/lib/server/store/open';
import type { Store } from '../../src/lib/server/store/types';
import { hashPassword } from '../../src/lib/server/teacher/password';
import { percentile, round } from './learner-client';

const LESSON_ID = 'karabakh-revenge';
const CLASS_SIZE = 35;
const QUESTIONS_ANSWERED = 24;
const OTHER_LEARNERS = Number(process.env.BENCH_OTHER_LEARNERS ?? 1000);
const OTHER_CLASSES = 30;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UPS = 5;
const GOAL_P95_MS = 50;

/** Deterministic pseudo-random numbers (mulberry32): every run builds the same class. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A right answer to the question, and a wrong one, as the quiz stores them. */
function answersTo(question: Question, paragraphs: readonly string[]): [Answer, Answer] {
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
async function work(
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

/** A GET with the teacher's cookie, as the browser sends it (gzip accepted). */
async function get(origin: string, path: string, cookie: string, mustContain: string) {
	const started = performance.now();
	const response = await fetch(origin + path, { headers: { cookie }, redirect: 'manual' });
	const body = await response.text();
	const ms = performance.now() - started;
	// A redirect to the sign-in or an empty dashboard would be fast and prove nothing.
	if (response.status !== 200 || !body.includes(mustContain)) {
		throw new Error(
			`GET ${path}: ${response.status}, expected "${mustContain}" in ${body.slice(0, 300)}`
		);
	}
	return { ms, bytes: Buffer.byteLength(body) };
}

/**
 * Every path in turn, REQUESTS rounds after a few warm-ups: a burst of load from elsewhere on
 * the machine then slows all kinds of request alike instead of spoiling one of them.
 */
async function measure(
	origin: string,
	paths: Record<string, string>,
	cookie: string,
	mark: string
) {
	const results = Object.fromEntries(
		Object.keys(paths).map((name) => [name, { latencies: [] as number[], bytes: 0 }])
	);
	for (let lap = -WARM_UPS; lap < REQUESTS; lap++) {
		for (const [name, path] of Object.entries(paths)) {
			const reply = await get(origin, path, cookie, mark);
			if (lap < 0) continue;
			results[name]!.latencies.push(reply.ms);
			results[name]!.bytes = reply.bytes;
		}
	}
	return Object.fromEntries(
		Object.entries(results).map(([name, { latencies, bytes }]) => [
			name,
			{
				p50_ms: round(percentile(latencies, 50)),
				p95_ms: round(percentile(latencies, 95)),
				max_ms: round(Math.max(...latencies)),
				kb: round(bytes / 1024)
			}
		])
	);
}

const lessonResult = buildLesson(readLessonFolder(resolve('questions'), LESSON_ID));
if (!lessonResult.lesson) throw new Error(`The seed lesson ${LESSON_ID} does not load.`);
const lesson = lessonResult.lesson;

const PSEUDONYM = 'Zoé 1';

/**
 * A store with the class, and `others` learners in OTHER_CLASSES other classes, built straight
 * through the store (the server is not running). Returns the class and a teacher session.
 */
async function buildStore(dataDir: string, others: number) {
	const store = await openStore({ DATA_DIR: dataDir });
	try {
		const teacher = await store.createTeacher({
			name: 'Mme Banc',
			passwordHash: await hashPassword('banc-d-essai-2026')
		});
		const { id: classroomId } = await store.createClassroom('3e Bench', teacher.id);
		const start = Date.parse('2026-03-12T09:00:00Z');
		const pupils = await Promise.all(
			Array.from({ length: CLASS_SIZE }, (_, i) =>
				store.createLearner({ pseudonym: `Zoé ${i + 1}`, classroomId })
			)
		);
		const counts = await Promise.all(
			pupils.map(({ learner }, i) =>
				work(store, learner.id, lesson, QUESTIONS_ANSWERED, random(i + 1), start)
			)
		);
		// The others: classes of this teacher and of a colleague, each learner a lesson under way.
		const colleague = await store.createTeacher({
			name: 'M. Autre',
			passwordHash: await hashPassword('autre-mot-de-passe')
		});
		const perClass = Math.ceil(others / OTHER_CLASSES);
		for (let c = 0; c < OTHER_CLASSES && others > 0; c++) {
			const owner = c % 2 ? colleague.id : teacher.id;
			const other = await store.createClassroom(`Autre ${c + 1}`, owner);
			const size = Math.max(0, Math.min(perClass, others - c * perClass));
			await Promise.all(
				Array.from({ length: size }, async (_, i) => {
					const { learner } = await store.createLearner({
						pseudonym: `eleve ${c}-${i}`,
						classroomId: other.id
					});
					await work(store, learner.id, lesson, 6, random(1000 + c * perClass + i), start);
				})
			);
		}
		const expires = new Date(Date.now() + 3_600_000).toISOString();
		return {
			classroomId,
			classAnswers: counts.reduce((a, b) => a + b, 0),
			cookie: `qdq_teacher=${await store.createTeacherSession(teacher.id, expires)}`
		};
	} finally {
		await store.close(); // the server takes the data directory's lock
	}
}

/** The real app on `dataDir`: the cold first request, then every kind of request in turn. */
async function measureApp(dataDir: string, classroomId: string, cookie: string) {
	const app = await startApp({ dataDir });
	try {
		const page = `/teacher/classes/${classroomId}/lessons/${LESSON_ID}`;
		const paths = {
			html: page,
			// SvelteKit's data requests: every node on a first client-side visit; the page's own
			// node only when the dashboard invalidates itself every 10 seconds.
			data: `${page}/__data.json?x-sveltekit-invalidated=1111`,
			poll: `${page}/__data.json?x-sveltekit-invalidated=0001`,
			csv: `${page}/answers.csv`
		};
		// The very first request reads the class's learner files from disk.
		const cold = await get(app.origin, page, cookie, PSEUDONYM);
		return { cold: cold.ms, results: await measure(app.origin, paths, cookie, PSEUDONYM) };
	} finally {
		await app.stop();
	}
}

const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-dashboard-'));
try {
	console.log(
		`Building the store: a class of ${CLASS_SIZE} × ${QUESTIONS_ANSWERED} questions, ` +
			`${OTHER_LEARNERS} learners in ${OTHER_CLASSES} other classes…`
	);
	const built = performance.now();
	const full = await buildStore(join(scratch, 'full'), OTHER_LEARNERS);
	console.log(
		`  ${full.classAnswers} answers in the class, built in ${round((performance.now() - built) / 1000)} s`
	);
	const { cold, results } = await measureApp(join(scratch, 'full'), full.classroomId, full.cookie);
	console.log(`Cold first request (HTML): ${round(cold)} ms`);
	for (const [name, r] of Object.entries(results)) {
		console.log(
			`${name.padEnd(5)} p50 ${r.p50_ms} ms · p95 ${r.p95_ms} ms · max ${r.max_ms} ms · ${r.kb} KB`
		);
	}

	// The same class alone in its store: the others must cost the class view nothing.
	console.log('The same class alone in a store…');
	const alone = await buildStore(join(scratch, 'alone'), 0);
	const solo = await measureApp(join(scratch, 'alone'), alone.classroomId, alone.cookie);
	const ratio = Math.round((results.html!.p50_ms / solo.results.html!.p50_ms) * 100) / 100;
	console.log(`html p50 alone ${solo.results.html!.p50_ms} ms: ratio with the others ${ratio}`);

	const goalMet = Object.values(results).every((r) => r.p95_ms <= GOAL_P95_MS);
	console.log(`\ngoal: p95 ≤ ${GOAL_P95_MS} ms for each — ${goalMet ? 'met' : 'NOT met'}`);
	const figures = {
		bench: 'dashboard',
		class_learners: CLASS_SIZE,
		questions_answered: QUESTIONS_ANSWERED,
		class_answers: full.classAnswers,
		other_learners: OTHER_LEARNERS,
		other_classes: OTHER_CLASSES,
		requests: REQUESTS,
		cold_first_ms: round(cold),
		...Object.fromEntries(
			Object.entries(results).flatMap(([name, r]) =>
				Object.entries(r).map(([key, value]) => [`${name}_${key}`, value])
			)
		),
		html_p50_alone_ms: solo.results.html!.p50_ms,
		html_p50_ratio: ratio,
		goal_p95_ms: GOAL_P95_MS,
		goal_met: goalMet
	};
	console.log(JSON.stringify(figures));
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
