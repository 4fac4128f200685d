// The dashboard's updates as changes to the view the page already has: while a class works,
// an update is one pupil's row, one question's row and a few totals, not the whole class.

/** A view the dashboard shows: sections, each a list of rows or a single value. */
export type View = object;

/** What each section and each row of a view looks like, to tell what changed. */
export type ViewPrint = Record<string, string | string[]>;

/**
 * The changes from one view to the next: for a section that is a list, its new length and the
 * rows that differ (by position); for another section, its new value. Sections not named are
 * unchanged.
 */
export type ViewPatch = Record<
	string,
	{ value: unknown } | { length: number; rows: Record<number, unknown> }
>;

/** The print of a view, given how to print a value (the server hashes; tests may not). */
export function printView(view: View, print: (value: unknown) => string): ViewPrint {
	return Object.fromEntries(
		Object.entries(view).map(([section, value]) => [
			section,
			Array.isArray(value) ? value.map(print) : print(value)
		])
	);
}

/** The patch that turns the view printed as `from` into `to` (printed as `toPrint`). */
export function diffView(from: ViewPrint, to: View, toPrint: ViewPrint): ViewPatch {
	const patch: ViewPatch = {};
	for (const [section, value] of Object.entries(to)) {
		const before = from[section];
		const after = toPrint[section]!;
		if (Array.isArray(value) && Array.isArray(before) && Array.isArray(after)) {
			const rows: Record<number, unknown> = {};
			after.forEach((print, i) => {
				if (before[i] !== print) rows[i] = value[i];
			});
			if (Object.keys(rows).length > 0 || before.length !== after.length)
				patch[section] = { length: after.length, rows };
		} else if (before === undefined || JSON.stringify(before) !== JSON.stringify(after)) {
			patch[section] = { value };
		}
	}
	return patch;
}

/** The view after the patch; the view given is left as it was. */
export function applyPatch<T extends View>(view: T, patch: ViewPatch): T {
	const next: Record<string, unknown> = { ...(view as Record<string, unknown>) };
	for (const [section, change] of Object.entries(patch)) {
		if ('value' in change) {
			next[section] = change.value;
			continue;
		}
		const before = (view as Record<string, unknown>)[section];
		const rows: unknown[] = Array.isArray(before) ? before : [];
		next[section] = Array.from({ length: change.length }, (_, i) =>
			Object.hasOwn(change.rows, i) ? change.rows[i] : rows[i]
		);
	}
	return next as T;
}
