import { describe, expect, it } from 'vitest';
import { RateLimiter } from '$lib/server/rate-limit';

describe('RateLimiter', () => {
	it('allows the limit, refuses the next, and allows again once the window has passed', () => {
		let now = 0;
		const limiter = new RateLimiter(3, 60_000, () => now);
		expect([1, 2, 3].map(() => limiter.allow('pupil'))).toEqual([true, true, true]);
		expect(limiter.allow('pupil')).toBe(false);
		expect(limiter.allow('another pupil')).toBe(true);
		now = 60_001;
		expect(limiter.allow('pupil')).toBe(true);
	});

	it('can count only some attempts (failures) and ask without counting', () => {
		let now = 0;
		const limiter = new RateLimiter(2, 60_000, () => now);
		expect(limiter.exhausted('name')).toBe(false);
		expect(limiter.exhausted('name')).toBe(false);
		limiter.record('name');
		expect(limiter.exhausted('name')).toBe(false);
		limiter.record('name');
		expect(limiter.exhausted('name')).toBe(true);
		expect(limiter.exhausted('other')).toBe(false);
		now = 60_001;
		expect(limiter.exhausted('name')).toBe(false);
	});

	it('takes back a successful attempt, so that only failures add up', () => {
		const limiter = new RateLimiter(2, 60_000, () => 0);
		for (let i = 0; i < 5; i++) {
			expect(limiter.allow('teacher')).toBe(true);
			limiter.forgive('teacher');
		}
		expect(limiter.exhausted('teacher')).toBe(false);
	});
});
