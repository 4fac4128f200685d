import { sentences } from '../lesson/sentences';
import type { DraftContext, DraftSentence, DraftWord, Lexicon } from './types';

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/**
 * The shared reading the detectors start from: the paragraphs as given, their sentences (with
 * the French fix-ups of `sentences`) and their words (`Intl.Segmenter` word-like segments, each
 * with the index of its sentence in `sentences`), and empty findings.
 */
export function makeContext(
	paragraphs: readonly string[],
	lexicon: Lexicon,
	level: DraftContext['level']
): DraftContext {
	const allSentences: DraftSentence[] = [];
	const words: DraftWord[] = [];
	paragraphs.forEach((text, paragraph) => {
		const ranges = sentences(text);
		const first = allSentences.length;
		for (const { start, end } of ranges) {
			allSentences.push({ paragraph, start, end, text: text.slice(start, end) });
		}
		for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
			if (!isWordLike) continue;
			const inSentence = ranges.findIndex((range) => index >= range.start && index < range.end);
			words.push({
				paragraph,
				// A word outside every sentence range (there is none in practice) joins the last one.
				sentence: first + (inSentence === -1 ? Math.max(ranges.length - 1, 0) : inSentence),
				start: index,
				end: index + segment.length,
				text: segment
			});
		}
	});
	return {
		paragraphs,
		sentences: allSentences,
		words,
		lexicon,
		level,
		speakers: [],
		annotations: [],
		glossary: []
	};
}
