import { sentences } from '../lesson/sentences';
import type { DraftContext, DraftSentence, DraftWord, Lexicon } from './types';

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/**
 * The shared reading the detectors start from: the paragraphs as given, their sentences (with
 * the French fix-ups of `sentences`) and their words (Intl.Segmenter word-like segments), each
 * with its paragraph and UTF-16 offsets. Nothing found yet: no speakers, annotations or glossary.
 */
export function makeContext(
	paragraphs: readonly string[],
	lexicon: Lexicon,
	level: DraftContext['level']
): DraftContext {
	const cut: DraftSentence[] = [];
	const words: DraftWord[] = [];
	paragraphs.forEach((text, paragraph) => {
		const first = cut.length;
		for (const { start, end } of sentences(text)) {
			cut.push({ paragraph, start, end, text: text.slice(start, end) });
		}
		for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
			if (!isWordLike) continue;
			let sentence = first;
			while (sentence + 1 < cut.length && cut[sentence + 1]!.start <= index) sentence++;
			words.push({ paragraph, sentence, start: index, end: index + segment.length, text: segment });
		}
	});
	return {
		paragraphs: [...paragraphs],
		sentences: cut,
		words,
		lexicon,
		level,
		speakers: [],
		annotations: [],
		glossary: []
	};
}
