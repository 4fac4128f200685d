import type { Detector } from '../types';
import { conditionals } from './conditionals';
import { englishWords } from './english-words';
import { glossary } from './glossary';

// The drafting chain, in order: a detector may read what the ones before it found (the
// conditionals read the reporting verbs to tell reported speech from a hedge; the sentence
// sources read the speakers). Add a detector by adding its file to this folder and a line here.
export const detectors: readonly Detector[] = [
	// Voices: speakers, reporting verbs, quotations, who speaks in each sentence.
	// Verbs: conditionals, hedge or not.
	conditionals,
	// Facts: figures, unattributed claims, text quality.
	// Words: glossary candidates, English words left in.
	glossary,
	englishWords
];
