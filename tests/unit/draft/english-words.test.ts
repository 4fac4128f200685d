import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishWords } from '$lib/draft/detectors/english-words';
import type { Lexicon } from '$lib/draft/types';
import { loadLexicon } from '$lib/server/draft/lexicon';
import { draft, expectWellFormed, LEXICON_TIMEOUT } from './helpers';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await loadLexicon();
}, LEXICON_TIMEOUT);

const seed = readFileSync('tests/fixtures/seed-article-fr.txt', 'utf8');

function flagged(text: string | string[]) {
	const context = draft(lexicon, text, [englishWords]);
	expectWellFormed(context);
	return context.annotations.map((a) =>
		a.kind === 'text-quality'
			? { quote: a.anchor.quote, defect: a.defect, correction: a.correction }
			: a
	);
}

describe('English words left in French', () => {
	it('finds the machine-translation leftovers of the seed article, each with the French', () => {
		expect(flagged(seed)).toEqual([
			{ quote: 'fight', defect: 'english-word', correction: 'combat' },
			{ quote: 'Photographs', defect: 'english-word', correction: 'Photographies' },
			{ quote: 'scenario', defect: 'english-word', correction: 'scénario' },
			{ quote: 'lengthy', defect: 'english-word', correction: 'long' },
			{ quote: 'secure', defect: 'english-word', correction: 'sûr' },
			{ quote: 'proceed', defect: 'english-word', correction: 'continue' },
			{ quote: 'supply', defect: 'english-word', correction: 'source' },
			{ quote: 'hazard', defect: 'english-word', correction: 'danger' }
		]);
	});

	it('leaves French words, names, adopted anglicisms and Latin alone', () => {
		expect(
			flagged(
				[
					'Le week-end, le parking est plein ; envoyez un email au manager.',
					'Un drone a survolé la zone. L’opération “Revenge” a commencé à Bakou.',
					'Ana Pastor a parlé. Pastor l’avait annoncé sur Twitter.',
					'L’ADN est plus proche de l’homo sapiens que du chimpanzé.',
					'Les positions, la date, le missile et la surface sont des mots français.',
					'Trump a répondu. Le quiz parle du streaming et des podcasts.'
				].join('\n')
			)
		).toEqual([]);
	});

	it('flags the anglicisms a careful editor replaces, hyphenated ones too', () => {
		expect(
			flagged('Des leaders ont donné des interviews. Le constructeur vise le low-cost.')
		).toEqual([
			{ quote: 'leaders', defect: 'english-word', correction: 'dirigeants' },
			{ quote: 'interviews', defect: 'english-word', correction: 'entretiens' },
			{ quote: 'low-cost', defect: 'english-word', correction: 'à bas coût' }
		]);
	});

	it('proposes the French for common leftovers', () => {
		expect(flagged('Le weekend, les équipes travaillent online.')).toEqual([
			{ quote: 'weekend', defect: 'english-word', correction: 'week-end' },
			{ quote: 'online', defect: 'english-word', correction: 'en ligne' }
		]);
	});

	it('says the teacher has to write the French when no correction is known', () => {
		const context = draft(lexicon, 'La situation est vraiment awkward depuis mardi.', [
			englishWords
		]);
		const [annotation] = context.annotations;
		expect(annotation).toMatchObject({
			kind: 'text-quality',
			anchor: { quote: 'awkward' },
			correction: 'awkward'
		});
		expect(annotation?.explanation.fr).toContain('à écrire');
		expect(annotation?.explanation.en).toContain('still to be written');
	});

	it('does nothing with a lexicon that has no English list', () => {
		const plain: Lexicon = { analyse: () => [], forms: () => [], rank: () => undefined };
		expect(draft(plain, 'positions de fight', [englishWords]).annotations).toEqual([]);
	});
});
