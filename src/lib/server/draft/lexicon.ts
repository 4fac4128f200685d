import { readFile } from 'node:fs/promises';
import type { Analysis, Lexicon, LexPos, Mood, Tense } from '../../draft/types';
import { buildLexiconTable, defaultTablePath, tableIsCurrent } from './lexicon-table.js';

// The French lexicon of the drafting assistant: Lefff 3.4 (forms, lemmas, parts of speech,
// moods) with a frequency rank per lemma, read from the table `lexicon-table.js` derives at
// install. The table stays one buffer; each section is a sorted list of lines searched by
// bisection, so loading costs one file read and one pass to find the line starts.

const POS: Record<string, LexPos> = {
	v: 'verb',
	a: 'auxiliary',
	n: 'noun',
	N: 'proper-noun',
	j: 'adjective',
	d: 'adverb',
	p: 'preposition',
	c: 'conjunction',
	r: 'pronoun',
	t: 'determiner',
	i: 'interjection'
};
const POS_CODE: Partial<Record<LexPos, string>> = Object.fromEntries(
	Object.entries(POS).map(([code, pos]) => [pos, code])
);

// Lefff's verb tags: one letter per mood and tense a form can have ("PS13s": present indicative
// or subjunctive, 1st or 3rd person singular).
const MOODS: Record<string, { mood: Mood; tense?: Tense }> = {
	P: { mood: 'indicative', tense: 'present' },
	F: { mood: 'indicative', tense: 'future' },
	I: { mood: 'indicative', tense: 'imperfect' },
	J: { mood: 'indicative', tense: 'simple-past' },
	C: { mood: 'conditional', tense: 'present' },
	Y: { mood: 'imperative', tense: 'present' },
	S: { mood: 'subjunctive', tense: 'present' },
	T: { mood: 'subjunctive', tense: 'imperfect' },
	K: { mood: 'participle', tense: 'past' },
	G: { mood: 'participle', tense: 'present' },
	W: { mood: 'infinitive' }
};
const TAGS = /^([PFIJCYSTKGW]*)([123]*)([mf]?)([sp]?)/;

/** One table section: sorted lines "key\tvalue" in a shared buffer. */
class Section {
	constructor(
		private readonly buffer: Buffer,
		private readonly starts: Uint32Array
	) {}

	private keyAt(line: number): Buffer {
		const start = this.starts[line]!;
		const end = this.starts[line + 1]! - 1;
		const tab = this.buffer.indexOf(9, start);
		return this.buffer.subarray(start, tab === -1 || tab > end ? end : tab);
	}

	private valueAt(line: number): string {
		const start = this.starts[line]!;
		const end = this.starts[line + 1]! - 1;
		const tab = this.buffer.indexOf(9, start);
		return tab === -1 || tab > end ? '' : this.buffer.toString('utf8', tab + 1, end);
	}

