import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '$lib/lesson/json-schema';

describe('JSON Schemas in questions/schema', () => {
	it('are up to date with the zod schema (run npm run schema after changing it)', () => {
		for (const [name, text] of Object.entries(jsonSchemas())) {
			expect(readFileSync(`questions/schema/${name}.schema.json`, 'utf8'), name).toBe(text);
		}
	});

	it('are named on the first line of every lesson file, for editors', () => {
		for (const name of ['lesson', 'glossary', 'annotations', 'quiz']) {
			const first = readFileSync(`questions/karabakh-revenge/${name}.yaml`, 'utf8').split('\n')[0];
			expect(first).toBe(`# yaml-language-server: $schema=../schema/${name}.schema.json`);
		}
	});

	it('describe fields so editors can explain them', () => {
		const glossary = JSON.parse(jsonSchemas().glossary!);
		const term = glossary.properties.terms.items;
		expect(term.required).toEqual(expect.arrayContaining(['id', 'lemma', 'forms', 'pos']));
		// English and definition may wait only while the entry is a suggestion.
		expect(term.if).toEqual({ required: ['review'] });
		expect(term.else).toEqual({ required: ['en', 'definition'] });
		expect(term.additionalProperties).toBe(false);
		expect(term.properties.forms.description).toMatch(/as it appears/);
	});

	it('let only a draft leave its translation out', () => {
		const lesson = JSON.parse(jsonSchemas().lesson!);
		expect(lesson.if.properties.status).toEqual({ const: 'draft' });
		expect(lesson.else.properties.paragraphs.items.required).toEqual(['en']);
		expect(lesson.else.properties.title.required).toEqual(['en']);
	});
});
