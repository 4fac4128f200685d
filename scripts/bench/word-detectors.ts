// Recall and precision of the conditionals (hedge or not) and English-words detectors on the
// shared reference texts and the seed lesson; one JSON line per text, then the totals.
import { loadLexicon } from '../../src/lib/server/draft/lexicon';
import {
	precision,
	recall,
	scoreSeed,
	scoreSharedText,
	sharedTextNames,
	sharedTextsDir,
	total,
	type Score
} from '../lib/word-detectors-score';

const lexicon = await loadLexicon();
const dir = sharedTextsDir();
const scores = [
	...sharedTextNames(dir).map((name) => scoreSharedText(dir, name, lexicon)),
	scoreSeed(lexicon)
];
const figures = (s: Score) => ({
	recall: Math.round(recall(s) * 100) / 100,
	precision: Math.round(precision(s) * 100) / 100,
	found: `${s.found}/${s.core}`,
	correct: `${s.correct}/${s.drafted}`,
	...(s.missed.length ? { missed: s.missed } : {}),
	...(s.extra.length ? { extra: s.extra } : {})
});
for (const s of scores) {
	console.log(
		JSON.stringify({
			text: s.text,
			conditionals: figures(s.conditionals),
			englishWords: figures(s.englishWords),
			...(s.trapsHit.length ? { trapsHit: s.trapsHit } : {})
		})
	);
}
console.log(
	JSON.stringify({
		bench: 'word-detectors',
		conditionals: figures(total(scores, (s) => s.conditionals)),
		englishWords: figures(total(scores, (s) => s.englishWords))
	})
);
