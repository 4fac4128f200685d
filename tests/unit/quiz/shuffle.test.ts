import { describe, expect, it } from 'vitest';
import { shuffleFor } from '$lib/quiz/shuffle';

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

describe('shuffleFor', () => {
	it('is deterministic per seed and keeps every item', () => {
		const items = letters(6);
		const once = shuffleFor('learner-1/q', items);
		expect(shuffleFor('learner-1/q', items)).toEqual(once);
		expect([...once].sort()).toEqual(items);
		expect(items).toEqual(letters(6)); // not shuffled in place
	});

	it('gives different orders for different seeds', () => {
		const items = letters(6);
		const orders = new Set(
			Array.from({ length: 50 }, (_, i) => shuffleFor(`learner-${i}`, items).join(''))
		);
		expect(orders.size).toBeGreaterThan(30);
	});

	it('never returns the original order, for 2 to 8 items over many seeds', () => {
		for (let n = 2; n <= 8; n++) {
			const items = letters(n);
			for (let seed = 0; seed < 2000; seed++) {
				expect(shuffleFor(`s${seed}`, items).join('')).not.toBe(items.join(''));
			}
		}
	});

	it('uses `same` to compare with the original order', () => {
		const items = [{ id: 'a' }, { id: 'b' }];
		const copies = items.map((item) => ({ ...item }));
		const sameId = (x: { id: string }, y: { id: string }) => x.id === y.id;
		for (let seed = 0; seed < 100; seed++) {
			expect(shuffleFor(`s${seed}`, copies, sameId).map((x) => x.id)).toEqual(['b', 'a']);
		}
	});

	it('returns what it cannot reorder as it is', () => {
		expect(shuffleFor('x', [])).toEqual([]);
		expect(shuffleFor('x', ['a'])).toEqual(['a']);
		expect(shuffleFor('x', ['a', 'a'])).toEqual(['a', 'a']);
	});

	it('spreads the first item over every position', () => {
		const counts = [0, 0, 0, 0];
		for (let seed = 0; seed < 4000; seed++)
			counts[shuffleFor(`${seed}`, letters(4)).indexOf('a')]!++;
		for (const count of counts) expect(count).toBeGreaterThan(600);
	});
});