	/** The first line whose key is ≥ key. */
	private lowerBound(key: Buffer): number {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (Buffer.compare(this.keyAt(middle), key) < 0) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	get(key: string): string | undefined {
		const wanted = Buffer.from(key);
		const line = this.lowerBound(wanted);
		if (line >= this.starts.length - 1 || !this.keyAt(line).equals(wanted)) return undefined;
		return this.valueAt(line);
	}

	/** Values of every line with this key (the lemma section has one line per part of speech). */
	all(key: string): string[] {
		const wanted = Buffer.from(key);
		const found: string[] = [];
		for (let line = this.lowerBound(wanted); line < this.starts.length - 1; line++) {
			if (!this.keyAt(line).equals(wanted)) break;
			found.push(this.valueAt(line));
		}
		return found;
	}
}

function sections(buffer: Buffer): Map<string, Section> {
	const all = new Map<string, Section>();
	let name = '';
	let starts: number[] = [];
	let at = 0;
	while (at < buffer.length) {
		const end = buffer.indexOf(10, at);
		const next = end === -1 ? buffer.length : end + 1;
		if (buffer[at] === 35 /* # */) {
			if (name) all.set(name, new Section(buffer, Uint32Array.from([...starts, at])));
			name = buffer.toString('utf8', at + 1, next - 1);
			starts = [];
		} else if (name) {
			starts.push(at);
		}
		at = next;
	}
	return all;
}

function parseAnalyses(form: string, value: string): Analysis[] {
	const analyses: Analysis[] = [];
	for (const entry of value.split(';')) {
		const [lemmaField = '=', code = '', tags = ''] = entry.split('|');
		const pos = POS[code] ?? 'other';
		const lemma = lemmaField === '=' ? form : lemmaField;
		const [, moods = '', persons = '', gender, number] = TAGS.exec(tags) ?? [];
		const shared: Analysis = { lemma, pos };
		if (gender) shared.gender = gender as 'm' | 'f';
		if (number) shared.number = number as 's' | 'p';
		if ((pos !== 'verb' && pos !== 'auxiliary') || !moods) {
			analyses.push(shared);
			continue;
		}
		for (const letter of moods) {
			const { mood, tense } = MOODS[letter]!;
			for (const person of persons ? [...persons] : ['']) {
				const analysis: Analysis = { ...shared, mood };
				if (tense) analysis.tense = tense;
				if (person) analysis.person = Number(person) as 1 | 2 | 3;
				analyses.push(analysis);
			}
		}
	}
	return analyses;
}

/** A lexicon's key for a word as written: lower case, typographic apostrophe as Lefff's '. */
export function lexiconKey(form: string): string {
	return form.toLowerCase().replace(/[’‘]/g, "'");
}

/** The French lexicon, plus what the English-words detector needs from the same table. */
export interface FrenchLexicon extends Lexicon {
	/** True for a word of the English list that no French list has. */
	english(form: string): boolean;
}

/** Reads a table file written by `buildLexiconTable`. */
export async function readLexiconTable(file: string): Promise<FrenchLexicon> {
	const all = sections(await readFile(file));
	const section = (name: string) => {
		const found = all.get(name);
		if (!found) throw new Error(`the lexicon table ${file} has no "${name}" section`);
		return found;
	};
	const forms = section('forms');
	const lemmas = section('lemmas');
	const ranks = section('ranks');
	const english = section('english');
	const cache = new Map<string, readonly Analysis[]>();

	return {
		analyse(form) {
			const key = lexiconKey(form);
			let analyses = cache.get(key);
			if (!analyses) {
				const value = forms.get(key);
				analyses = Object.freeze(value === undefined ? [] : parseAnalyses(key, value));
				cache.set(key, analyses);
			}
			return analyses;
		},
		forms(lemma, pos) {
			const code = pos === 'auxiliary' ? 'v' : pos ? POS_CODE[pos] : undefined;
			const found = new Set<string>();
			// Each value is "<part of speech code>\t<form>|<form>…".
			for (const value of lemmas.all(lexiconKey(lemma))) {
				const tab = value.indexOf('\t');
				if (code && value.slice(0, tab) !== code) continue;
				for (const form of value.slice(tab + 1).split('|')) if (form) found.add(form);
			}
			return [...found];
		},
		rank(lemma) {
			const value = ranks.get(lexiconKey(lemma));
			return value === undefined ? undefined : Number(value);
		},
		english(form) {
			return english.get(lexiconKey(form)) !== undefined;
		}
	};
}

let loading: Promise<FrenchLexicon> | undefined;

/**
 * The French lexicon, loaded on the first call (never at server start) and kept for the life of
 * the process. Builds the table first if the install step did not.
 */
export function loadLexicon(): Promise<FrenchLexicon> {
	loading ??= (async () => {
		const file = defaultTablePath();
		if (!tableIsCurrent(file)) await buildLexiconTable({ outFile: file });
		return readLexiconTable(file);
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
