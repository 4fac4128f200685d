// Derives the drafting assistant's French lexicon table from its registry packages (run by
// `npm install`). A failure here must not fail the install: the server builds the table on the
// first draft instead, and says why if it cannot.
import { buildLexiconTable, tableIsCurrent } from '../src/lib/server/draft/lexicon-table.js';

try {
	if (process.argv.includes('--force') || !tableIsCurrent()) {
		const built = await buildLexiconTable();
		console.log(
			`French lexicon: ${built.forms} forms, ${built.lemmas} lemmas, ${built.english} English words, in ${built.ms} ms (${built.file})`
		);
	}
} catch (error) {
	console.warn(
		`French lexicon not built now (${error instanceof Error ? error.message : error}); it will be built on the first draft.`
	);
}
