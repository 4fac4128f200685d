import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '$lib/draft/types';
import { loadLexicon, readLexiconTable, type FrenchLexicon } from '$lib/server/draft/lexicon';
import { buildLexiconTable } from '$lib/server/draft/lexicon-table.js';
import { LEXICON_TIMEOUT } from './helpers';

let lexicon: FrenchLexicon;
beforeAll(async () => {
	lexicon = await loadLexicon();
}, LEXICON_TIMEOUT);

const moods = (form: string) => new Set(lexicon.analyse(form).map((a) => a.mood));
const has = (form: string, expected: Partial<Analysis>) =>
	lexicon
		.analyse(form)
		.some((a) => Object.entries(expected).every(([k, v]) => a[k as keyof Analysis] === v));

describe('the French lexicon (Lefff)', () => {
	it('reads "affirmerait" as affirmer, conditional, 3rd person singular', () => {
		expect(lexicon.analyse('affirmerait')).toEqual([
			{
				lemma: 'affirmer',
				pos: 'verb',
				mood: 'conditional',
				tense: 'present',
				person: 3,
				number: 's'
			}
		]);
	});

	it('reads "concentraient" as an imperfect, never a conditional', () => {
		expect(
			has('concentraient', {
				lemma: 'concentrer',
				mood: 'indicative',
				tense: 'imperfect',
				person: 3
			})
		).toBe(true);
		expect(moods('concentraient').has('conditional')).toBe(false);
	});

	it('reads "extrait" as a noun, a past participle or a present, never a conditional', () => {
		expect(has('extrait', { lemma: 'extrait', pos: 'noun', gender: 'm' })).toBe(true);
		expect(has('extrait', { lemma: 'extraire', mood: 'participle', tense: 'past' })).toBe(true);
		expect(moods('extrait').has('conditional')).toBe(false);
	});

	it('reads "serait" and "aurait" as être and avoir in the conditional, auxiliaries too', () => {
		expect(has('serait', { lemma: 'être', pos: 'auxiliary', mood: 'conditional' })).toBe(true);
		expect(has('aurait', { lemma: 'avoir', pos: 'verb', mood: 'conditional', person: 3 })).toBe(
			true
		);
	});

	it('reads "été" as the past participle of être and as the noun (summer)', () => {
		expect(has('été', { lemma: 'être', mood: 'participle', tense: 'past' })).toBe(true);
		expect(has('été', { lemma: 'été', pos: 'noun', gender: 'm' })).toBe(true);
	});

	it('reads "comme" and "si" as grammatical words, not verbs', () => {
		for (const word of ['comme', 'si']) {
			expect(lexicon.analyse(word).some((a) => a.pos === 'conjunction')).toBe(true);
			expect(lexicon.analyse(word).some((a) => a.pos === 'verb')).toBe(false);
		}
	});

	it('reads "frais" as a noun or an adjective, and politeness forms as conditionals', () => {
		expect(moods('frais').has('conditional')).toBe(false);
		expect(has('voudrais', { lemma: 'vouloir', mood: 'conditional', person: 1 })).toBe(true);
		expect(has('pourriez', { lemma: 'pouvoir', mood: 'conditional', person: 2 })).toBe(true);
	});

	it('gives the gender of nouns', () => {
		expect(has('toundra', { pos: 'noun', gender: 'f' })).toBe(true);
		expect(has('obusiers', { lemma: 'obusier', pos: 'noun', gender: 'm', number: 'p' })).toBe(true);
	});

	it('ignores case and the kind of apostrophe, but not accents', () => {
		expect(lexicon.analyse('Serait')).toEqual(lexicon.analyse('serait'));
		expect(lexicon.analyse('d’après')).toEqual(lexicon.analyse("d'après"));
		expect(lexicon.analyse('d’après').length).toBeGreaterThan(0);
		expect(lexicon.analyse('etat')).toEqual([]);
		expect(lexicon.analyse('zzqxw')).toEqual([]);
	});

	it('lists every form of a lemma, by part of speech', () => {
		const forms = lexicon.forms('affirmer', 'verb');
		for (const form of ['affirmant', 'affirmé', 'affirmerait', 'affirment'])
			expect(forms).toContain(form);
		expect(lexicon.forms('armée', 'noun')).toEqual(expect.arrayContaining(['armée', 'armées']));
		expect(lexicon.forms('être')).toEqual(expect.arrayContaining(['serait', 'été', 'êtres']));
		expect(lexicon.forms('zzqxw')).toEqual([]);
	});

	it('ranks common lemmas before rare ones', () => {
		const rank = (lemma: string) => lexicon.rank(lemma) ?? Infinity;
		expect(rank('être')).toBeLessThan(20);
		expect(rank('après')).toBeLessThan(rank('gouvernement'));
		expect(rank('gouvernement')).toBeLessThan(rank('toundra'));
		expect(lexicon.rank('zzqxw')).toBeUndefined();
	});

	it('tells English words that are not French', () => {
		for (const word of ['fight', 'secure', 'lengthy', 'Photographs'])
			expect(lexicon.english(word)).toBe(true);
		for (const word of ['positions', 'missile', 'date', 'zone', 'toundra'])
			expect(lexicon.english(word)).toBe(false);
	});

	it('is loaded once per process', async () => {
		expect(await loadLexicon()).toBe(lexicon);
	});
});

