// @ts-check
import { request } from 'node:http';

/**
 * Starts a self-learner through the join form (one click, as a browser posts it) and returns
 * the session cookie, for measuring pages that need a learner.
 * @param {string} origin e.g. http://127.0.0.1:3000
 * @param {string} [host] Host header to send, when `origin` is loopback standing for a LAN name
 * @returns {Promise<{ name: string, value: string }>}
 */
export function selfLearnerCookie(origin, host) {
	const url = new URL('/join?/self', origin);
	const sentOrigin = host ? `http://${host}` : origin;
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method: 'POST',
				headers: {
					host: host ?? url.host,
					origin: sentOrigin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				}
			},
			(res) => {
				res.resume();
				const cookie = [res.headers['set-cookie'] ?? []]
					.flat()
					.find((c) => c.startsWith('qdq_session='));
				if (!cookie)
					return reject(new Error(`No session from /join?/self (status ${res.statusCode})`));
				const [name, value] = /** @type {[string, string]} */ (cookie.split(';')[0]?.split('='));
				resolve({ name, value });
			}
		);
		req.on('error', reject);
		req.end('');
	});
}
