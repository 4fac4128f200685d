// What a learner's browser does, over plain HTTP: the same routes, forms and session cookies.
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export interface Reply {
	status: number;
	body: string;
	headers: Record<string, string | string[] | undefined>;
	ms: number;
}

function send(
	origin: string,
	path: string,
	init: { method: string; headers: Record<string, string>; body?: string }
): Promise<Reply> {
	const url = new URL(path, origin);
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method: init.method,
				headers: init.headers
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						body,
						headers: res.headers,
						ms: performance.now() - started
					})
				);
			}
		);
		req.on('error', reject);
		req.end(init.body);
	});
}

/** Joins a class through the join form; returns the session cookie ("qdq_session=…"). */
export async function joinClass(
	origin: string,
	classCode: string,
	pseudonym: string
): Promise<string> {
	const reply = await send(origin, '/join?/classroom', {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ code: classCode, pseudonym }).toString()
	});
	const cookie = [reply.headers['set-cookie'] ?? []]
		.flat()
		.find((c) => c.startsWith('qdq_session='));
	if (reply.status !== 200 || !cookie)
		throw new Error(`join failed: ${reply.status} ${reply.body.slice(0, 200)}`);
	return cookie.split(';')[0]!;
}

/** Answers a single-choice question through the quiz form, as a browser without JavaScript does. */
export async function postAnswer(
	origin: string,
	cookie: string,
	questionId: string,
	option: string
): Promise<{ reply: Reply; key: string }> {
	const key = randomUUID().replaceAll('-', '');
	const reply = await send(origin, '/lessons/karabakh-revenge/quiz?/answer', {
		method: 'POST',
		headers: {
			origin,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ question: questionId, key, option }).toString()
	});
	return { reply, key };
}

/** Reports one reading event the way the reader's script does; returns the reply and the key. */
export async function postEvent(
	origin: string,
	cookie: string,
	paragraph: number
): Promise<{ reply: Reply; key: string }> {
	const key = randomUUID();
	const reply = await send(origin, '/lessons/karabakh-revenge/events', {
		method: 'POST',
		headers: { origin, cookie, 'content-type': 'application/json' },
		body: JSON.stringify({ events: [{ key, type: 'position', paragraph }] })
	});
	return { reply, key };
}

/** Posts a JSON body to an endpoint as the reader's script does. */
export function sendJson(origin: string, path: string, cookie: string, body: string) {
	return send(origin, path, {
		method: 'POST',
		headers: { origin, cookie, 'content-type': 'application/json' },
		body
	});
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (n: number) => Math.round(n * 10) / 10;
