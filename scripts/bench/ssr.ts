// npm run bench:ssr — what a page costs the teacher's laptop to serve. The app is started as
// `npm start` starts it, on a store holding a class that is working through the seed lesson.
// 1. Throughput: each page, 10 connections with keep-alive and gzip accepted, for a few
//    seconds: requests/s, p50 and p99, and the ratio to the home page's requests/s measured
//    just before it (so a burst of load from elsewhere spoils no single ratio).
// 2. School morning: PUPILS pupils open the reader within WINDOW seconds, then the quiz, and
//    answer at a pupil's pace (a question every 10–30 s) until ANSWERING seconds have passed.
//    Goal: p95 of the pages ≤ 200 ms, no error.
// Flags: --seconds=5 (per page), --pupils=300, --window=60, --answering=120, --only=pages|morning.
// Ends with one line of JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startApp } from '../lib/app-server.js';
import { LENS_NAMES } from '../../src/lib/lesson/lens-names';
import { buildLesson } from '../../src/lib/lesson/load';
import { readLessonFolder } from '../../src/lib/server/lesson-files';
import { openStore } from '../../src/lib/server/store/open';
import { hashPassword } from '../../src/lib/server/teacher/password';
import { random, work } from './class-fixture';
import { percentile, round } from './learner-client';

const LESSON_ID = 'karabakh-revenge';
const flag = (name: string, fallback: number) => {
	const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	return found ? Number(found.split('=')[1]) : fallback;
};
const only = process.argv.find((arg) => arg.startsWith('--only='))?.split('=')[1];
const SECONDS = flag('seconds', 5);
const CONNECTIONS = 10;
const PUPILS = flag('pupils', 300);
const WINDOW_S = flag('window', 60);
const ANSWERING_S = flag('answering', 120);
const GOAL_P95_MS = 200;

const lessonResult = buildLesson(readLessonFolder(resolve('questions'), LESSON_ID));
if (!lessonResult.lesson) throw new Error(`The seed lesson ${LESSON_ID} does not load.`);
const lesson = lessonResult.lesson;

interface Reply {
	status: number;
	ms: number;
	/** Bytes on the wire (gzipped when the server compressed). */
	wireBytes: number;
	body: Buffer;
	headers: Record<string, string | string[] | undefined>;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

function send(
	origin: string,
	path: string,
	headers: Record<string, string>,
	method = 'GET',
	body?: string
): Promise<Reply> {
	const url = new URL(path, origin);
	const started = performance.now();
	return new Promise((done, fail) => {
		const req = request(
			{
				agent,
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method,
				headers: { 'accept-encoding': 'gzip', accept: 'text/html', ...headers }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const wire = Buffer.concat(chunks);
					done({
						status: res.statusCode ?? 0,
						ms: performance.now() - started,
						wireBytes: wire.length,
						body: res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire,
						headers: res.headers
					});
				});
			}
		);
		req.on('error', fail);
		req.end(body);
	});
}

/** A class, a learner who answered everything (every lens open), 300 pupils, their teacher. */
async function buildStore(dataDir: string) {
	const store = await openStore({ DATA_DIR: dataDir });
	try {
		const teacher = await store.createTeacher({
			name: 'Mme Banc',
			passwordHash: await hashPassword('banc-d-essai-2026')
		});
		const classroom = await store.createClassroom('3e Bench', teacher.id);
		const start = Date.parse('2026-03-12T09:00:00Z');
		const classmates = await Promise.all(
			Array.from({ length: 35 }, (_, i) =>
				store.createLearner({ pseudonym: `Zoé ${i + 1}`, classroomId: classroom.id })
			)
		);
		await Promise.all(
			classmates.map(({ learner }, i) => work(store, learner.id, lesson, 24, random(i + 1), start))
		);
		const reader = classmates[0]!.learner;
		await work(store, reader.id, lesson, lesson.questions.length, random(999), start);
		const school = await store.createClassroom('Collège', teacher.id);
		const pupils: string[] = [];
		for (let i = 0; i < PUPILS; i++) {
			const { learner } = await store.createLearner({
				pseudonym: `élève ${i + 1}`,
				classroomId: school.id
			});
			pupils.push(`qdq_session=${await store.createSession(learner.id)}`);
		}
		const expires = new Date(Date.now() + 3_600_000).toISOString();
		return {
			classroomId: classroom.id,
			learner: `qdq_session=${await store.createSession(reader.id)}`,
			teacher: `qdq_teacher=${await store.createTeacherSession(teacher.id, expires)}`,
			pupils
		};
	} finally {
		await store.close(); // the server takes the data directory's lock
	}
}

