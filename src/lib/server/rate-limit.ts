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

	/** How many attempts the key made within the window. */
	recent(key: string): number {
		const now = this.now();
		return (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs).length;
	}

	/** True when the key has used up its attempts for now (counts nothing). */
	exhausted(key: string): boolean {
		return this.recent(key) >= this.limit;
	}

	/** Counts an attempt without asking, even past the limit (so that `forgive` stays exact). */
	record(key: string): void {
		const now = this.now();
		const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
		recent.push(now);
		this.attempts.set(key, recent);
		if (this.attempts.size > 10_000) this.forgetOld(now);
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Counts only failed attempts, per client address: a whole school behind one public address
 * can sign in or join all at once, while a guesser is held back after a few wrong codes.
 * The attempt is counted before the (slow) check, so parallel guesses count too, and taken
 * back when it succeeds.
 */
export class FailureLimiter {
	private readonly failures: RateLimiter;

	constructor(limit: number, windowMs: number, now: () => number = Date.now) {
		this.failures = new RateLimiter(limit, windowMs, now);
	}

	/** Counts an attempt as failed until `succeeded`; false when the address must wait. */
	begin(address: string): boolean {
		return this.failures.allow(address);
	}

	/** The attempt was right: it does not count. */
	succeeded(address: string): void {
		this.failures.forgive(address);
	}
}

/**
 * The teacher sign-in limits, on failures only (see README):
 * - 10 a minute for one name from one address;
 * - 30 a minute from one address, whatever the names (someone trying many names);
 * - 50 an hour for one name from all addresses together. Once a name has reached it, only
 *   addresses that failed for that name within the hour are held back: a guesser spread over
 *   many machines gets one try per new machine, and the teacher, from an address that has not
 *   failed, still signs in with the right password.
 */
export class TeacherSignInLimits {
	private readonly byAddressAndName: RateLimiter;
	private readonly byAddress: RateLimiter;
	private readonly byName: RateLimiter;
	/** Failures of one address for one name within the hour (held back once the name is). */
	private readonly failedHere: RateLimiter;

	constructor(now: () => number = Date.now) {
		this.byAddressAndName = new RateLimiter(10, MINUTE, now);
		this.byAddress = new RateLimiter(30, MINUTE, now);
		this.byName = new RateLimiter(50, HOUR, now);
		this.failedHere = new RateLimiter(50, HOUR, now);
	}

	/**
	 * Counts an attempt as failed until `succeeded` (call it before checking the password);
	 * false when this address must wait before trying this name again.
	 */
	begin(address: string, name: string): boolean {
		const pair = `${address}\n${name}`;
		if (this.byAddressAndName.exhausted(pair) || this.byAddress.exhausted(address)) return false;
		if (this.byName.exhausted(name) && this.failedHere.recent(pair) > 0) return false;
		this.byAddressAndName.record(pair);
		this.byAddress.record(address);
		this.byName.record(name);
		this.failedHere.record(pair);
		return true;
	}

	/** The password was right (or the form was incomplete): the attempt does not count. */
	succeeded(address: string, name: string): void {
		const pair = `${address}\n${name}`;
		this.byAddressAndName.forgive(pair);
		this.byAddress.forgive(address);
		this.byName.forgive(name);
		this.failedHere.forgive(pair);
	}
}
