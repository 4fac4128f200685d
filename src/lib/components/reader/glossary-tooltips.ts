import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';
import { placeTooltip } from './placement';

// Glossary terms and the badges of lens marks: both explain themselves in a tooltip.
const TERM = ':is(a.term, a.note-ref)[aria-describedby]';
const HIDE_DELAY_MS = 300;
/**
 * A definition merely brushed by the pointer, or passed by the Tab key on the way through the
 * text, is not a look-up; one shown for a second is.
 */
const DWELL_LOOK_UP_MS = 1000;

/** The glossary entry a term's link leads to (`#term-<id>`); null for a lens mark's badge. */
export function glossaryTermOf(link: Element): string | null {
	const href = link.getAttribute('href') ?? '';
	return href.startsWith('#term-') ? href.slice('#term-'.length) : null;
}

export type LookUp = 'click' | 'tap' | 'focus' | 'hover';

export interface TooltipOptions {
	/** Called once per term and page view when a learner really looks a term up. */
	onLookUp?: (termId: string, how: LookUp) => void;
}

/**
 * Turns the glossary links of an article into tooltip triggers (WCAG 2.2 SC 1.4.13): shown on
 * hover, focus and tap; the pointer can move onto the tooltip; it stays until Esc, a tap
 * elsewhere, or the pointer/focus leaves. A click or tap pins it; a second one closes it.
 * Without JavaScript the same links lead to the on-page glossary instead.
 */
export const glossaryTooltips =
	(options: TooltipOptions = {}): Attachment<HTMLElement> =>
	(article) => {
		let trigger: HTMLElement | null = null;
		let dwellTimer: ReturnType<typeof setTimeout> | undefined;
		const reported = new Set<string>();

		function lookedUp(term: HTMLElement, how: LookUp) {
			const termId = glossaryTermOf(term);
			if (!termId || reported.has(termId)) return;
			reported.add(termId);
			options.onLookUp?.(termId, how);
		}

		/** Counts the look-up if the term's definition is still shown a second from now. */
		function lookedUpAfterDwell(term: HTMLElement, how: LookUp) {
			clearTimeout(dwellTimer);
			dwellTimer = setTimeout(() => {
				if (trigger === term && tooltip?.dataset.open !== undefined) lookedUp(term, how);
			}, DWELL_LOOK_UP_MS);
		}
		let tooltip: HTMLElement | null = null;
		let pinned = false;
		let hideTimer: ReturnType<typeof setTimeout> | undefined;

		const termOf = (target: EventTarget | null) =>
			target instanceof Element ? target.closest<HTMLElement>(TERM) : null;
		const inTooltip = (target: EventTarget | null) =>
			!!tooltip && target instanceof Node && tooltip.contains(target);

		function position() {
			if (!trigger || !tooltip) return;
			// A word broken over two lines has two boxes: anchor to the one the reader points at.
			const word = trigger.getClientRects()[0] ?? trigger.getBoundingClientRect();
			const { top, left, side } = placeTooltip(
				word,
				{ width: tooltip.offsetWidth, height: tooltip.offsetHeight },
				{ width: document.documentElement.clientWidth, height: window.innerHeight }
			);
			tooltip.style.top = `${top}px`;
			tooltip.style.left = `${left}px`;
			tooltip.dataset.side = side;
		}

		function show(term: HTMLElement, pin = false) {
			clearTimeout(hideTimer);
			const tip = tooltipFor(term);
			if (!tip) return;
			if (trigger !== term) hide();
			trigger = term;
			tooltip = tip;
			pinned = pinned || pin;
			tip.dataset.open = '';
			position();
		}

		/**
		 * A lens mark's badge has a tooltip of its own; a glossary term points to its entry in the
		 * on-page glossary, which the article's one term tooltip then shows beside the word.
		 */
		function tooltipFor(term: HTMLElement): HTMLElement | null {
			const described = document.getElementById(term.getAttribute('aria-describedby') ?? '');
			if (!described || described.getAttribute('role') === 'tooltip') return described;
			const tip = article.querySelector<HTMLElement>('.term-tip');
			if (!tip) return null;
			const lemma = document.createElement('b');
			lemma.lang = 'fr';
			lemma.textContent = described.closest('.entry')?.querySelector('dt')?.textContent ?? '';
			tip.replaceChildren(lemma, ' ', ...[...described.childNodes].map((n) => n.cloneNode(true)));
			return tip;
		}

		function hide() {
			clearTimeout(hideTimer);
			clearTimeout(dwellTimer);
			if (tooltip) delete tooltip.dataset.open;
			trigger = tooltip = null;
			pinned = false;
		}

		function hideSoon() {
			if (pinned) return;
			clearTimeout(hideTimer);
			hideTimer = setTimeout(hide, HIDE_DELAY_MS);
		}

		const onPointerOver = (event: PointerEvent) => {
			if (event.pointerType === 'touch') return; // a tap arrives as a click
			const term = termOf(event.target);
			if (term && term !== trigger) {
				show(term);
				lookedUpAfterDwell(term, 'hover');
			} else if (term || inTooltip(event.target)) clearTimeout(hideTimer);
		};
		const onPointerOut = (event: PointerEvent) => {
			if (event.pointerType === 'touch' || !trigger) return;
			const to = event.relatedTarget;
			if (termOf(to) === trigger || inTooltip(to)) return;
			if (termOf(event.target) === trigger || inTooltip(event.target)) hideSoon();
		};
		const onFocusIn = (event: FocusEvent) => {
			const term = termOf(event.target);
			if (!term) return;
			show(term);
			// Keyboard focus; a mouse click also focuses, but reports itself as a click below.
			if (term.matches(':focus-visible')) lookedUpAfterDwell(term, 'focus');
		};
		const onFocusOut = (event: FocusEvent) => {
			if (termOf(event.target) === trigger && !pinned) hide();
		};
		const onClick = (event: MouseEvent) => {
			const term = termOf(event.target);
			if (!term) return;
			event.preventDefault(); // with JS the definition comes to the word, not the reader to the glossary
			if (trigger === term && pinned) return hide();
			show(term, true);
			const pointer = (event as PointerEvent).pointerType;
			lookedUp(term, pointer === 'touch' || pointer === 'pen' ? 'tap' : 'click');
		};
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && tooltip) {
				hide();
				event.preventDefault();
			}
		};
		const onPointerDown = (event: PointerEvent) => {
			if (tooltip && !termOf(event.target) && !inTooltip(event.target)) hide();
		};
		const onViewportChange = () => position();

		const listeners = [
			on(article, 'pointerover', onPointerOver),
			on(article, 'pointerout', onPointerOut),
			on(article, 'focusin', onFocusIn),
			on(article, 'focusout', onFocusOut),
			on(article, 'click', onClick),
			on(document, 'keydown', onKeyDown),
			on(document, 'pointerdown', onPointerDown),
			on(window, 'scroll', onViewportChange, { passive: true }),
			on(window, 'resize', onViewportChange)
		];
		article.dataset.tooltips = 'on';

		return () => {
			hide();
			for (const off of listeners) off();
			delete article.dataset.tooltips;
		};
	};
