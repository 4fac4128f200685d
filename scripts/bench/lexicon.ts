// Measures loading the drafting assistant's French lexicon (and building its table if it is
// missing) and prints one JSON line: {"bench":"lexicon","ms":…,"rssMB":…,"heapMB":…,…}.
import { performance } from 'node:perf_hooks';
import { loadLexicon } from '../../src/lib/server/draft/lexicon';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const before = process.memoryUsage();
const started = performance.now();
const lexicon = await loadLexicon();
const loaded = performance.now();
// A few look-ups, so the figure covers a lexicon in use rather than a file in memory.
const words = ['affirmerait', 'concentraient', 'extrait', 'serait', 'été', 'frais', 'leaders'];
for (const word of words) lexicon.analyse(word);
const lookups = performance.now();
const after = process.memoryUsage();
console.log(
	JSON.stringify({
		bench: 'lexicon',
		ms: Math.round(loaded - started),
		lookupMs: Math.round((lookups - loaded) * 100) / 100,
		rssMB: mb(after.rss - before.rss),
		heapMB: mb(after.heapUsed - before.heapUsed),
		externalMB: mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers)
	})
);
