import { request as httpRequest } from 'node:http';

/** Port and data directory of the app the suite started (see playwright.config.ts). */
export const port = Number(process.env.E2E_PORT);
export const dataDir = process.env.E2E_DATA_DIR!;
/** The server's own copy of questions/, which tests may edit. */
export const questionsDir = process.env.E2E_QUESTIONS_DIR!;
/** Code of the class "3e B", created before the server started. */
export const classCode = process.env.E2E_CLASS_CODE!;
/** The teacher created from TEACHER_NAME / TEACHER_PASSWORD at start; owns "3e B". */
export const teacher = {
	name: process.env.E2E_TEACHER_NAME!,
	password: process.env.E2E_TEACHER_PASSWORD!
};
export const classroomOrigin = `http://classroom.test:${port}`;

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/**
 * A request to the app on loopback that says it is for `classroom.test` in its Host header,
 * as a pupil's browser on the LAN would. Node resolves no test names, so we set Host by hand.
 */
export function requestAsClassroom(
	path: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port,
				path,
				method: options.method ?? 'GET',
				headers: { host: `classroom.test:${port}`, ...options.headers }
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}
