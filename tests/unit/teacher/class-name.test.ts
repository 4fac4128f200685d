import { describe, expect, it } from 'vitest';
import { CLASS_NAME_MAX, readClassName } from '$lib/teacher/class-name';

describe('readClassName', () => {
	it('tidies spaces and keeps accents', () => {
		expect(readClassName('  4e   Élan \n ')).toEqual({ ok: true, name: '4e Élan' });
	});

	it('says an empty name is missing and a long one too long, giving back what was typed', () => {
		expect(readClassName('   ')).toEqual({
			ok: false,
			name: '',
			error: 'teacher.home.errors.nameMissing'
		});
		expect(readClassName(null)).toMatchObject({
			ok: false,
			error: 'teacher.home.errors.nameMissing'
		});
		const long = 'é'.repeat(CLASS_NAME_MAX + 1);
		expect(readClassName(long)).toEqual({
			ok: false,
			name: long,
			error: 'teacher.home.errors.nameLong'
		});
		expect(readClassName('é'.repeat(CLASS_NAME_MAX))).toMatchObject({ ok: true });
	});
});
