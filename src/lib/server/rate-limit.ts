/**
 * At most `limit` attempts per `windowMs` per key (e.g. per client address): slows down
 * anyone guessing recovery codes without bothering a pupil who mistypes twice.
 */
export class RateLimiter {
	private readonly attempts = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly now: () => number = Date.now
	) {}

	/** True when the key has used up its attempts for now (counts nothing). */
	exhausted(key: string): boolean {
		const now = this.now();
		return (
			(this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs).length >= this.limit
		);
	}

	/** Counts an attempt without asking. */
	record(key: string): void {
		this.allow(key);
	}

	/** Takes back the latest attempt (it succeeded: only failures should count). */
	forgive(key: string): void {
		const times = this.attempts.get(key);
		times?.pop();
		if (times?.length === 0) this.attempts.delete(key);
	}

	/** Counts an attempt; false when the key has used up its attempts for now. */
	allow(key: string): boolean {
		const now = this.now();
		const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (recent.length >= this.limit) {
			this.attempts.set(key, recent);
			return false;
		}
		recent.push(now);
		this.attempts.set(key, recent);
		if (this.attempts.size > 10_000) this.forgetOld(now);
		return true;
	}

	private forgetOld(now: number): void {
		for (const [key, times] of this.attempts) {
			if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(key);
		}
	}
}
