/**
 * A Content-Disposition that saves the file as `<base>.<extension>`: an ASCII fallback for old
 * clients, and the exact name (accents and all) in RFC 5987's filename*.
 */
export function attachment(base: string, extension: string): string {
	const ascii =
		base
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[^A-Za-z0-9._-]+/g, '-')
			.replace(/-{2,}/g, '-')
			.replace(/^[-.]+|-+$/g, '') || 'export';
	const encoded = encodeURIComponent(`${base}.${extension}`).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
