import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/lesson/sentences';

/** The sentences of a text, as a reader would copy them. */
const cut = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
	it('cuts at full stops, question and exclamation marks, without the spaces between', () => {
		expect(
			cut('Bakou affirme avoir repris des hauteurs.  Est-ce vrai ? Personne ne sait !')
		).toEqual(['Bakou affirme avoir repris des hauteurs.', 'Est-ce vrai ?', 'Personne ne sait !']);
	});

	it('does not end a sentence after M., Mme, MM., Mlle or Me', () => {
		expect(cut('Pour M. Benali, la guerre est finie. Mme Dupont et MM. Martin ont parlé.')).toEqual(
			['Pour M. Benali, la guerre est finie.', 'Mme Dupont et MM. Martin ont parlé.']
		);
		expect(cut('Mme. Durand a répondu à Me. Lefèvre. Rien de plus.')).toEqual([
			'Mme. Durand a répondu à Me. Lefèvre.',
			'Rien de plus.'
		]);
	});

	it('does not end a sentence after Dr, St or av., with or without the full stop', () => {
		expect(cut('Le Dr. Martin habite av. Foch. Le Dr Durand aussi.')).toEqual([
			'Le Dr. Martin habite av. Foch.',
			'Le Dr Durand aussi.'
		]);
		expect(cut('Il est né à St. Pierre. Il y vit.')).toEqual([
			'Il est né à St. Pierre.',
			'Il y vit.'
		]);
	});

	it('does not end a sentence after an initial (B. Obama, J.-P. Sartre)', () => {
		expect(cut('B. Obama est venu. J.-P. Sartre aussi.')).toEqual([
			'B. Obama est venu.',
			'J.-P. Sartre aussi.'
		]);
	});

	it('keeps a closing » or ” with the sentence it closes', () => {
		expect(cut('Il a parlé de « provocation. » Le ministère a répondu.')).toEqual([
			'Il a parlé de « provocation. »',
			'Le ministère a répondu.'
		]);
		expect(cut('« C’est fini.\u202f» Puis il est parti.')).toEqual([
			'« C’est fini.\u202f»',
			'Puis il est parti.'
		]);
		expect(cut('Il a dit “ça suffit.” Puis rien.')).toEqual([
			'Il a dit “ça suffit.”',
			'Puis rien.'
		]);
	});

	it('keeps a quotation that asks a question with the words that report it', () => {
		expect(cut('« Pourquoi ? » demande-t-il. Personne ne répond.')).toEqual([
			'« Pourquoi ? » demande-t-il.',
			'Personne ne répond.'
		]);
	});

	it('keeps decimal numbers and list numbers inside their sentence', () => {
		expect(cut('Le taux est de 3.5 pour cent. 1. Premier point. 2. Second point.')).toEqual([
			'Le taux est de 3.5 pour cent.',
			'1. Premier point.',
			'2. Second point.'
		]);
		expect(cut('Il en a vu 3. Puis plus rien.')).toEqual(['Il en a vu 3.', 'Puis plus rien.']);
	});

	it('ends a sentence at an ellipsis before a capital, written … or ..., not before lower case', () => {
		expect(cut('Il attendait… Puis il est parti... Et alors ?')).toEqual([
			'Il attendait…',
			'Puis il est parti...',
			'Et alors ?'
		]);
		expect(cut('Il hésite… et repart.')).toEqual(['Il hésite… et repart.']);
	});

	it('does not end a sentence at a cut in a quotation […]', () => {
		expect(cut('Il a dit « nous avons […] Répondu aux tirs ». Fin.')).toEqual([
			'Il a dit « nous avons […] Répondu aux tirs ».',
			'Fin.'
		]);
	});

	it('does not end a sentence at a full stop followed by a lower-case word (a broken sentence)', () => {
		expect(cut('Le cessez-le-feu de 2020. guerre, affirmant que rien ne change. Fin.')).toEqual([
			'Le cessez-le-feu de 2020. guerre, affirmant que rien ne change.',
			'Fin.'
		]);
	});

	it('returns nothing for an empty or blank paragraph', () => {
		expect(sentences('')).toEqual([]);
		expect(sentences('   ')).toEqual([]);
	});
});
