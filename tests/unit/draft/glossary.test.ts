import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '$lib/draft/detectors/glossary';
import type { Lexicon } from '$lib/draft/types';
import { ID } from '$lib/lesson/primitives';
import { loadLexicon } from '$lib/server/draft/lexicon';
import { draft, LEXICON_TIMEOUT } from './helpers';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await loadLexicon();
}, LEXICON_TIMEOUT);

const seed = readFileSync('tests/fixtures/seed-article-fr.txt', 'utf8');
const yeti = [
	'D’après Valentin Sapounov, le Kouzbass ne serait pas la seule zone habitée par le yéti.',
	'Ces créatures seraient également présentes dans la toundra, dans différentes régions faiblement peuplées.',
	'Les chercheurs ont trouvé un follicule pileux et une goutte de sang dans une grotte en 2009.',
	'Depuis, des célébrités russes ont effectué plusieurs expéditions dans la toundra sibérienne.'
].join('\n');

const terms = (text: string, level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' = 'B1') =>
	draft(lexicon, text, [glossary], level).glossary;

describe('glossary candidates', () => {
	it('proposes the words a B1 learner is unlikely to know, with lemma, part of speech and gender', () => {
		const found = terms(yeti);
		expect(found).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					id: 'toundra',
					lemma: 'toundra',
					pos: 'noun',
					gender: 'f',
					forms: ['toundra']
				}),
				expect.objectContaining({ lemma: 'follicule', pos: 'noun', gender: 'm' }),
				expect.objectContaining({ lemma: 'pileux', pos: 'adjective' }),
				expect.objectContaining({
					lemma: 'expédition',
					pos: 'noun',
					gender: 'f',
					forms: ['expéditions']
				}),
				expect.objectContaining({ lemma: 'faiblement', pos: 'adverb' })
			])
		);
		// Common words are known at B1.
		for (const lemma of ['zone', 'région', 'sang', 'trouver', 'présent', 'depuis', 'être']) {
			expect(found.map((t) => t.lemma)).not.toContain(lemma);
		}
	});

	it('leaves out names, numbers and grammatical words', () => {
		const lemmas = terms(yeti).map((t) => t.lemma.toLowerCase());
		for (const left of [
			'sapounov',
			'valentin',
			'kouzbass',
			'2009',
			'd’après',
			"d'après",
			'dans',
			'une'
		]) {
			expect(lemmas).not.toContain(left);
		}
	});

	it('gathers every inflected form of a lemma as written in the text', () => {
		const found = terms(
			'Les soldats sont arrivés. Un soldat est parti. Ces soldats limogés ont été limogés.',
			'A1'
		);
		expect(found.find((t) => t.lemma === 'limoger')?.forms).toEqual(['limogés']);
		expect(found.find((t) => t.lemma === 'soldat')?.forms.sort()).toEqual(['soldat', 'soldats']);
	});

	it('keeps multi-word nouns and hyphenated compounds whole', () => {
		const lemmas = terms(
			'Un porte-parole a parlé du cessez-le-feu. L’homo sapiens descend du singe, dit-il.'
		).map((t) => [t.lemma, t.pos]);
		expect(lemmas).toEqual(
			expect.arrayContaining([
				['porte-parole', 'noun'],
				['cessez-le-feu', 'noun'],
				['homo sapiens', 'expression']
			])
		);
	});

	it('proposes fewer words at a higher level', () => {
		const counts = (['A2', 'B1', 'C1'] as const).map((level) => terms(seed, level).length);
		expect(counts[0]).toBeGreaterThanOrEqual(counts[1]!);
		expect(counts[1]).toBeGreaterThan(counts[2]!);
	});

	it('proposes a reasonable number for a news article, rarest first, each with a valid unique id', () => {
		const found = terms(seed);
		expect(found.length).toBeGreaterThanOrEqual(15);
		expect(found.length).toBeLessThanOrEqual(40);
		const ids = found.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(ID);
		const ranks = found.map((t) => t.rank ?? Infinity);
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
		for (const term of found) {
			for (const form of term.forms)
				expect(seed.toLocaleLowerCase('fr')).toContain(form.toLocaleLowerCase('fr'));
			expect(term.en).toBeUndefined();
			expect(term.definition).toBeUndefined();
		}
	});
});
