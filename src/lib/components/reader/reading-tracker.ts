/** An event as the reader sends it; the server adds the lesson and the time. */
export type TrackedEvent =
	| { type: 'position'; paragraph: number }
	| { type: 'reached'; paragraph: number }
	| { type: 'term-looked-up'; termId: string; how: 'click' | 'tap' | 'focus' | 'hover' }
	| { type: 'translation-opened'; paragraph: number };

type Keyed = TrackedEvent & { key: string };

const FLUSH_DELAY_MS = 2000;

/**
 * A random event key. Not `crypto.randomUUID()`: browsers only offer it on https or localhost,
 * and pupils reach the teacher's laptop over plain http.
 */
export function randomKey(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Collects reading events and sends them in small batches. Each event carries a random key, so
 * a batch resent after a dropped connection is recorded once; unsent events are kept and retried.
 */
export class ReadingTracker {
	private queue: Keyed[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private sending = false;

	constructor(
		private readonly endpoint: string,
		private readonly send: typeof fetch = (...args) => fetch(...args)
	) {}

	record(event: TrackedEvent): void {
		this.queue.push({ ...event, key: randomKey() });
		// At most FLUSH_DELAY_MS after the first unsent event, however busy the reader is.
		this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
	}

	/** Sends what is queued now; `keepalive` lets it finish while the page is being left. */
	async flush(keepalive = false): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.sending || this.queue.length === 0) return;
		this.sending = true;
		const batch = this.queue.slice(0, 100);
		try {
			const response = await this.send(this.endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ events: batch }),
				keepalive
			});
			// Sent and stored (or refused for good: signed out, bad data): either way, done with them.
			if (response.status < 500) this.queue = this.queue.slice(batch.length);
		} catch {
			// Offline for a moment: keep them for the next flush.
		} finally {
			this.sending = false;
			if (this.queue.length > 0 && !keepalive) {
				this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS * 5);
			}
		}
	}

	get pending(): number {
		return this.queue.length;
	}
}
