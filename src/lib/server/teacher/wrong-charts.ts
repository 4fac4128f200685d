import type { Lang } from '../../i18n/languages';
import type { Question } from '../../quiz/schema';
import type { Counted, WrongSpread } from '../../teacher/dashboard';

// The wrong answers to a question (counted in $lib/teacher/dashboard) as charts a teacher reads:
// option texts, claim statuses and matches in the teacher's language; marked words, quotes and
// typed answers as the French text has them.

/** One bar of a chart: what it counts and how many learners. */
export interface Bar {
	label: string;
	learners: number;
}

/** A chart of the wrong answers to a question, of one kind. */
export interface WrongChart {
	/** Names the chart: teacher.dashboard.wrong.<kind>. */
	kind: 'options' | 'missed' | 'statuses' | 'pairs' | 'words' | 'targets' | 'typed' | 'orders';
	/** Language of the labels: the teacher's, or French for words of the text and typed answers. */
	lang: Lang;
	bars: Bar[];
	/** Distinct wrong answers left out of the chart. */
	more: number;
}

type Texts = readonly { id: string; text: Record<Lang, string> }[];

/** An option's, item's or choice's text; an id the question no longer has, as [id]. */
const textOf = (list: Texts, id: string, lang: Lang) =>
	list.find((entry) => entry.id === id)?.text[lang] ?? `[${id}]`;

/**
 * The wrong answers to the current version of a question, as labelled bars. Charts where
 * nobody is counted are left out; within a chart, options nobody chose stay (a zero says a lot).
 *
 * @param t translates a key of the locale files (claim statuses)
 */
export function wrongCharts(
	question: Question,
	spread: WrongSpread,
	lang: Lang,
	t: (key: string) => string
): WrongChart[] {
	const options = 'options' in question ? question.options : [];
	const items = 'items' in question ? question.items : [];
	const choices = question.type === 'match' ? question.choices : [];
	const option = (id: string) => textOf(options, id, lang);
	const chart = <T>(
		kind: WrongChart['kind'],
		labelsIn: Lang,
		counted: Counted<T>[],
		label: (value: T) => string,
		more = 0
	): WrongChart => ({
		kind,
		lang: labelsIn,
		bars: counted.map(({ value, learners }) => ({ label: label(value), learners })),
		more
	});
	const charts = ((): WrongChart[] => {
		switch (spread.type) {
			case 'options':
				return [
					chart('options', lang, spread.chosen, option),
					chart('missed', lang, spread.missed, option)
				];
			case 'claim':
				return [chart('statuses', lang, spread.chosen, (status) => t(`quiz.status.${status}`))];
			case 'match':
				return [
					chart('pairs', lang, spread.pairs, ({ item, choice }) => {
						return `${textOf(items, item, lang)} → ${textOf(choices, choice, lang)}`;
					})
				];
			case 'mark':
				return [
					chart('words', 'fr', spread.wrongWords, (word) => word.text),
					chart('targets', 'fr', spread.missedTargets, (target) => target.quote)
				];
			case 'text':
				return [chart('typed', 'fr', spread.answers, (text) => text, spread.more)];
			case 'order':
				return [
					chart(
						'orders',
						lang,
						spread.orders,
						(ids) => ids.map((id, i) => `${i + 1}. ${textOf(items, id, lang)}`).join(' ; '),
						spread.more
					)
				];
		}
	})();
	return charts.filter((c) => c.bars.some((bar) => bar.learners > 0));
}
