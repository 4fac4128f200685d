/**
 * Parts of a page rendered once and reused: the page leaves an empty element marked
 * `data-fragment="<name>"`, and the server writes the part into it as the page goes out. The
 * browser keeps what the server wrote (the page's script does not render it again), so the
 * part's data is never sent a second time for hydration.
 */
export type Fragments = Readonly<Record<string, string>>;

/** The opening of the element a fragment goes into, as Svelte renders it. */
const SLOT = /<([a-z]+)([^<>]*?) data-fragment="([a-z-]+)"([^<>]*)><\/\1>/g;

/** Writes each fragment into its empty element; elements with no fragment stay empty. */
export function fillFragments(html: string, fragments: Fragments | null): string {
	if (!fragments) return html;
	return html.replace(SLOT, (slot, tag: string, before: string, name: string, after: string) => {
		const fragment = Object.hasOwn(fragments, name) ? fragments[name] : undefined;
		return fragment === undefined
			? slot
			: `<${tag}${before} data-fragment="${name}"${after}>${fragment}</${tag}>`;
	});
}

/**
 * Svelte's server output without its hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`…):
 * a fragment is never hydrated, and on the reader the markers weigh as much as the words.
 * Text is escaped by Svelte, so no text can look like a marker.
 */
export function withoutHydrationMarkers(html: string): string {
	return html.replace(/<!--[[\]!\-0-9]*-->/g, '');
}
