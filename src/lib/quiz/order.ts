// Putting items in order on the page: the list the learner arranges and the form fields it sends.

/** The list with the item at `from` moved to `to` (both clamped to the list); a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const result = [...list];
	if (from < 0 || from >= list.length) return result;
	const [item] = result.splice(from, 1);
	result.splice(Math.max(0, Math.min(to, list.length - 1)), 0, item!);
	return result;
}

/**
 * The `position-<id>` fields for an arranged list ("1" = first), as the no-JavaScript form
 * sends them; nothing until the learner has moved something, so an untouched list is not an
 * answer.
 */
export function positionFields(ids: readonly string[], touched: boolean): [string, string][] {
	return touched ? ids.map((id, i) => [`position-${id}`, String(i + 1)]) : [];
}
