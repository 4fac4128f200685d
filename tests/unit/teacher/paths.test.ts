import { describe, expect, it } from 'vitest';
import { isTeacherOnlyPath } from '$lib/teacher/paths';

describe('isTeacherOnlyPath', () => {
	it('guards the whole teacher area', () => {
		for (const path of [
			'/teacher',
			'/teacher/',
			'/teacher/classes/abc',
			'/teacher/classes/abc/lessons/x/answers.csv',
			'/teacher/signout',
			'/teacher/signin/../classes',
			'/%74eacher/classes/abc',
			'/teacher%2Fclasses',
			'/%E0%A4%A'
		]) {
			expect(isTeacherOnlyPath(path), path).toBe(true);
		}
	});

	it('leaves open the sign-in, the setup link and invitations, and the rest of the site', () => {
		for (const path of [
			'/teacher/signin',
			'/teacher/setup',
			'/teacher/invite/abc123',
			'/',
			'/teachers',
			'/lessons/x',
			'/me'
		]) {
			expect(isTeacherOnlyPath(path), path).toBe(false);
		}
	});
});
