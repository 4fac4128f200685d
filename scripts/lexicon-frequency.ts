// Derives src/lib/server/draft/french-lemma-frequency.txt (lemmas of general French, most
// common first) from a word-frequency list of film subtitles, "word count" per line, such as
// FrequencyWords' content/2018/fr/fr_50k.txt (OpenSubtitles 2018, CC BY-SA 4.0), lemmatised with
// the project's lexicon. Run by hand when the list or the lexicon changes:
//   npx tsx scripts/lexicon-frequency.ts <fr_50k.txt>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexPos } from '../src/lib/draft/types';
import { loadLexicon } from '../src/lib/server/draft/lexicon';

const CONTENT = new Set<LexPos>(['noun', 'verb', 'adjective', 'adverb', 'interjection']);

/** Lemmas kept: beyond this, a lemma counts as rare for every level. */
const KEPT = 15_000;

const [source] = process.argv.slice(2);
if (!source) {
	console.error(
		'usage: npx tsx scripts/lexicon-frequency.ts <word-frequency list: "word count" per line>'
	);
	process.exit(1);
}
const lexicon = await loadLexicon();
const counts = new Map<string, number>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
	const [word, count] = line.trim().split(' ');
	if (!word || !count) continue;
	// A form that can be a grammatical word counts for that reading only ("suis" is être, not
	// suivre; "mais" is the conjunction, not May); other homographs count for each lemma.
	const analyses = lexicon.analyse(word).filter((a) => a.pos !== 'proper-noun');
	const grammatical = analyses.filter((a) => !CONTENT.has(a.pos));
	const lemmas = new Set(
		(grammatical.length > 0 ? grammatical : analyses)
			.map((a) => a.lemma.toLowerCase())
			.filter((lemma) => /^[\p{L}][\p{L}' -]*$/u.test(lemma))
	);
	for (const lemma of lemmas) counts.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
}
const ranked = [...counts.entries()]
	.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
	.slice(0, KEPT)
	.map(([lemma]) => lemma);
const out = join(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'src',
	'lib',
	'server',
	'draft',
	'french-lemma-frequency.txt'
);
writeFileSync(
	out,
	[
		'# Lemmas of French, most common first (line order is the rank).',
		'# Derived from FrequencyWords (Hermit Dave), content/2018/fr/fr_50k.txt, word counts from',
		'# OpenSubtitles 2018, CC BY-SA 4.0; lemmatised with Lefff 3.4 (LGPL-LR).',
		'# This file is under CC BY-SA 4.0. Rebuild: npx tsx scripts/lexicon-frequency.ts <fr_50k.txt>',
		...ranked,
		''
	].join('\n')
);
console.log(`${ranked.length} lemmas written to ${out}`);