describe('the lexicon table', () => {
	it('is built from the sources and read back', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
		const file = (name: string, text: string) => {
			writeFileSync(join(dir, name), text);
			return join(dir, name);
		};
		const sources = {
			lefff: file(
				'lefff.mlex',
				[
					'serait\tauxEtre\têtre\tC3s',
					'serait\tv\têtre\tC3s',
					'être\tv\têtre\tW',
					'il\tcln\tcln\t3ms',
					'Bakou\tnp\tBakou\tms',
					'armée\tadj\tarmer\tKfs',
					'armée\tnc\tarmée\tfs',
					'extrait\tv\textraire\tKms',
					'!\tponcts\t!\t'
				].join('\n')
			),
			frequency: file('frequency.txt', '# a comment\nêtre\nil\narmée\n'),
			english: file('english.json', JSON.stringify(['fight', 'armée', 'Bakou', 'secure'])),
			french: file('french.json', JSON.stringify(['secure']))
		};
		const outFile = join(dir, 'table.txt');
		const built = await buildLexiconTable({ outFile, sources });
		expect(built).toMatchObject({ forms: 6, english: 1 });
		const table = await readLexiconTable(outFile);
		expect(table.analyse('Serait')).toEqual([
			{
				lemma: 'être',
				pos: 'auxiliary',
				mood: 'conditional',
				tense: 'present',
				person: 3,
				number: 's'
			},
			{ lemma: 'être', pos: 'verb', mood: 'conditional', tense: 'present', person: 3, number: 's' }
		]);
		// A participle used as an adjective keeps its verb reading only; a clitic is its own lemma.
		expect(table.analyse('armée')).toEqual([
			{ lemma: 'armée', pos: 'noun', gender: 'f', number: 's' }
		]);
		expect(table.analyse('il')).toEqual([
			{ lemma: 'il', pos: 'pronoun', gender: 'm', number: 's' }
		]);
		expect(table.analyse('!')).toEqual([]);
		expect(table.forms('être', 'verb')).toEqual(['serait', 'être']);
		expect(table.rank('être')).toBe(1);
		expect(table.rank('armée')).toBe(3);
		expect(table.english('fight')).toBe(true);
		expect(table.english('secure')).toBe(false);
		expect(table.english('bakou')).toBe(false);
		expect(readFileSync(outFile, 'utf8').startsWith('qui-dit-quoi lexicon')).toBe(true);
	});
});
