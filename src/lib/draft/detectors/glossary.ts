import { slug } from '../anchor-for';
import { bare, capitalised, hyphenated, sentenceInitial } from '../lexical';
import type { Analysis, DraftContext, Detector, GlossaryCandidate, LexPos } from '../types';

// Glossary candidates: the words and expressions of the text a learner at the lesson's level is
// unlikely to know, judged by how common their lemma is in French. Names, numbers and function
// words are left out; English and definitions are left for the teacher (no offline source).

/** The most common lemmas a learner at each level is taken to know (frequency ranks). */
const KNOWN_UP_TO: Record<DraftContext['level'], number> = {
	A1: 800,
	A2: 1500,
	B1: 3000,
	B2: 5000,
	C1: 8000,
	C2: 10000
};

/** About one candidate for every 14 words of text, within these bounds. */
const WORDS_PER_CANDIDATE = 14;
const MIN_CANDIDATES = 10;
const MAX_CANDIDATES = 40;
/** Longest multi-word expression looked up, in words. */
const MAX_EXPRESSION = 4;

const CONTENT: readonly LexPos[] = ['noun', 'verb', 'adjective', 'adverb'];
const GRAMMATICAL: readonly LexPos[] = [
	'auxiliary',
	'determiner',
	'pronoun',
	'preposition',
	'conjunction'
];
type CandidatePos = GlossaryCandidate['pos'];

interface Found {
	lemma: string;
	pos: CandidatePos;
	gender?: 'm' | 'f';
	forms: Set<string>;
	rank: number | undefined;
	first: number;
}

export const glossary: Detector = {
	name: 'glossary',
	run(context) {
		const { words, lexicon } = context;
		const found = new Map<string, Found>();
		const add = (analysis: Analysis, pos: CandidatePos, form: string, at: number) => {
			const rank = lexicon.rank(analysis.lemma);
			if (rank !== undefined && rank <= KNOWN_UP_TO[context.level]) return;
			const id = `${analysis.lemma}\t${pos}`;
			const entry = found.get(id);
			if (entry) entry.forms.add(form);
			else
				found.set(id, {
					lemma: analysis.lemma,
					pos,
					...(pos === 'noun' && analysis.gender ? { gender: analysis.gender } : {}),
					forms: new Set([form]),
					rank,
					first: at
				});
		};

		for (let index = 0; index < words.length; index++) {
			const word = words[index]!;
			const text = context.paragraphs[word.paragraph]!;
			const initial = sentenceInitial(context, index);
			// A capital at the start of a sentence is not part of the word.
			const asWritten = (form: string) =>
				initial && !/^\p{Lu}{2}/u.test(form)
					? form[0]!.toLocaleLowerCase('fr') + form.slice(1)
					: form;

			const expression = multiWord(context, index);
			if (expression) {
				add(
					expression.analysis,
					expression.pos,
					asWritten(text.slice(bare(word).start, expression.end)),
					index
				);
				index += expression.count - 1;
				continue;
			}

			const compound = hyphenated(context, index);
			const form = compound.count > 1 ? compound.text : bare(word).text;
			const analyses = lexicon.analyse(form);
			if (compound.count > 1) {
				index += compound.count - 1;
				// An unknown compound is a name ("Aulnay-sous-Bois") or an inversion ("dit-il").
				if (analyses.length === 0) continue;
			}

			if (form.length < 3 || /\d/.test(form) || analyses.length === 0) continue;
			if (capitalised(form) && (!initial || analyses.some((a) => a.pos === 'proper-noun')))
				continue;
			const chosen = choose(context, index - compound.count + 1, analyses);
			if (!chosen) continue;
			add(
				chosen,
				chosen.pos as CandidatePos,
				asWritten(compound.count > 1 ? compound.text : bare(word).text),
				index
			);
		}

		const limit = Math.min(
			MAX_CANDIDATES,
			Math.max(MIN_CANDIDATES, Math.round(words.length / WORDS_PER_CANDIDATE))
		);
		const rarity = (entry: Found) => entry.rank ?? Number.POSITIVE_INFINITY;
		const chosen = [...found.values()]
			.sort((a, b) => rarity(b) - rarity(a) || a.first - b.first)
			.slice(0, limit);

		const used = new Set(context.glossary.map((term) => term.id));
		for (const entry of chosen) {
			const id = uniqueId(used, slug(entry.lemma), entry.pos);
			used.add(id);
			context.glossary.push({
				id,
				lemma: entry.lemma,
				pos: entry.pos,
				...(entry.gender ? { gender: entry.gender } : {}),
				forms: [...entry.forms],
				...(entry.rank !== undefined ? { rank: entry.rank } : {})
			});
		}
	}
};

