import { describe, expect, it } from 'vitest';
import { learnerNextPath } from '$lib/learner/next';

const origin = 'http://192.168.1.20:3000';

describe('learnerNextPath', () => {
	it('takes the learner back to the page named in the link or form, query included', () => {
		expect(learnerNextPath('/lessons/karabakh-revenge/quiz', null, origin)).toBe(
			'/lessons/karabakh-revenge/quiz'
		);
		expect(learnerNextPath('/lessons/karabakh-revenge?lens=hedges', null, origin)).toBe(
			'/lessons/karabakh-revenge?lens=hedges'
		);
	});

	it('never sends anyone off the site', () => {
		for (const bad of [
			'//evil.test/',
			'https://evil.test/',
			'/\\evil.test',
			'javascript:alert(1)'
		]) {
			expect(learnerNextPath(bad, null, origin)).toBe('/');
		}
	});

	it('never sends a learner back to a page of the start itself', () => {
		for (const start of ['/join', '/join?code=K7M-Q2X', '/signin?redirectTo=/me', '/me/deleted']) {
			expect(learnerNextPath(start, null, origin)).toBe('/');
		}
		expect(learnerNextPath('/joined-later', null, origin)).toBe('/joined-later');
	});

	it('without a `next`, uses the page the browser came from on this site only', () => {
		expect(learnerNextPath(null, `${origin}/lessons/karabakh-revenge/quiz?q=3`, origin)).toBe(
			'/lessons/karabakh-revenge/quiz?q=3'
		);
		expect(learnerNextPath(null, 'http://evil.test/lessons/x', origin)).toBe('/');
		expect(learnerNextPath(null, `${origin}/join`, origin)).toBe('/');
		expect(learnerNextPath(null, 'not a url', origin)).toBe('/');
		expect(learnerNextPath(null, null, origin)).toBe('/');
		expect(learnerNextPath('', null, origin)).toBe('/');
	});
});
