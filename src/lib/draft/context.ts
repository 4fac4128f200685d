// The shared reading every detector starts from: sentences (the lesson's own French sentence
// cutter, so drafted sources never cross what the loader calls a sentence) and words.
// Relative imports: the `lesson:draft` command runs this code outside SvelteKit.
import { sentences } from '../lesson/sentences';
import type { DraftContext, DraftSentence, DraftWord, Lexicon } from './types';

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** A fresh context over the paragraphs (verbatim), with nothing found yet. */
export function makeContext(
	paragraphs: readonly string[],
	lexicon: Lexicon,
	level: DraftContext['level']
): DraftContext {
	const found: DraftSentence[] = [];
	const words: DraftWord[] = [];
	paragraphs.forEach((text, paragraph) => {
		for (const range of sentences(text)) {
			const sentence = found.length;
			found.push({ paragraph, ...range, text: text.slice(range.start, range.end) });
			const body = text.slice(range.start, range.end);
			for (const { segment, index, isWordLike } of wordSegmenter.segment(body)) {
				if (!isWordLike) continue;
				const start = range.start + index;
				words.push({ paragraph, sentence, start, end: start + segment.length, text: segment });
			}
		}
	});
	return {
		paragraphs,
		sentences: found,
		words,
		lexicon,
		level,
		speakers: [],
		annotations: [],
		glossary: []
	};
}
