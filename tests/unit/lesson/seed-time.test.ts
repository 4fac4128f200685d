import { describe, expect, it } from 'vitest';
import { buildLesson } from '$lib/lesson/load';
import { estimateTime } from '$lib/lesson/time-estimate';
import { readLessonFolder } from '$lib/server/lesson-files';

// Observed with the seed lesson: a B1 class needs 50-70 minutes for the text and every question,
// pupils on phones 70-90. The formula must agree with what teachers saw.
describe('the seed lesson’s time estimate', () => {
	const { lesson } = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
	it('is about an hour on a computer and longer on a phone, for the whole quiz at B1', () => {
		const estimate = estimateTime(
			{ level: 'B1', paragraphs: lesson!.paragraphs.map((p) => p.fr) },
			lesson!.questions
		);
		expect(estimate.totalMinutes).toBeGreaterThanOrEqual(50);
		expect(estimate.totalMinutes).toBeLessThanOrEqual(70);
		expect(estimate.phoneMinutes).toBeGreaterThanOrEqual(70);
		expect(estimate.phoneMinutes).toBeLessThanOrEqual(90);
	});
});
