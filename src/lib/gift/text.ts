import type { GiftFormat } from './parse';

// Moodle texts may carry both languages in multilang spans
// (`<span lang="en" class="multilang">…</span>`, or the `{mlang en}…{mlang}` filter), and HTML
// that our plain-text lessons do not keep.

const SPAN = /<span\s+(?=[^>]*class="multilang")[^>]*lang="([a-zA-Z_-]+)"[^>]*>([\s\S]*?)<\/span>/g;
const MLANG = /\{mlang\s+([a-zA-Z_-]+)\}([\s\S]*?)\{mlang\}/g;

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	laquo: '«',
	raquo: '»',
	rsquo: '’',
	lsquo: '‘',
	hellip: '…',
	eacute: 'é',
	egrave: 'è',
	agrave: 'à',
	ccedil: 'ç'
};

/** HTML to the plain text a lesson holds: line breaks kept, tags dropped, entities decoded. */
export function plainText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h\d)>\s*/gi, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X'))
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const langOf = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]!;

/**
 * The French and English of a Moodle text. Text outside the spans belongs to both languages;
 * without any English span the English is null (nothing to take).
 */
export function languagesOf(text: string, format: GiftFormat): { fr: string; en: string | null } {
	const spans: { lang: string; text: string }[] = [];
	const rest = text
		.replace(SPAN, (_, lang: string, inner: string) => {
			spans.push({ lang: langOf(lang), text: inner });
			return '\u0000';
		})
		.replace(MLANG, (_, lang: string, inner: string) => {
			spans.push({ lang: langOf(lang), text: inner });
			return '\u0000';
		});
	const clean = (s: string) => (format === 'plain' || format === 'markdown' ? s : plainText(s));
	if (spans.length === 0) return { fr: clean(text).trim(), en: null };
	const pick = (lang: string) => {
		let i = 0;
		return rest
			.replace(/\u0000/g, () => {
				const span = spans[i++]!;
				return span.lang === lang ? span.text : '';
			})
			.trim();
	};
	const hasEn = spans.some((s) => s.lang === 'en');
	const hasFr = spans.some((s) => s.lang === 'fr');
	// With only an English span, what is outside it is the French.
	const fr = hasFr ? pick('fr') : pick('fr');
	return { fr: clean(fr).trim(), en: hasEn ? clean(pick('en')).trim() : null };
}

const escapeHtml = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A text in French and English as Moodle's multilang filter shows it, or French only. */
export function multilang(text: { fr: string; en: string | null }): string {
	if (text.en === null) return escapeHtml(text.fr);
	return (
		`<span lang="fr" class="multilang">${escapeHtml(text.fr)}</span>` +
		`<span lang="en" class="multilang">${escapeHtml(text.en)}</span>`
	);
}
