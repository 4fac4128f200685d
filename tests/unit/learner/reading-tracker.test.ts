import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { randomKey, ReadingTracker } from '$lib/components/reader/reading-tracker';

type Sent = { events: { key: string; type: string }[] };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeServer(statuses: (number | 'offline')[]) {
	const sent: Sent[] = [];
	const send = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
		const status = statuses.shift() ?? 200;
		if (status === 'offline') throw new TypeError('Failed to fetch');
		sent.push(JSON.parse(String(init?.body)));
		return new Response('{}', { status });
	});
	return { sent, send: send as unknown as typeof fetch };
}

describe('ReadingTracker', () => {
	it('batches events and sends them after a pause, each with its own key', async () => {
		const server = fakeServer([200]);
		const tracker = new ReadingTracker('/lessons/x/events', server.send);
		tracker.record({ type: 'position', paragraph: 2 });
		tracker.record({ type: 'translation-opened', paragraph: 2 });
		expect(server.sent).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(2000);
		expect(server.sent).toHaveLength(1);
		const [a, b] = server.sent[0]!.events;
		expect(a).toMatchObject({ type: 'position' });
		expect(a!.key).not.toBe(b!.key);
		expect(tracker.pending).toBe(0);
	});

	it('sends within 2 s of the first event even while the learner keeps generating events', async () => {
		const server = fakeServer([200, 200]);
		const tracker = new ReadingTracker('/e', server.send);
		for (let i = 0; i < 5; i++) {
			tracker.record({ type: 'position', paragraph: i + 1 });
			await vi.advanceTimersByTimeAsync(500);
		}
		expect(server.sent.length).toBeGreaterThanOrEqual(1);
		expect(server.sent[0]!.events.length).toBe(4);
	});

	it('keeps events through a dropped connection or a server error and resends the same keys', async () => {
		const server = fakeServer(['offline', 503, 200]);
		const tracker = new ReadingTracker('/e', server.send);
		tracker.record({ type: 'position', paragraph: 5 });
		await tracker.flush();
		expect(tracker.pending).toBe(1);
		await tracker.flush();
		expect(tracker.pending).toBe(1);
		await tracker.flush();
		expect(tracker.pending).toBe(0);
		expect(server.sent).toHaveLength(2);
		expect(server.sent[0]!.events[0]!.key).toBe(server.sent[1]!.events[0]!.key);
	});

	it('drops events the server refuses for good (signed out), instead of retrying forever', async () => {
		const server = fakeServer([401]);
		const tracker = new ReadingTracker('/e', server.send);
		tracker.record({ type: 'position', paragraph: 1 });
		await tracker.flush();
		expect(tracker.pending).toBe(0);
	});
});

describe('randomKey', () => {
	it('works where crypto.randomUUID does not exist (plain http on the school network)', () => {
		vi.stubGlobal('crypto', {
			getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto)
		});
		try {
			const keys = new Set(Array.from({ length: 100 }, randomKey));
			expect(keys.size).toBe(100);
			for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
