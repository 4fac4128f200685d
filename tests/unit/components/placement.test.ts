import { describe, expect, it } from 'vitest';
import { placeTooltip, type Box } from '$lib/components/reader/placement';

const phone = { width: 360, height: 740 };
const overlaps = (a: Box, b: Box) =>
	a.left < b.left + b.width &&
	b.left < a.left + a.width &&
	a.top < b.top + b.height &&
	b.top < a.top + a.height;

describe('placeTooltip', () => {
	it('puts the tooltip below the word when there is room', () => {
		const word = { top: 100, left: 40, width: 60, height: 20 };
		expect(placeTooltip(word, { width: 200, height: 80 }, phone)).toEqual({
			top: 126,
			left: 40,
			side: 'below'
		});
	});

	it('puts it above a word near the bottom of the screen', () => {
		const word = { top: 700, left: 40, width: 60, height: 20 };
		const place = placeTooltip(word, { width: 200, height: 80 }, phone);
		expect(place.side).toBe('above');
		expect(place.top + 80).toBeLessThanOrEqual(700);
	});

	it('keeps it inside the screen width', () => {
		const word = { top: 100, left: 330, width: 25, height: 20 };
		const place = placeTooltip(word, { width: 300, height: 80 }, phone);
		expect(place.left).toBe(360 - 8 - 300);
		expect(place.left).toBeGreaterThanOrEqual(8);
	});

	it('never covers the word, wherever the word is on a phone', () => {
		for (let top = 0; top <= 720; top += 24) {
			for (const left of [0, 100, 300]) {
				const word = { top, left, width: 50, height: 20 };
				const tooltip = { width: 320, height: 150 };
				const place = placeTooltip(word, tooltip, phone);
				expect(
					overlaps(word, { ...tooltip, top: place.top, left: place.left }),
					`word at ${top},${left}`
				).toBe(false);
			}
		}
	});
});
