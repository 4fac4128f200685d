// The name of a class as a teacher types it (create, rename, class:create). Pure; errors are
// i18n keys of the teacher area.

export const CLASS_NAME_MAX = 60;

/** The name tidied (spaces trimmed and collapsed), or the key of what is wrong with it. */
export function readClassName(
	value: FormDataEntryValue | string | null
): { ok: true; name: string } | { ok: false; name: string; error: string } {
	const name = (typeof value === 'string' ? value : '')
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.trim();
	if (!name) return { ok: false, name, error: 'teacher.home.errors.nameMissing' };
	if ([...name].length > CLASS_NAME_MAX) {
		return { ok: false, name, error: 'teacher.home.errors.nameLong' };
	}
	return { ok: true, name };
}
