import { describe, expect, it } from 'vitest';
import { FailureLimiter, RateLimiter, TeacherSignInLimits } from '$lib/server/rate-limit';

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

describe('FailureLimiter', () => {
	it('lets any number of right codes through from one address, and holds back wrong ones', () => {
		let now = 0;
		const limiter = new FailureLimiter(10, 60_000, () => now);
		// A whole school behind one public address: thirty pupils sign in within the minute.
		for (let pupil = 0; pupil < 30; pupil++) {
			expect(limiter.begin('school')).toBe(true);
			limiter.succeeded('school');
		}
		for (let guess = 0; guess < 10; guess++) expect(limiter.begin('school')).toBe(true);
		expect(limiter.begin('school')).toBe(false);
		expect(limiter.begin('elsewhere')).toBe(true);
		now = 60_001;
		expect(limiter.begin('school')).toBe(true);
	});
});

describe('TeacherSignInLimits', () => {
	const MINUTE = 60_000;
	const fail = (limits: TeacherSignInLimits, address: string, name: string, times: number) => {
		for (let i = 0; i < times; i++) expect(limits.begin(address, name), `try ${i + 1}`).toBe(true);
	};

	it('holds back an address after ten wrong passwords for one name, not the teacher elsewhere', () => {
		let now = 0;
		const limits = new TeacherSignInLimits(() => now);
		fail(limits, 'guesser', 'mme lefevre', 10);
		expect(limits.begin('guesser', 'mme lefevre')).toBe(false);
		// The teacher, from the laptop, with the right password.
		expect(limits.begin('laptop', 'mme lefevre')).toBe(true);
		limits.succeeded('laptop', 'mme lefevre');
		now += MINUTE + 1;
		expect(limits.begin('guesser', 'mme lefevre')).toBe(true);
	});

	it('holds back an address trying many names after thirty failures a minute', () => {
		const limits = new TeacherSignInLimits(() => 0);
		for (let i = 0; i < 30; i++) expect(limits.begin('guesser', `name ${i}`)).toBe(true);
		expect(limits.begin('guesser', 'someone else')).toBe(false);
		expect(limits.begin('colleague', 'someone else')).toBe(true);
	});

	it('never counts a right password', () => {
		const limits = new TeacherSignInLimits(() => 0);
		for (let i = 0; i < 100; i++) {
			expect(limits.begin('staff room', 'm durand')).toBe(true);
			limits.succeeded('staff room', 'm durand');
		}
	});

	it('after fifty failures an hour on a name, holds back every address that failed for it', () => {
		let now = 0;
		const limits = new TeacherSignInLimits(() => now);
		// Many machines, each under the per-address limits, five failures a minute each.
		for (let machine = 0; machine < 10; machine++) {
			fail(limits, `bot ${machine}`, 'mme lefevre', 5);
			now += MINUTE + 1;
		}
		// Each of them is now held back for the hour, whatever it tries…
		for (let machine = 0; machine < 10; machine++)
			expect(limits.begin(`bot ${machine}`, 'mme lefevre')).toBe(false);
		// …a new machine gets one try only…
		expect(limits.begin('new bot', 'mme lefevre')).toBe(true);
		expect(limits.begin('new bot', 'mme lefevre')).toBe(false);
		// …and the teacher, from an address that has not failed, signs in.
		expect(limits.begin('laptop', 'mme lefevre')).toBe(true);
		limits.succeeded('laptop', 'mme lefevre');
		// Other names are not concerned.
		expect(limits.begin('bot 0', 'm durand')).toBe(true);
		now += 60 * MINUTE;
		expect(limits.begin('bot 0', 'mme lefevre')).toBe(true);
	});
});
