import { parse as pegParse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportGift, type ExportLesson } from '$lib/gift/export';
import { importGift } from '$lib/gift/import';
import { parseGift } from '$lib/gift/parse';
import { languagesOf } from '$lib/gift/text';
import { buildLesson } from '$lib/lesson/load';
import type { Question } from '$lib/quiz/schema';
import { readLessonFolder } from '$lib/server/lesson-files';
import { fixture } from './fixtures';

const built = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
const lesson = built.lesson!;
const forExport: ExportLesson = {
	id: lesson.id,
	title: lesson.title,
	paragraphs: lesson.paragraphs.map((p) => p.fr),
	questions: lesson.questions
};
const gift = exportGift(forExport);

/** A question as the quiz file holds it (without what the loader adds). */
const asWritten = (q: Question & { evidenceRanges?: unknown }) => {
	const { evidenceRanges: _, ...rest } = q;
	return rest;
};
/** Without the review mark; wrong answers sorted (graders look them up by answer). */
const unsuggested = (q: Question) => {
	const { review: _, ...rest } = q;
	return 'wrongAnswers' in rest ? { ...rest, wrongAnswers: byAnswer(rest.wrongAnswers) } : rest;
};
const byAnswer = <T extends { answer: string }>(list: T[]) =>
	[...list].sort((a, b) => a.answer.localeCompare(b.answer));

/** The types GIFT carries as they are; claim and mark are mapped to choices. */
const CARRIED = new Set(['single', 'multiple', 'match', 'gap', 'short', 'order']);

describe('exportGift', () => {
	it('exports every type of the lesson (all eight)', () => {
		expect(new Set(lesson.questions.map((q) => q.type)).size).toBe(8);
		expect(parseGift(gift).errors).toEqual([]);
		expect(parseGift(gift).questions).toHaveLength(lesson.questions.length);
	});

	it('gives back the same questions for every type GIFT carries (export, then import)', () => {
		const back = importGift(gift);
		expect(back.errors).toEqual([]);
		expect(back.skipped).toEqual([]);
		const byId = new Map(back.questions.map((q) => [q.question.id, q.question]));
		const carried = lesson.questions.filter((q) => CARRIED.has(q.type));
		expect(carried.length).toBeGreaterThan(20);
		for (const original of carried) {
			expect(unsuggested(byId.get(original.id)!), original.id).toEqual(
				unsuggested(asWritten(original) as Question)
			);
		}
	});

	it('maps what Moodle lacks: claim → single choice, mark → multiple answer, order → matching positions', () => {
		const parsed = parseGift(gift).questions;
		const claim = lesson.questions.findIndex((q) => q.type === 'claim');
		expect(parsed[claim]).toMatchObject({ kind: 'multichoice', single: true });
		const mark = lesson.questions.findIndex((q) => q.type === 'mark');
		const markQuestion = lesson.questions[mark]!;
		expect(parsed[mark]).toMatchObject({ kind: 'multichoice', single: false });
		// Every word of the paragraph is a candidate.
		const words =
			lesson.paragraphs[(markQuestion as { paragraph: number }).paragraph - 1]!.fr.split(
				/\s+/
			).length;
		expect((parsed[mark] as { answers: unknown[] }).answers.length).toBeGreaterThan(words / 2);
		const order = lesson.questions.findIndex((q) => q.type === 'order');
		expect(parsed[order]).toMatchObject({ kind: 'match' });
		const back = importGift(gift).questions;
		expect(back[claim]!.question.type).toBe('single');
		expect(back[mark]!.question.type).toBe('multiple');
		expect(back[order]!.question.type).toBe('order');
	});

	it('writes the category, titles, ids in comments and the evidence in the general feedback', () => {
		const first = lesson.questions[0]!;
		expect(gift).toMatch(/^\$CATEGORY: \$course\$\/top\/Haut-Karabakh/m);
		expect(gift).toContain(`// id: ${first.id}\n`);
		expect(gift).toContain(`::1. ${first.id}::`);
		const parsed = parseGift(gift).questions[0]!;
		expect(languagesOf(parsed.generalFeedback, parsed.format).fr).toContain(
			`Dans le texte (§ 1) : « ${first.evidence![0]!.quote} »`
		);
	});

	it('writes French only when asked', () => {
		const fr = exportGift(forExport, { frOnly: true });
		expect(fr).not.toContain('lang\\="en"');
		expect(fr).not.toContain(lesson.questions[0]!.prompt.en);
		const back = importGift(fr).questions[0]!.question;
		expect(back.prompt.en).toBe(`[to translate] ${lesson.questions[0]!.prompt.fr}`);
	});

	it('is read by an independent GIFT parser (gift-pegjs) with the same questions', () => {
		const parsed = pegParse(gift) as GIFTQuestion[];
		const questions = parsed.filter((q) => q.type !== 'Category');
		expect(parsed.find((q) => q.type === 'Category')).toBeDefined();
		expect(questions).toHaveLength(lesson.questions.length);
		const expected = lesson.questions.map((q) =>
			q.type === 'match' || q.type === 'order'
				? 'Matching'
				: q.type === 'short' || (q.type === 'gap' && q.mode === 'type')
					? 'Short'
					: 'MC'
		);
		expect(questions.map((q) => q.type)).toEqual(expected);
		questions.forEach((q, i) => {
			expect((q as { title: string }).title).toBe(`${i + 1}. ${lesson.questions[i]!.id}`);
		});
	});
});

describe('round trip of an imported GIFT file', () => {
	it('exports what it imported and reads back the same questions', () => {
		const first = importGift(fixture('all-constructs.gift')).questions.map((q) => q.question);
		const again = exportGift({
			id: 'essai',
			title: { fr: 'Essai', en: 'Test' },
			paragraphs: [],
			questions: first
		});
		expect(pegParse(again).length).toBe(first.length + 1);
		const back = importGift(again).questions.map((q) => q.question);
		expect(back.map(unsuggested)).toEqual(first.map(unsuggested));
	});
});
