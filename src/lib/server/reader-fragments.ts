import { render } from 'svelte/server';
import GlossaryList from '$lib/components/reader/GlossaryList.svelte';
import LessonText from '$lib/components/reader/LessonText.svelte';
import { i18nContext } from '$lib/i18n/context';
import type { Lang } from '$lib/i18n/languages';
import { translate, type TranslationValues } from '$lib/i18n/translate';
import type { Lens } from '$lib/lesson/lenses';
import type { Lesson } from '$lib/lesson/load';
import { readerView, type ReaderOptions } from '$lib/lesson/reader';
import { messagesFor } from './i18n';
import { withoutHydrationMarkers } from './page-fragments';

/** The reader's heavy parts as HTML: the article (with its lens) and the on-page glossary. */
export type ReaderFragments = Record<'article' | 'glossary', string>;

// Rendered once per lesson version, language and lens: the text only changes when the lesson
// file does, and a reloaded lesson is a new object, so an edit is never served stale.
const cache = new WeakMap<Lesson, Map<string, ReaderFragments>>();

/** What the reader page renders of the lesson, as the page's own components render it. */
export function renderReaderFragments(
	lesson: Lesson,
	options: Required<Pick<ReaderOptions, 'lang'>> &
		Pick<ReaderOptions, 'highlights'> & {
			lens: Lens | null;
		}
): ReaderFragments {
	const { lang, lens, highlights = [] } = options;
	// Evidence highlights depend on the question a learner answered: rare, not kept.
	if (highlights.length > 0) return renderFragments(lesson, { lang, lens, highlights });
	let byVariant = cache.get(lesson);
	if (!byVariant) cache.set(lesson, (byVariant = new Map()));
	const variant = `${lang} ${lens ?? ''}`;
	let fragments = byVariant.get(variant);
	if (!fragments) byVariant.set(variant, (fragments = renderFragments(lesson, { lang, lens })));
	return fragments;
}

function renderFragments(lesson: Lesson, options: ReaderOptions & { lang: Lang }) {
	const view = readerView(lesson, options);
	const messages = messagesFor(options.lang);
	const context = i18nContext({
		lang: options.lang,
		t: (key: string, values?: TranslationValues) => translate(messages, options.lang, key, values)
	});
	return {
		// Attachments do not run on the server: the page attaches tooltips to the fragment.
		article: withoutHydrationMarkers(
			render(LessonText, { props: { lesson: view, tooltips: () => {} }, context }).body
		),
		glossary: withoutHydrationMarkers(
			render(GlossaryList, { props: { glossary: view.glossary }, context }).body
		)
	};
}
