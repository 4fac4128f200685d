import { describe, expect, it } from 'vitest';
import { buildLesson } from '$lib/lesson/load';
import { lessonSummary } from '$lib/lesson/reader';
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

// One class period is 45 minutes; the core path must fit in it with the reading, at the lesson's
// own level, and keep the reading skills the lesson is about.
describe('the seed lesson’s core path', () => {
	const { lesson } = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
	const paragraphs = lesson!.paragraphs.map((p) => p.fr);
	const core = lesson!.questions.filter((q) => lesson!.corePath.includes(q.id));

	it('fits one 45-minute class period with the reading, at B2 on a computer', () => {
		expect(lesson!.level).toBe('B2');
		const estimate = estimateTime({ level: lesson!.level, paragraphs }, core);
		expect(estimate.totalMinutes).toBeLessThanOrEqual(45);
		const all = estimateTime({ level: lesson!.level, paragraphs }, lesson!.questions);
		expect(all.totalMinutes).toBeGreaterThan(estimate.totalMinutes);
	});

	it('has about twenty questions, every reading skill, and leaves the rest for later', () => {
		expect(core.length).toBeGreaterThanOrEqual(18);
		expect(core.length).toBeLessThanOrEqual(22);
		const skills = new Set(core.map((q) => q.skill));
		for (const skill of [
			'comprehension',
			'source',
			'reporting-verb',
			'hedge',
			'quotation',
			'evidence'
		]) {
			expect(skills, skill).toContain(skill);
		}
		const further = lesson!.questions.filter((q) => !lesson!.corePath.includes(q.id));
		const vocabularyOrQuality = (q: { skill?: string }) =>
			q.skill === 'vocabulary' || q.skill === 'text-quality';
		expect(further.filter(vocabularyOrQuality).length).toBeGreaterThan(
			core.filter(vocabularyOrQuality).length
		);
	});
});

describe('the lesson list’s estimate', () => {
	const { lesson } = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));

	it('gives the home page and the teacher numbers for the core path and the whole quiz', () => {
		const { time } = lessonSummary(lesson!);
		const paragraphs = lesson!.paragraphs.map((p) => p.fr);
		const all = estimateTime({ level: lesson!.level, paragraphs }, lesson!.questions);
		expect(time.all).toEqual({
			questions: lesson!.questions.length,
			minutes: all.totalMinutes,
			phoneMinutes: all.phoneMinutes
		});
		expect(time.core.questions).toBe(lesson!.corePath.length);
		expect(time.core.minutes).toBeLessThanOrEqual(45);
		expect(time.core.phoneMinutes).toBeGreaterThan(time.core.minutes);
	});
});
