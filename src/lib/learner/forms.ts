// Reading the learner forms (join, sign-in). Pure: no store, no SvelteKit. Errors are i18n keys.

export const PSEUDONYM_MIN = 2;
export const PSEUDONYM_MAX = 30;
const PSEUDONYM_CHARS = /^[\p{L}\p{M}\p{N} _.'’-]+$/u;

type Field = FormDataEntryValue | null;
const text = (value: Field) => (typeof value === 'string' ? value : '');

/** A pseudonym as stored: spaces trimmed and collapsed; or the key of what is wrong with it. */
export function readPseudonym(value: Field): { pseudonym: string } | { error: string } {
	const pseudonym = text(value).normalize('NFC').replace(/\s+/g, ' ').trim();
	if ([...pseudonym].length < PSEUDONYM_MIN) return { error: 'join.errors.pseudonymShort' };
	if ([...pseudonym].length > PSEUDONYM_MAX) return { error: 'join.errors.pseudonymLong' };
	if (!PSEUDONYM_CHARS.test(pseudonym)) return { error: 'join.errors.pseudonymInvalid' };
	return { pseudonym };
}

/**
 * A code typed by a pupil (class or recovery), checked for shape only: `normalize` is the
 * store's normaliser, which returns null for a code of the wrong shape.
 */
export function readCode(
	value: Field,
	normalize: (input: string) => string | null,
	errors: { missing: string; invalid: string }
): { code: string } | { error: string } {
	const typed = text(value).trim();
	if (typed === '') return { error: errors.missing };
	const code = normalize(typed);
	return code ? { code } : { error: errors.invalid };
}

/** A name for a self-learner who did not choose one: friendly, and unlikely to repeat. */
export function selfLearnerPseudonym(random: () => number = Math.random): string {
	return `Solo-${String(Math.floor(random() * 9000) + 1000)}`;
}
