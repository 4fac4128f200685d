import type { AnnotationKind } from './annotation-schema';

// The lenses and the annotation kinds each shows. Kept apart from the zod schema: the reader's
// lens switcher imports these names, and zod must not reach the browser with them.

/** The reading lenses, in the switcher's order, and the annotation kinds each one shows. */
export const LENSES = {
	sources: ['source'],
	'reporting-verbs': ['reporting-verb'],
	hedges: ['hedge', 'conditional'],
	quotes: ['quotation'],
	'text-quality': ['text-quality'],
	claims: ['claim']
} as const satisfies Record<string, readonly AnnotationKind[]>;

export type Lens = keyof typeof LENSES;
export const LENS_NAMES = Object.keys(LENSES) as Lens[];

export function lensOf(kind: AnnotationKind): Lens {
	return LENS_NAMES.find((lens) => (LENSES[lens] as readonly string[]).includes(kind))!;
}
