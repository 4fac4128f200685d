import { describe, expect, it } from 'vitest';
import { LENS_NAMES } from '$lib/lesson/lens-names';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';
import { fillFragments, withoutHydrationMarkers } from '$lib/server/page-fragments';
import { renderReaderFragments } from '$lib/server/reader-fragments';

const load = () => buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const lesson = load();
const count = (html: string, text: string) => html.split(text).length - 1;

describe('the reader rendered apart', () => {
	it('carries one tooltip for the whole text, each term pointing to its glossary entry', () => {
		const { article, glossary } = renderReaderFragments(lesson, { lang: 'fr', lens: null });
		const links = [
			...article.matchAll(/<a class="term" href="#term-([^"]+)" aria-describedby="def-([^"]+)"/g)
		];
		expect(links.length).toBeGreaterThan(100);
		for (const [, href, described] of links) {
			expect(described).toBe(href);
			expect(glossary).toContain(`id="term-${href}"`);
			expect(glossary).toContain(`<dd id="def-${href}">`);
		}
		expect(count(article, 'role="tooltip"')).toBe(1);
		expect(count(glossary, '<dd id=')).toBe(new Set(links.map(([, id]) => id)).size);
	});

	it('has no hydration markers: nothing hydrates it', () => {
		for (const lens of [null, ...LENS_NAMES]) {
			const { article, glossary } = renderReaderFragments(lesson, { lang: 'en', lens });
			expect(article + glossary).not.toMatch(/<!--/);
		}
	});

	it('renders each language and lens once per lesson version', () => {
		const first = renderReaderFragments(lesson, { lang: 'fr', lens: 'hedges' });
		expect(renderReaderFragments(lesson, { lang: 'fr', lens: 'hedges' })).toBe(first);
		expect(renderReaderFragments(lesson, { lang: 'en', lens: 'hedges' })).not.toBe(first);
		expect(renderReaderFragments(lesson, { lang: 'fr', lens: null })).not.toBe(first);
		// A reloaded lesson file is a new lesson: rendered again, never served stale.
		expect(renderReaderFragments(load(), { lang: 'fr', lens: 'hedges' })).not.toBe(first);
	});

	it('speaks the interface language around the French text', () => {
		const fr = renderReaderFragments(lesson, { lang: 'fr', lens: null });
		const en = renderReaderFragments(lesson, { lang: 'en', lens: null });
		expect(fr.article).toContain('<article lang="fr"');
		expect(en.article).toContain('<article lang="fr"');
		expect(fr.glossary).toContain('Glossaire');
		expect(en.glossary).toContain('Glossary');
	});

	it('highlights the evidence of an answered question without keeping it', () => {
		const question = lesson.questions.find((q) => q.evidenceRanges.length > 0)!;
		const highlights = question.evidenceRanges;
		const shown = renderReaderFragments(lesson, { lang: 'fr', lens: null, highlights });
		expect(shown.article).toContain('<mark class="evidence');
		expect(renderReaderFragments(lesson, { lang: 'fr', lens: null, highlights })).not.toBe(shown);
		expect(renderReaderFragments(lesson, { lang: 'fr', lens: null }).article).not.toContain(
			'class="evidence"'
		);
	});
});

describe('writing fragments into a page', () => {
	it('fills the empty elements marked for them, and only those', () => {
		const page =
			'<main><div data-fragment="article" class="x"></div><p>a</p><div data-fragment="other"></div></main>';
		expect(fillFragments(page, { article: '<article>t</article>' })).toBe(
			'<main><div data-fragment="article" class="x"><article>t</article></div><p>a</p><div data-fragment="other"></div></main>'
		);
		expect(fillFragments(page, null)).toBe(page);
	});

	it('does not take "$&" in a fragment for a replacement pattern', () => {
		expect(fillFragments('<div data-fragment="a"></div>', { a: 'cost $& $1' })).toBe(
			'<div data-fragment="a">cost $& $1</div>'
		);
	});

	it('leaves the text alone when it strips the markers', () => {
		expect(withoutHydrationMarkers('<p><!--[-->a &lt;!--[--&gt; b<!--]--><!----></p>')).toBe(
			'<p>a &lt;!--[--&gt; b</p>'
		);
	});
});
