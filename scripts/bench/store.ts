// npm run bench:store — a school's pace through the real routes and cookies: 300 learners each
// reporting a reading event every 2–10 s for 2 minutes, a burst of one class (35 learners in
// the same second), then the same pace with 10 vs 10,000 learners in the store. Counts what
// was acknowledged against what is in the files afterwards. Ends with one line of JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../lib/app-server.js';
import { openStore } from '../../src/lib/server/store/open';
import { joinClass, percentile, postAnswer, postEvent, round } from './learner-client';
import { storedEventKeys } from './stored-events';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 300);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 120);
const RATIO_SECONDS = Number(process.env.BENCH_RATIO_SECONDS ?? 30);
const PREFILL = Number(process.env.BENCH_PREFILL ?? 10_000);
const CLASS_SIZE = 35;
const ANSWER_SECONDS = Number(process.env.BENCH_ANSWER_SECONDS ?? 60);
// Single-choice questions of the seed quiz and one of their options each.
const QUESTIONS: [string, string][] = [
	['topic', 'operation'],
	['first-in-time', 'shooting'],
	['on-dit', 'nobody'],
	['pretend-distance', 'distance']
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

async function makeClasses(dataDir: string, count: number): Promise<string[]> {
	const store = await openStore({ DATA_DIR: dataDir });
	try {
		const codes: string[] = [];
		for (let i = 0; i < count; i++)
			codes.push((await store.createClassroom(`Classe ${i + 1}`)).code);
		return codes;
	} finally {
		await store.close();
	}
}

/** Adds learners straight through the store (fast), with the server stopped. */
async function prefill(dataDir: string, count: number): Promise<void> {
	const store = await openStore({ DATA_DIR: dataDir });
	try {
		const classes = Math.ceil(count / 30);
		for (let c = 0; c < classes; c++) {
			const classroom = await store.createClassroom(`Remplissage ${c}`);
			await Promise.all(
				Array.from({ length: Math.min(30, count - c * 30) }, (_, i) =>
					store.createLearner({ pseudonym: `eleve-${c}-${i}`, classroomId: classroom.id })
				)
			);
		}
	} finally {
		await store.close();
	}
}

interface Tally {
	latencies: number[];
	acknowledged: Set<string>;
	errors5xx: number;
	otherErrors: number;
}

const tally = (): Tally => ({
	latencies: [],
	acknowledged: new Set(),
	errors5xx: 0,
	otherErrors: 0
});

async function report(origin: string, cookie: string, into: Tally): Promise<void> {
	try {
		const { reply, key } = await postEvent(origin, cookie, 1 + Math.floor(Math.random() * 8));
		into.latencies.push(reply.ms);
		if (reply.status >= 500) into.errors5xx++;
		else if (reply.status === 200 && JSON.parse(reply.body).recorded === 1)
			into.acknowledged.add(key);
		else into.otherErrors++;
	} catch {
		into.otherErrors++;
	}
}

/** One answer through the quiz form; a 303 to the result page is the acknowledgement. */
async function answer(origin: string, cookie: string, into: Tally, question?: [string, string]) {
	const [id, option] = question ?? QUESTIONS[Math.floor(Math.random() * QUESTIONS.length)]!;
	try {
		const { reply, key } = await postAnswer(origin, cookie, id, option);
		into.latencies.push(reply.ms);
		if (reply.status >= 500) into.errors5xx++;
		else if (reply.status === 303) into.acknowledged.add(key);
		else into.otherErrors++;
	} catch {
		into.otherErrors++;
	}
}

/** Each learner acts (by default: reports a reading event) every 2–10 s until the deadline. */
async function paced(
	origin: string,
	cookies: string[],
	seconds: number,
	into: Tally,
	act: (origin: string, cookie: string, into: Tally) => Promise<void> = report
): Promise<void> {
	const deadline = Date.now() + seconds * 1000;
	await Promise.all(
		cookies.map(async (cookie) => {
			await sleep(between(0, 10_000)); // pupils do not start in step
			while (Date.now() < deadline) {
				await act(origin, cookie, into);
				await sleep(between(2000, 10_000));
			}
		})
	);
}

const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-store-'));
const dataDir = join(scratch, 'data');
try {
	const classCodes = await makeClasses(dataDir, Math.ceil(LEARNERS / CLASS_SIZE) + 1);
	let app = await startApp({ dataDir });
	console.log(`Joining ${LEARNERS} learners through /join…`);
	const cookies: string[] = [];
	for (let i = 0; i < LEARNERS; i++) {
		cookies.push(
			await joinClass(app.origin, classCodes[Math.floor(i / CLASS_SIZE)]!, `pupil-${i}`)
		);
	}

	console.log(
		`Paced run: ${LEARNERS} learners for ${DURATION_S} s, burst of ${CLASS_SIZE} halfway…`
	);
	const pace = tally();
	const burst = tally();
	const pacing = paced(app.origin, cookies, DURATION_S, pace);
	await sleep((DURATION_S * 1000) / 2);
	await Promise.all(
		cookies.slice(0, CLASS_SIZE).map((cookie) => report(app.origin, cookie, burst))
	);
	await pacing;
	const pacedSeconds = DURATION_S;

	console.log(`Answers: ${LEARNERS} learners for ${ANSWER_SECONDS} s, 35 on one question at once…`);
	const answering = tally();
	const answerBurst = tally();
	const answerPacing = paced(app.origin, cookies, ANSWER_SECONDS, answering, (o, c, t) =>
		answer(o, c, t)
	);
	await sleep((ANSWER_SECONDS * 1000) / 2);
	await Promise.all(
		cookies
			.slice(0, CLASS_SIZE)
			.map((cookie) => answer(app.origin, cookie, answerBurst, QUESTIONS[0]))
	);
	await answerPacing;

	console.log('p50 with 10 learners in the store…');
	await app.stop();
	const smallDir = join(scratch, 'small');
	const [smallCode] = await makeClasses(smallDir, 1);
	app = await startApp({ dataDir: smallDir });
	const smallCookies = [];
	for (let i = 0; i < 10; i++)
		smallCookies.push(await joinClass(app.origin, smallCode!, `few-${i}`));
	const small = tally();
	await paced(app.origin, smallCookies, RATIO_SECONDS, small);
	await app.stop();

	console.log(`Adding ${PREFILL} learners to the store, then the same pace…`);
	await prefill(smallDir, PREFILL - 10);
	app = await startApp({ dataDir: smallDir });
	const large = tally();
	await paced(app.origin, smallCookies, RATIO_SECONDS, large);
	await app.stop();

	// Counted from the files, as a restarted server would see them.
	const main = storedEventKeys(dataDir);
	const lost = [...pace.acknowledged, ...burst.acknowledged].filter(
		(k) => !main.keys.has(k)
	).length;
	const answersLost = [...answering.acknowledged, ...answerBurst.acknowledged].filter(
		(k) => !main.answerKeys.has(k)
	).length;
	const figures = {
		bench: 'store',
		learners: LEARNERS,
		seconds: DURATION_S,
		events: pace.latencies.length + burst.latencies.length,
		acknowledged: pace.acknowledged.size + burst.acknowledged.size,
		lost,
		unreadable_files: main.unreadable.length,
		errors_5xx: pace.errors5xx + burst.errors5xx,
		other_errors: pace.otherErrors + burst.otherErrors,
		p50_ms: round(percentile(pace.latencies, 50)),
		p95_ms: round(percentile(pace.latencies, 95)),
		burst_p95_ms: round(percentile(burst.latencies, 95)),
		events_per_s: round(pace.latencies.length / pacedSeconds),
		p50_10_learners_ms: round(percentile(small.latencies, 50)),
		p50_10000_learners_ms: round(percentile(large.latencies, 50)),
		answers: answering.latencies.length + answerBurst.latencies.length,
		answers_acknowledged: answering.acknowledged.size + answerBurst.acknowledged.size,
		answers_lost: answersLost,
		answers_errors_5xx: answering.errors5xx + answerBurst.errors5xx,
		answers_other_errors: answering.otherErrors + answerBurst.otherErrors,
		answers_p50_ms: round(percentile(answering.latencies, 50)),
		answers_p95_ms: round(percentile(answering.latencies, 95)),
		answers_burst_p95_ms: round(percentile(answerBurst.latencies, 95)),
		answers_per_s: round(answering.latencies.length / ANSWER_SECONDS),
		p50_ratio:
			round((percentile(large.latencies, 50) / percentile(small.latencies, 50)) * 100) / 100
	};
	console.log('\ngoals: lost 0, errors_5xx 0, p95 ≤ 25 ms, burst p95 ≤ 150 ms, p50 ratio ≤ 1.5');
	console.log(JSON.stringify(figures));
	await app.stop();
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
