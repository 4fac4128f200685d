import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '$lib/redirect';

describe('safeRedirectPath', () => {
	it('keeps a path on this site, with its query', () => {
		expect(safeRedirectPath('/lessons/karabakh?lens=hedges')).toBe('/lessons/karabakh?lens=hedges');
		expect(safeRedirectPath('/')).toBe('/');
	});

	it('sends anything that could leave the site to the home page', () => {
		for (const bad of [
			'//evil.test/',
			'/\\evil.test',
			'https://evil.test',
			'javascript:alert(1)',
			'evil.test',
			'/\r\nSet-Cookie: x=1',
			'',
			null,
			42
		]) {
			expect(safeRedirectPath(bad), String(bad)).toBe('/');
		}
	});
});
