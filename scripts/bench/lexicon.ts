// Measures the drafting assistant's French lexicon in a fresh process: loading it (building its
// table first if the install step did not), then drafting the seed article with the detectors
// that read it. Prints one JSON line:
// {"bench":"lexicon","loadMs":…,"words":…,"draftMs":…,"totalMs":…,"rssMB":…,…}
// `--rebuild` builds the table again first and reports that time too.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeContext } from '../../src/lib/draft/context';
import { conditionals } from '../../src/lib/draft/detectors/conditionals';
import { englishWords } from '../../src/lib/draft/detectors/english-words';
import { glossary } from '../../src/lib/draft/detectors/glossary';
import { loadLexicon } from '../../src/lib/server/draft/lexicon';
import { buildLexiconTable } from '../../src/lib/server/draft/lexicon-table.js';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ms = (from: number, to: number) => Math.round(to - from);

let buildMs: number | undefined;
if (process.argv.includes('--rebuild')) {
	const started = performance.now();
	await buildLexiconTable();
	buildMs = ms(started, performance.now());
}

const text = readFileSync(
	new URL('../../tests/fixtures/seed-article-fr.txt', import.meta.url),
	'utf8'
);
const before = process.memoryUsage();
const started = performance.now();
const lexicon = await loadLexicon();
const loaded = performance.now();
const context = makeContext(
	text.split('\n').filter((line) => line.trim()),
	lexicon,
	'B1'
);
for (const detector of [conditionals, glossary, englishWords]) detector.run(context);
const drafted = performance.now();
const after = process.memoryUsage();
console.log(
	JSON.stringify({
		bench: 'lexicon',
		...(buildMs !== undefined ? { buildMs } : {}),
		loadMs: ms(started, loaded),
		words: context.words.length,
		draftMs: ms(loaded, drafted),
		totalMs: ms(started, drafted),
		annotations: context.annotations.length,
		glossary: context.glossary.length,
		rssMB: mb(after.rss - before.rss),
		heapMB: mb(after.heapUsed - before.heapUsed),
		externalMB: mb(after.external - before.external)
	})
);
