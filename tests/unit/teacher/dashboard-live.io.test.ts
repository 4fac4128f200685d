import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { readLessonFolder } from '$lib/server/lesson-files';
import { translatorFor } from '$lib/server/i18n';
import { openStore } from '$lib/server/store/open';
import { dashboardView } from '$lib/server/teacher/dashboard-view';
import { liveReply } from '$lib/server/teacher/dashboard-live';
import { applyPatch } from '$lib/teacher/live-patch';
import { grade } from '$lib/quiz/grade';
import { questionHash } from '$lib/quiz/hash';
import { answersTo, random, work } from '../../../scripts/bench/class-fixture';

const lesson = buildLesson(readLessonFolder('questions', 'karabakh-revenge')).lesson as Lesson;
const scratch = mkdtempSync(join(tmpdir(), 'qdq-live-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the dashboard of a class at work, updated every few seconds', () => {
	it('sends nothing when nothing changed, and under 10 KB when a pupil answered', async () => {
		const store = await openStore({ DATA_DIR: join(scratch, 'data') });
		try {
			const { id: classroomId } = await store.createClassroom('3e Live');
			const pupils = await Promise.all(
				Array.from({ length: 35 }, (_, i) =>
					store.createLearner({ pseudonym: `Zoé ${i + 1}`, classroomId })
				)
			);
			const start = Date.parse('2026-03-12T09:00:00Z');
			await Promise.all(
				pupils.map(({ learner }, i) => work(store, learner.id, lesson, 20, random(i + 1), start))
			);
			const t = translatorFor('fr');
			const view = async () =>
				dashboardView(lesson, await store.listClassProgress(classroomId), 'fr', (k) => t(k));
			const key = `live-test:${classroomId}`;
			const first = await view();
			const loaded = liveReply(key, first, null);
			expect(loaded.unchanged).toBe(false);
			expect(liveReply(key, await view(), loaded.version)).toEqual({
				version: loaded.version,
				unchanged: true
			});

			// One pupil answers the next question: the typical update.
			const question = lesson.questions[20]!;
			const [answer] = answersTo(
				question,
				lesson.paragraphs.map((p) => p.fr)
			);
			await store.recordAnswer(pupils[3]!.learner.id, {
				key: randomUUID(),
				lessonId: lesson.id,
				questionId: question.id,
				questionHash: questionHash(question),
				answer,
				correct: grade(
					question,
					answer,
					lesson.paragraphs.map((p) => p.fr)
				).correct,
				attempt: 1,
				at: new Date(start + 3_600_000).toISOString()
			});
			const next = await view();
			const update = liveReply(key, next, loaded.version);
			if (update.unchanged || !('patch' in update.body)) throw new Error('expected a patch');
			const sent = JSON.stringify(update.body);
			expect(sent.length).toBeLessThanOrEqual(10 * 1024);
			expect(JSON.stringify(first).length, 'the whole view is far bigger').toBeGreaterThan(
				4 * sent.length
			);
			expect(applyPatch(first, JSON.parse(sent).patch)).toEqual(JSON.parse(JSON.stringify(next)));

			// A page too far behind (or a server restarted since) gets the whole view.
			const stale = liveReply(key, next, 'not-a-version');
			expect(!stale.unchanged && 'view' in stale.body).toBe(true);
		} finally {
			await store.close();
		}
	});
});
