import type { Detector } from '../types';
import { conditionals } from './conditionals';
import { englishWords } from './english-words';
import { figures } from './figures';
import { glossary } from './glossary';
import { quotationsDetector } from './quotations';
import { reportingVerbs } from './reporting-verbs';
import { sentenceSources } from './sentence-sources';
import { textDefects } from './text-defects';
import { unattributedClaims } from './unattributed-claims';

// The drafting chain, in order: a detector may read what the ones before it found (the sentence
// sources read the speakers the reporting verbs named; the figures read the sentence sources;
// English words stay out of the text defects already found). Add a detector by adding its file
// to this folder and a line here.
export const detectors: readonly Detector[] = [
	// Voices: speakers, reporting verbs, quotations, who speaks in each sentence.
	reportingVerbs,
	quotationsDetector,
	sentenceSources,
	// Verbs: conditionals, hedge or not.
	conditionals,
	// Facts: unattributed claims (re-reading the sources), figures (their speakers), text quality.
	unattributedClaims,
	figures,
	textDefects,
	// Words: glossary candidates, English words left in.
	glossary,
	englishWords
];
