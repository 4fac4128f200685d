// Pure and dependency-free: the same seed gives the same order on the server and in a browser,
// so a learner sees the options in the same order every time they open a question.

/** FNV-1a, 32 bits, over the UTF-16 code units of a string. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a small, fast PRNG with good enough spread for shuffling a handful of items. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The items in an order fixed by `seed` (e.g. learner id + question id): the same seed always
 * gives the same order, different seeds usually give different orders.
 *
 * Guarantee: with two or more items that are not all the same, the result is never the
 * original order — the original order is often the key (options written with the right one
 * first, items of an ordering question), so a shuffle that happens to return it is rotated by
 * one. This makes the original order impossible and its rotation twice as likely; with so few
 * items, not revealing the key matters more than a perfectly uniform shuffle.
 *
 * @param same how to tell that two items are equal when comparing with the original order
 *   (default: Object.is)
 */
export function shuffleFor<T>(
	seed: string,
	items: readonly T[],
	same: (a: T, b: T) => boolean = Object.is
): T[] {
	const result = [...items];
	const random = mulberry32(fnv1a(seed));
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	const unchanged = result.every((item, i) => same(item, items[i]!));
	// A rotation of a sequence equals it only if all its items are the same: nothing to hide then.
	if (unchanged && items.length > 1) return [...items.slice(1), items[0]!];
	return result;
}