interface Figures {
	rps: number;
	p50_ms: number;
	p99_ms: number;
	kb: number;
	gzip_kb: number;
	errors: number;
}

/** CONNECTIONS loops asking for `path` as fast as the server answers, for SECONDS. */
async function hammer(origin: string, path: string, headers: Record<string, string>) {
	const first = await send(origin, path, headers);
	if (first.status !== 200) throw new Error(`GET ${path}: ${first.status}`);
	const latencies: number[] = [];
	let errors = 0;
	const until = performance.now() + SECONDS * 1000;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async () => {
			while (performance.now() < until) {
				try {
					const reply = await send(origin, path, headers);
					if (reply.status !== 200) errors++;
					latencies.push(reply.ms);
				} catch {
					errors++;
				}
			}
		})
	);
	const elapsed = (performance.now() - started) / 1000;
	return {
		rps: round(latencies.length / elapsed),
		p50_ms: round(percentile(latencies, 50)),
		p99_ms: round(percentile(latencies, 99)),
		kb: round(first.body.length / 1024),
		gzip_kb: round(first.wireBytes / 1024),
		errors
	} satisfies Figures;
}

async function measurePages(origin: string, cookies: Awaited<ReturnType<typeof buildStore>>) {
	const pages: { name: string; path: string; headers: Record<string, string> }[] = [];
	for (const lang of ['fr', 'en'] as const) {
		const as = (cookie?: string) => ({
			cookie: [`lang=${lang}`, cookie].filter(Boolean).join('; ')
		});
		pages.push({ name: `home ${lang}`, path: '/', headers: as() });
		for (const signedIn of [false, true]) {
			// Without an account only the lenses the lesson opens from the start are open.
			const lenses = signedIn ? LENS_NAMES : LENS_NAMES.filter((l) => lesson.lens.includes(l));
			for (const lens of [null, ...lenses]) {
				pages.push({
					name: `reader ${lang} ${signedIn ? 'learner' : 'visitor'} ${lens ?? 'no-lens'}`,
					path: `/lessons/${LESSON_ID}${lens ? `?lens=${lens}` : ''}`,
					headers: as(signedIn ? cookies.learner : undefined)
				});
			}
		}
		pages.push({
			name: `quiz ${lang}`,
			path: `/lessons/${LESSON_ID}/quiz`,
			headers: as(cookies.learner)
		});
		pages.push({
			name: `dashboard ${lang}`,
			path: `/teacher/classes/${cookies.classroomId}/lessons/${LESSON_ID}`,
			headers: as(cookies.teacher)
		});
	}
	// The machine is shared: each page is measured right after the home page, and its ratio is
	// to that home figure, so a burst of load from elsewhere spoils no single ratio.
	const results: Record<string, Figures> = {};
	const homes: Record<string, number> = {};
	for (const page of pages) {
		homes[page.name] = (await hammer(origin, '/', page.headers)).rps;
		results[page.name] = await hammer(origin, page.path, page.headers);
		const r = results[page.name]!;
		console.log(
			`${page.name.padEnd(36)} ${String(r.rps).padStart(7)} req/s (home ${homes[page.name]})  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms  ${r.kb} KB (${r.gzip_kb} KB gz)${r.errors ? `  ${r.errors} errors` : ''}`
		);
	}
	const home = Object.values(homes).reduce((a, b) => a + b, 0) / pages.length;
	const ratios = Object.fromEntries(
		Object.entries(results).map(([name, r]) => [
			name,
			Math.round((r.rps / homes[name]!) * 100) / 100
		])
	);
	const readers = Object.entries(ratios).filter(([name]) => name.startsWith('reader'));
	const worst = Math.min(...readers.map(([, ratio]) => ratio));
	const biggest = Math.max(
		...Object.entries(results)
			.filter(([name]) => name.startsWith('reader'))
			.map(([, r]) => r.kb)
	);
	console.log(
		`reader / home: worst ${worst} (goal ≥ 0.5); biggest reader HTML ${biggest} KB (goal ≤ 90)`
	);
	return {
		home_rps: round(home),
		pages: results,
		ratio_to_home: ratios,
		reader_worst_ratio: worst,
		reader_max_kb: biggest
	};
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The school morning: every pupil opens the reader once within the window, then answers. */
async function schoolMorning(origin: string, pupils: string[]) {
	const singles = lesson.questions.filter((q) => q.type === 'single');
	const pages: number[] = [];
	const answers: number[] = [];
	let errors = 0;
	const page = async (path: string, cookie: string) => {
		try {
			const reply = await send(origin, path, { cookie });
			pages.push(reply.ms);
			if (reply.status !== 200) errors++;
		} catch {
			errors++;
		}
	};
	const started = performance.now();
	const end = started + (WINDOW_S + ANSWERING_S) * 1000;
	await Promise.all(
		pupils.map(async (cookie, i) => {
			const next = random(5000 + i);
			await pause(next() * WINDOW_S * 1000);
			await page(`/lessons/${LESSON_ID}`, cookie);
			await pause(20_000 + next() * 40_000); // reading
			await page(`/lessons/${LESSON_ID}/quiz`, cookie);
			for (let q = 0; performance.now() < end; q = (q + 1) % singles.length) {
				await pause(10_000 + next() * 20_000);
				if (performance.now() >= end) break;
				const question = singles[q]!;
				const option = question.options[Math.floor(next() * question.options.length)]!.id;
				try {
					const reply = await send(
						origin,
						`/lessons/${LESSON_ID}/quiz?/answer`,
						{ cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
						'POST',
						new URLSearchParams({
							question: question.id,
							key: crypto.randomUUID().replaceAll('-', ''),
							option
						}).toString()
					);
					answers.push(reply.ms);
					const location = reply.headers.location;
					if (reply.status !== 303 || typeof location !== 'string') errors++;
					else await page(location, cookie);
				} catch {
					errors++;
				}
			}
		})
	);
	const result = {
		pupils: pupils.length,
		window_s: WINDOW_S,
		answering_s: ANSWERING_S,
		pages: pages.length,
		answers: answers.length,
		errors,
		page_p50_ms: round(percentile(pages, 50)),
		page_p95_ms: round(percentile(pages, 95)),
		answer_p95_ms: round(percentile(answers, 95)),
		goal_met: percentile(pages, 95) <= GOAL_P95_MS && errors === 0
	};
	console.log(
		`school morning: ${result.pupils} pupils, ${result.pages} pages, ${result.answers} answers, ` +
			`${errors} errors; page p50 ${result.page_p50_ms} ms, p95 ${result.page_p95_ms} ms ` +
			`(goal ≤ ${GOAL_P95_MS} ms, 0 errors: ${result.goal_met ? 'met' : 'NOT met'})`
	);
	return result;
}

const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-bench-ssr-'));
try {
	const dataDir = join(scratch, 'data');
	const cookies = await buildStore(dataDir);
	const app = await startApp({ dataDir });
	try {
		const pages = only === 'morning' ? null : await measurePages(app.origin, cookies);
		const morning = only === 'pages' ? null : await schoolMorning(app.origin, cookies.pupils);
		console.log(
			JSON.stringify({
				bench: 'ssr',
				connections: CONNECTIONS,
				seconds_per_page: SECONDS,
				...(pages ?? {}),
				school_morning: morning
			})
		);
	} finally {
		await app.stop();
	}
} finally {
	agent.destroy();
	rmSync(scratch, { recursive: true, force: true });
}
