import { describe, expect, it } from 'vitest';
import {
	estimateTime,
	PHONE_FACTOR,
	questionSeconds,
	WORDS_PER_MINUTE
} from '$lib/lesson/time-estimate';
import { mark, order as ordering, paragraphs, single } from '../quiz/fixtures';

/** Words as a reader counts them: « and — are not words. */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe('questionSeconds', () => {
	it('is the action, plus the question read at the level’s pace, plus the feedback skimmed', () => {
		// "Question qui-parle ?" (2 words: "?" is not one) + "Bakou", "Le journaliste", "Artsakh" (4 words);
		// feedback "Explication-secrète-fr" is 1 word, read 1.5 times faster.
		const perWord = 60 / WORDS_PER_MINUTE.B1;
		expect(questionSeconds(single, 'B1', paragraphs)).toBeCloseTo(15 + perWord * (6 + 1 / 1.5), 6);
	});

	it('counts re-reading the paragraph a mark question is about', () => {
		const withParagraph = questionSeconds(mark, 'B1', paragraphs);
		const withoutParagraph = questionSeconds(mark, 'B1', ['', '', '']);
		const paragraphWords = wordsOf(paragraphs[mark.paragraph - 1] ?? '');
		expect(withParagraph - withoutParagraph).toBeCloseTo(
			(paragraphWords * 60) / WORDS_PER_MINUTE.B1,
			6
		);
	});

	it('grows with the number of items to put in order', () => {
		const longer = {
			...ordering,
			items: [...ordering.items, { id: 'x', text: { fr: 'x', en: 'x' } }]
		};
		expect(questionSeconds(longer, 'B1', paragraphs)).toBeGreaterThan(
			questionSeconds(ordering, 'B1', paragraphs)
		);
	});

	it('is shorter for a stronger reader', () => {
		expect(questionSeconds(single, 'C1', paragraphs)).toBeLessThan(
			questionSeconds(single, 'A2', paragraphs)
		);
	});
});

describe('estimateTime', () => {
	it('rounds up to 5 minutes, and a phone takes longer', () => {
		const estimate = estimateTime({ level: 'B1', paragraphs }, [single, mark, ordering]);
		expect(estimate.totalMinutes % 5).toBe(0);
		expect(estimate.phoneMinutes % 5).toBe(0);
		expect(estimate.phoneMinutes).toBeGreaterThanOrEqual(estimate.totalMinutes);
		expect(PHONE_FACTOR).toBeGreaterThan(1);
	});

	it('gives the reading alone when no question is chosen', () => {
		const words = wordsOf(paragraphs.join(' '));
		const estimate = estimateTime({ level: 'A2', paragraphs }, []);
		expect(estimate.readingMinutes).toBe(Math.ceil(words / WORDS_PER_MINUTE.A2));
		expect(estimate.questionMinutes).toBe(0);
		expect(estimate.totalMinutes).toBe(5);
	});
});