function uniqueId(used: Set<string>, base: string, pos: string): string {
	if (!used.has(base)) return base;
	if (!used.has(`${base}-${pos}`)) return `${base}-${pos}`;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A multi-word noun, adjective or adverb of the lexicon starting at `index` ("homme des neiges", "a priori"). */
function multiWord(
	context: DraftContext,
	index: number
): { analysis: Analysis; pos: CandidatePos; end: number; count: number } | undefined {
	const first = context.words[index]!;
	const text = context.paragraphs[first.paragraph]!;
	for (let count = MAX_EXPRESSION; count >= 2; count--) {
		const last = context.words[index + count - 1];
		if (!last || last.sentence !== first.sentence) continue;
		const phrase = text.slice(bare(first).start, last.end);
		// Only words separated by single spaces or apostrophes: never across punctuation.
		if (!/^[\p{L}’'-]+(?:[ '’][\p{L}’'-]+)+$/u.test(phrase) || !phrase.includes(' ')) continue;
		const analysis = context.lexicon.analyse(phrase).find((a) => a.pos === 'noun');
		if (!analysis) continue;
		// "Premier ministre" is made of words a learner knows: only a rare part makes it a term.
		const known = KNOWN_UP_TO[context.level];
		const rare = context.words
			.slice(index, index + count)
			.some((word) =>
				context.lexicon
					.analyse(bare(word).text)
					.some(
						(a) => CONTENT.includes(a.pos) && (context.lexicon.rank(a.lemma) ?? Infinity) > known
					)
			);
		if (rare) return { analysis, pos: 'expression', end: last.end, count };
		return undefined;
	}
	return undefined;
}

const DETERMINERS = new Set([
	'le',
	'la',
	'les',
	'l',
	'un',
	'une',
	'des',
	'du',
	'd',
	'de',
	'ce',
	'cet',
	'cette',
	'ces',
	'son',
	'sa',
	'ses',
	'leur',
	'leurs',
	'mon',
	'ma',
	'mes',
	'notre',
	'nos',
	'votre',
	'vos',
	'au',
	'aux',
	'plusieurs',
	'quelques',
	'chaque'
]);

/** The reading of a word that fits where it stands: a noun after a determiner, else verb, adjective, noun, adverb. */
function choose(
	context: DraftContext,
	index: number,
	analyses: readonly Analysis[]
): Analysis | undefined {
	const content = analyses.filter((a) => CONTENT.includes(a.pos));
	// A word that can be a grammatical word ("une", "contre", "est") is one here, or common anyway.
	if (content.length === 0 || analyses.some((a) => GRAMMATICAL.includes(a.pos))) return undefined;
	const previous = context.words[index - 1];
	const word = context.words[index]!;
	const afterDeterminer =
		(bare(word).elided !== undefined && /^[ld]['’]$/i.test(bare(word).elided!)) ||
		(previous !== undefined &&
			previous.sentence === word.sentence &&
			DETERMINERS.has(previous.text.toLocaleLowerCase('fr')));
	const order: LexPos[] = afterDeterminer
		? ['noun', 'adjective', 'verb', 'adverb']
		: ['verb', 'adjective', 'noun', 'adverb'];
	for (const pos of order) {
		const match = content.find((a) => a.pos === pos);
		if (match) return match;
	}
	return undefined;
}
