// npm run bench:events — one learner's script floods the events endpoint with 10,000 events
// (100 batches of 100, 4 at a time, made-up terms among them) while another pupil of the class
// answers the quiz. Measures the other pupil's answer latency before and during the flood, what
// the endpoint accepted and refused, and the flooder's learner file size afterwards. Ends with
// one line of JSON.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../lib/app-server.js';
import { openStore } from '../../src/lib/server/store/open';
import { joinClass, percentile, postAnswer, round, sendJson } from './learner-client';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const BATCH = 100;
const PARALLEL = 4;
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 200);
const TERMS = ['cessez-le-feu', 'obusier', 'made-up-term', 'another-invented-one'];

async function answerMany(origin: string, cookie: string, count: number, stop?: () => boolean) {
	const latencies: number[] = [];
	let errors = 0;
	for (let i = 0; i < count && !stop?.(); i++) {
		const { reply } = await postAnswer(origin, cookie, 'topic', 'operation');
		if (reply.status >= 400) errors++;
		else latencies.push(reply.ms);
	}
	return { latencies, errors };
}

/** One batch of mixed events: positions, paragraphs past the end, real and made-up terms. */
function batch(): string {
	const events = Array.from({ length: BATCH }, (_, i) => {
		const key = randomUUID();
		switch (i % 4) {
			case 0:
				return { key, type: 'position', paragraph: 1 + (i % 12) };
			case 1:
				return { key, type: 'reached', paragraph: 1 + (i % 500) };
			case 2:
				return { key, type: 'translation-opened', paragraph: 1 + (i % 30) };
			default:
				return { key, type: 'term-looked-up', termId: TERMS[i % TERMS.length], how: 'tap' };
		}
	});
	return JSON.stringify({ events });
}

async function main() {
	const parent = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-events-'));
	const dataDir = join(parent, 'data');
	try {
		// The class is made before the server starts: one process per data directory.
		const setup = await openStore({ DATA_DIR: dataDir });
		const { code } = await setup.createClassroom('Bench');
		await setup.close();
		const app = await startApp({ dataDir });
		try {
			await measure(app.origin, dataDir, code);
		} finally {
			await app.stop();
		}
	} finally {
		rmSync(parent, { recursive: true, force: true });
	}
}

async function measure(origin: string, dataDir: string, code: string) {
	const flooder = await joinClass(origin, code, 'flooder');
	const pupil = await joinClass(origin, code, 'pupil');
	console.log(`Baseline: ${ANSWERS} answers of another pupil, no flood…`);
	await answerMany(origin, pupil, 20); // warm-up
	const baseline = await answerMany(origin, pupil, ANSWERS);

	console.log(`Flood: ${EVENTS} events in batches of ${BATCH}, ${PARALLEL} at a time…`);
	const statuses = new Map<number, number>();
	let recorded = 0;
	let ignored = 0;
	let sent = 0;
	let flooding = true;
	const started = performance.now();
	const flood = (async () => {
		const workers = Array.from({ length: PARALLEL }, async () => {
			while (sent < EVENTS) {
				sent += BATCH;
				const reply = await sendJson(origin, '/lessons/karabakh-revenge/events', flooder, batch());
				statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
				if (reply.status === 200) {
					const body = JSON.parse(reply.body) as { recorded: number; ignored: number };
					recorded += body.recorded;
					ignored += body.ignored;
				}
			}
		});
		await Promise.all(workers);
		flooding = false;
	})();
	const during = await answerMany(origin, pupil, ANSWERS * 10, () => !flooding);
	await flood;
	const floodSeconds = (performance.now() - started) / 1000;

	const learnersDir = join(dataDir, 'learners');
	const sizeOf = (pseudonym: string) => {
		for (const name of readdirSync(learnersDir)) {
			const file = join(learnersDir, name);
			const data = JSON.parse(readFileSync(file, 'utf8')) as { learner: { pseudonym: string } };
			if (data.learner.pseudonym === pseudonym) return statSync(file).size;
		}
		return NaN;
	};
	const figures = {
		bench: 'events',
		events_sent: EVENTS,
		flood_s: round(floodSeconds),
		batches_by_status: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
		events_recorded: recorded,
		events_ignored_not_in_lesson: ignored,
		flooder_file_bytes: sizeOf('flooder'),
		// The other pupil's file holds their few hundred answers (kept: they are the teacher's data).
		other_pupil_file_bytes: sizeOf('pupil'),
		other_pupil_answers_during_flood: during.latencies.length,
		other_pupil_errors: baseline.errors + during.errors,
		other_pupil_p50_ms_before: round(percentile(baseline.latencies, 50)),
		other_pupil_p95_ms_before: round(percentile(baseline.latencies, 95)),
		other_pupil_p50_ms_during: round(percentile(during.latencies, 50)),
		other_pupil_p95_ms_during: round(percentile(during.latencies, 95))
	};
	console.log('\ngoals: flooder file ≤ 16 KB, other pupil errors 0, most batches refused (429)');
	console.log(JSON.stringify(figures));
}

await main();
