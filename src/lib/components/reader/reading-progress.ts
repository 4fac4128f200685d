import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';
import type { ReadingTracker } from './reading-tracker';

const SETTLE_MS = 1500;

/** Steps at which the observer reports, so a tall paragraph is seen as it fills the screen. */
const THRESHOLDS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Reports where the learner is reading (the paragraph they settle on, so they can resume
 * there), the furthest paragraph they have had in view (the last one: read to the end), and
 * which translations they open, through the tracker. Flushes when the page is left.
 */
export const readingProgress =
	(tracker: ReadingTracker): Attachment<HTMLElement> =>
	(article) => {
		let settle: ReturnType<typeof setTimeout> | undefined;
		let reported = 0;
		let furthest = 0;
		const visible = new Set<number>();
		const paragraphNumber = (element: Element) => Number(element.id.replace(/^p/, ''));

		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					const n = paragraphNumber(entry.target);
					// Mostly in view, or filling most of the screen (a paragraph taller than the
					// screen of a phone is never 60 % in view).
					const screen = entry.rootBounds?.height ?? window.innerHeight;
					const seen =
						entry.isIntersecting &&
						(entry.intersectionRatio >= 0.6 || entry.intersectionRect.height >= 0.6 * screen);
					if (seen) visible.add(n);
					else visible.delete(n);
				}
				clearTimeout(settle);
				settle = setTimeout(() => {
					// The first paragraph fully or mostly in view is where the eyes are.
					const current = Math.min(...visible);
					if (Number.isFinite(current) && current !== reported) {
						reported = current;
						tracker.record({ type: 'position', paragraph: current });
					}
					// The last paragraph in view is how far they got: a short last paragraph is
					// never the first in view, so the resume point alone would never reach the end.
					const last = Math.max(...visible);
					if (Number.isFinite(last) && last > furthest) {
						furthest = last;
						tracker.record({ type: 'reached', paragraph: last });
					}
				}, SETTLE_MS);
			},
			{ threshold: THRESHOLDS }
		);
		for (const paragraph of article.querySelectorAll('.paragraph[id^="p"]'))
			observer.observe(paragraph);

		const onToggle = (event: Event) => {
			const details = event.target;
			if (!(details instanceof HTMLDetailsElement) || !details.open) return;
			const paragraph = details.closest('.paragraph');
			if (paragraph)
				tracker.record({ type: 'translation-opened', paragraph: paragraphNumber(paragraph) });
		};
		const onLeave = () => void tracker.flush(true);

		const listeners = [
			on(article, 'toggle', onToggle, { capture: true }), // toggle does not bubble
			on(window, 'pagehide', onLeave),
			on(document, 'visibilitychange', onLeave)
		];
		return () => {
			observer.disconnect();
			clearTimeout(settle);
			for (const off of listeners) off();
			void tracker.flush(true);
		};
	};
