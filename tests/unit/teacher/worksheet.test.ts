import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/lesson/french';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';
import { answerKey, evidenceQuote } from '$lib/server/teacher/answer-key';
import { termsNeeded, worksheet } from '$lib/server/teacher/worksheet';
import { letter } from '$lib/teacher/letters';

const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const sheet = worksheet(lesson);
const key = answerKey(lesson);

describe('the printed worksheet', () => {
	it('prints each paragraph verbatim, cut into numbered sentences', () => {
		sheet.paragraphs.forEach((paragraph, p) => {
			const text = lesson.paragraphs[p]!.fr;
			expect(paragraph.number).toBe(p + 1);
			expect(paragraph.sentences.map((s) => s.number)).toEqual(
				sentences(text).map((_, i) => i + 1)
			);
			const printed = paragraph.sentences.map((s) => s.pieces.map((x) => x.text).join(''));
			expect(printed.join(' ')).toBe(text);
		});
	});

	it('gives each glossary term of the text one footnote, on its first occurrence, in reading order', () => {
		const used = new Set(lesson.paragraphs.flatMap((p) => p.terms.map((t) => t.termId)));
		expect(sheet.footnotes).toHaveLength(used.size);
		expect(sheet.footnotes.map((f) => f.number)).toEqual(sheet.footnotes.map((_, i) => i + 1));
		const markers = sheet.paragraphs.flatMap((p) =>
			p.sentences.flatMap((s) => s.pieces.flatMap((x) => (x.footnote ? [x.footnote] : [])))
		);
		expect(markers).toEqual(sheet.footnotes.map((f) => f.number));
		// The first term of the text is footnote 1, with its glossary entry.
		const first = lesson.paragraphs[0]!.terms[0]!;
		const term = lesson.glossary.find((t) => t.id === first.termId)!;
		expect(sheet.footnotes[0]).toMatchObject({ lemma: term.lemma, en: term.en });
		expect(sheet.footnotes[0]!.definition).toBe(term.definition);
	});

	it('holds nothing of the key: no correct flag, answer, feedback or evidence', () => {
		const keys = new Set<string>();
		const walk = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object') {
				for (const [name, child] of Object.entries(value)) {
					keys.add(name);
					walk(child);
				}
			}
		};
		walk(sheet);
		for (const name of [
			'correct',
			'answers',
			'answer',
			'feedback',
			'evidence',
			'status',
			'targets'
		]) {
			expect(keys).not.toContain(name);
		}
		const json = JSON.stringify(sheet);
		for (const question of lesson.questions) {
			expect(json).not.toContain(question.feedback.fr);
			expect(json).not.toContain(question.feedback.en);
		}
	});
});

