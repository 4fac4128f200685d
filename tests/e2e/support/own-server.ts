import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { questionsDir, teacher, type RawResponse } from './server';

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface OwnServer {
	port: number;
	/** `http://classroom.test:<port>`, for the browser (mapped to loopback). */
	origin: string;
	/** Everything the server wrote to stderr so far (where it logs server errors). */
	errors: () => string;
	/**
	 * A request as a browser on the LAN sends it: Host and Origin are classroom.test, and it
	 * comes from `from` (any 127.x.y.z address reaches the server, so each can play another
	 * pupil's machine).
	 */
	request: (
		path: string,
		options?: {
			method?: string;
			headers?: Record<string, string>;
			body?: string | Buffer;
			from?: string;
		}
	) => Promise<RawResponse>;
	stop: () => Promise<void>;
}

/**
 * Starts a server of its own, exactly as `npm start` does, on a free port and a throw-away data
 * directory, with the scripted teacher of the suite: for tests that exhaust per-address limits
 * or read the server's log, without disturbing the shared server.
 */
export async function startOwnServer(
	options: {
		/** The lessons it serves (default: the suite's copy); tests that write lessons pass their own. */
		questionsDir?: string;
	} = {}
): Promise<OwnServer> {
	const port = await freePort();
	const scratch = mkdtempSync(join(tmpdir(), 'qui-dit-quoi-own-'));
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			DATA_DIR: join(scratch, 'data'),
			QUESTIONS_DIR: options.questionsDir ?? questionsDir,
			TEACHER_NAME: teacher.name,
			TEACHER_PASSWORD: teacher.password
		}
	});
	let output = '';
	let errors = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (errors += chunk));
	await expect.poll(() => output, { timeout: 120_000 }).toContain('Press Ctrl+C to stop.');
	const origin = `http://classroom.test:${port}`;
	return {
		port,
		origin,
		errors: () => errors,
		request: (path, options = {}) =>
			new Promise((resolve, reject) => {
				const req = httpRequest(
					{
						host: '127.0.0.1',
						port,
						path,
						localAddress: options.from,
						method: options.method ?? 'GET',
						headers: { host: `classroom.test:${port}`, origin, ...options.headers }
					},
					(res) => {
						let body = '';
						res.setEncoding('utf8');
						res.on('data', (chunk: string) => (body += chunk));
						res.on('end', () =>
							resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
						);
					}
				);
				req.on('error', reject);
				req.end(options.body);
			}),
		stop: async () => {
			const exited = new Promise((resolve) => server.once('exit', resolve));
			server.kill('SIGINT');
			await exited;
			rmSync(scratch, { recursive: true, force: true });
		}
	};
}

/** The `name=value` of a cookie the response sets. */
export function cookieFrom(response: RawResponse, name: string): string {
	const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
	const cookie = cookies.find((c) => c.startsWith(`${name}=`))?.split(';')[0];
	if (!cookie) throw new Error(`No ${name} cookie (status ${response.status}): ${response.body}`);
	return cookie;
}

/** A form body as a browser without JavaScript posts it. */
export const formPost = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
	method: 'POST',
	headers: {
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'text/html',
		...headers
	},
	body: new URLSearchParams(fields).toString()
});
