import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { readerView } from '$lib/lesson/reader';
import { readLessonFolder } from '$lib/server/lesson-files';

const result = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
const lesson = result.lesson as Lesson;
const seed = readFileSync('tests/fixtures/seed-article-fr.txt', 'utf8').split('\n');

describe('the seed lesson karabakh-revenge', () => {
	it('is valid', () => {
		expect(result.problems).toEqual([]);
		expect(lesson).not.toBeNull();
	});

	it('holds the 8 paragraphs of the article verbatim, the 5th as a photo caption', () => {
		expect(lesson.paragraphs.map((p) => p.fr)).toEqual(seed);
		expect(lesson.paragraphs.map((p) => p.kind)).toEqual([
			'text',
			'text',
			'text',
			'text',
			'caption',
			'text',
			'text',
			'text'
		]);
	});

	it('keeps the machine-translation slips that the lesson is about', () => {
		const text = seed.join('\n');
		for (const slip of [
			'positions de fight',
			'relativement secure',
			'supply de hazard',
			'Yuktari',
			'2020. guerre'
		]) {
			expect(text).toContain(slip);
		}
	});

	it('is honest about its provenance: no outlet, author or date is invented', () => {
		expect(lesson.source).toMatchObject({ outlet: null, author: null, date: null });
		expect(lesson.source.note?.fr).toMatch(/ni le nom du journal, ni l’auteur, ni la date/);
	});

	it('has a translation for every paragraph and a reading time', () => {
		for (const p of lesson.paragraphs) expect(p.en.length).toBeGreaterThan(40);
		expect(lesson.readingMinutes).toBeGreaterThanOrEqual(3);
		expect(lesson.readingMinutes).toBeLessThanOrEqual(8);
	});

	it('has a glossary of at least 45 complete entries, each found in the text', () => {
		expect(lesson.glossary.length).toBeGreaterThanOrEqual(45);
		for (const term of lesson.glossary) {
			expect(term.definition, term.id).not.toBe('');
			if (term.pos === 'noun') expect(term.gender, term.id).toMatch(/^[mf]$/);
		}
		const found = new Set(lesson.paragraphs.flatMap((p) => p.terms.map((t) => t.termId)));
		expect(lesson.glossary.filter((t) => !found.has(t.id)).map((t) => t.id)).toEqual([]);
	});

	it('glosses the names and multi-word terms as they appear, longest first', () => {
		const marked = (n: number) =>
			lesson.paragraphs[n - 1]!.terms.map((t) =>
				lesson.paragraphs[n - 1]!.fr.slice(t.start, t.end)
			);
		expect(marked(1)).toContain('Haut-Karabakh');
		expect(marked(2)).toContain('Karabakh');
		expect(marked(3)).toContain('Artsakh');
		expect(marked(7)).toContain('cessez-le-feu');
		expect(marked(6)).toContain('ligne de contact');
		expect(marked(8)).toContain('Organisation pour la sécurité et la coopération en Europe');
	});

	it('does not gloss the English words left by machine translation, nor give hedges away', () => {
		const forms = lesson.glossary.flatMap((t) => t.forms.map((f) => f.toLowerCase()));
		for (const word of [
			'fight',
			'secure',
			'scenario',
			'lengthy',
			'proceed',
			'supply',
			'hazard',
			'photographs',
			'revenge'
		]) {
			expect(
				forms.some((f) => f.split(/\s+/).includes(word)),
				word
			).toBe(false);
		}
		for (const hedge of ['auraient été', 'aurait été', 'ce qui serait']) {
			expect(forms, hedge).not.toContain(hedge);
		}
	});

	it('gives the reader nothing of the quiz, and no annotation without a lens', () => {
		const view = readerView(lesson);
		expect(Object.keys(view).sort()).toEqual(
			['glossary', 'id', 'lens', 'level', 'paragraphs', 'readingMinutes', 'source', 'title'].sort()
		);
		expect(view.lens).toBeNull();
		expect(view.paragraphs.every((p) => p.runs.every((r) => r.note === null))).toBe(true);
		const rebuilt = view.paragraphs.map((p) =>
			p.runs.flatMap((r) => r.segments.map((s) => s.text)).join('')
		);
		expect(rebuilt).toEqual(seed);
	});
});