describe('the answer key', () => {
	it('numbers the questions as the worksheet does', () => {
		expect(key.map((q) => [q.id, q.number])).toEqual(sheet.questions.map((q) => [q.id, q.number]));
	});

	it('names the right options by the letters the worksheet prints', () => {
		for (const question of key) {
			if (question.type !== 'single' && question.type !== 'multiple') continue;
			const printed = sheet.questions.find((q) => q.id === question.id)!;
			if (printed.type !== question.type) throw new Error('types differ');
			const source = lesson.questions.find((q) => q.id === question.id)!;
			if (source.type !== question.type) throw new Error('types differ');
			for (const option of question.options) {
				const index = option.letter.charCodeAt(0) - 65;
				const id = printed.options[index]!.id;
				expect(option.text).toEqual(printed.options[index]!.text);
				expect(option.correct).toBe(source.options.find((o) => o.id === id)!.correct);
			}
		}
	});

	it('gives the right order and the matching pairs in the worksheet’s letters', () => {
		for (const question of key) {
			const printed = sheet.questions.find((q) => q.id === question.id)!;
			const source = lesson.questions.find((q) => q.id === question.id)!;
			if (question.type === 'order' && printed.type === 'order' && source.type === 'order') {
				const ids = question.order.map((l) => printed.items[l.charCodeAt(0) - 65]!.id);
				expect(ids).toEqual(source.items.map((i) => i.id));
			}
			if (question.type === 'match' && printed.type === 'match' && source.type === 'match') {
				question.items.forEach((item, i) => {
					const answer = source.items.find((s) => s.id === printed.items[i]!.id)!.answer;
					expect(printed.choices[item.answer.charCodeAt(0) - 65]!.id).toBe(answer);
				});
			}
		}
	});

	it('places every evidence quote in its paragraph and sentences', () => {
		for (const question of lesson.questions) {
			for (const range of question.evidenceRanges) {
				const quote = evidenceQuote(lesson, range);
				const text = lesson.paragraphs[quote.paragraph - 1]!.fr;
				const cut = sentences(text);
				const from = cut[quote.fromSentence - 1]!;
				const to = cut[quote.toSentence - 1]!;
				expect(text.slice(from.start, to.end)).toContain(quote.quote);
				expect(quote.toSentence).toBeGreaterThanOrEqual(quote.fromSentence);
			}
		}
		// "Kazimov Anar Rustam a été tué" opens the second sentence of paragraph 3.
		const start = lesson.paragraphs[2]!.fr.indexOf('Kazimov');
		expect(evidenceQuote(lesson, { paragraph: 2, start, end: start + 7 })).toEqual({
			paragraph: 3,
			fromSentence: 2,
			toSentence: 2,
			quote: 'Kazimov'
		});
	});

	it('names the words of mark-in-text targets and the accepted typed answers', () => {
		const mark = key.find((q) => q.type === 'mark');
		if (mark?.type !== 'mark') throw new Error('the seed quiz has mark questions');
		for (const target of mark.targets) expect(target.words.length).toBeGreaterThan(0);
		const short = key.find((q) => q.type === 'short');
		if (short?.type !== 'short') throw new Error('the seed quiz has short answers');
		expect(short.answers.length).toBeGreaterThan(0);
	});

	it('tells the teacher which typed answers also accept times written any way', () => {
		const time = key.find((q) => q.id === 'secure-time');
		expect(time).toMatchObject({ type: 'short', variants: ['times'] });
		const spelling = key.find((q) => q.id === 'secure-in-french');
		expect(spelling).toMatchObject({ type: 'gap', accents: 'required', variants: [] });
	});

	it('letters from A', () => {
		expect([0, 1, 25].map(letter)).toEqual(['A', 'B', 'Z']);
	});
});

describe('the short worksheet', () => {
	const full = worksheet(lesson);
	const short = worksheet(lesson, { short: true });

	it('has the core path’s questions, numbered as in the whole quiz (and its answer key)', () => {
		expect(short.questions.map((q) => q.id)).toEqual(
			lesson.questions.filter((q) => lesson.corePath.includes(q.id)).map((q) => q.id)
		);
		for (const question of short.questions) {
			expect(question.number).toBe(full.questions.find((q) => q.id === question.id)!.number);
		}
	});

	it('keeps the whole text, with footnotes only for the terms in the core questions’ evidence', () => {
		expect(short.paragraphs.map((p) => p.number)).toEqual(full.paragraphs.map((p) => p.number));
		const needed = termsNeeded(
			lesson,
			lesson.questions.filter((q) => lesson.corePath.includes(q.id))
		);
		const lemmas = new Set(lesson.glossary.filter((t) => needed.has(t.id)).map((t) => t.lemma));
		expect(short.footnotes.length).toBe(needed.size);
		for (const note of short.footnotes) expect(lemmas.has(note.lemma), note.lemma).toBe(true);
		expect(short.footnotes.length).toBeLessThan(full.footnotes.length);
		expect(short.footnotes.map((n) => n.number)).toEqual(short.footnotes.map((_, i) => i + 1));
	});
});
