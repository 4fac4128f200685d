import { describe, expect, it } from 'vitest';
import { conjugate } from '../../../src/lib/draft/conjugate';

/** form → its kinds joined ("finite" or "finite+past-participle" for "dit"). */
function forms(lemma: string): Map<string, string> {
	const kinds = new Map<string, string[]>();
	for (const { form, kind } of conjugate(lemma))
		kinds.set(form, [...(kinds.get(form) ?? []), kind]);
	return new Map([...kinds].map(([form, list]) => [form, [...new Set(list)].join('+')]));
}

describe('conjugate', () => {
	it('gives every tense of a regular -er verb, participles apart', () => {
		const affirmer = forms('affirmer');
		for (const form of [
			'affirme',
			'affirment',
			'affirmait',
			'affirma',
			'affirmèrent',
			'affirmera',
			'affirmerait'
		]) {
			expect(affirmer.get(form)).toBe('finite');
		}
		expect(affirmer.get('affirmant')).toBe('present-participle');
		expect(affirmer.get('affirmées')).toBe('past-participle');
		expect(affirmer.get('affirmer')).toBe('infinitive');
	});

	it('keeps the spelling changes of annoncer, juger, répéter, appeler and marteler', () => {
		expect(forms('annoncer').get('annonçant')).toBe('present-participle');
		expect(forms('annoncer').get('annonçait')).toBe('finite');
		expect(forms('juger').get('jugeant')).toBe('present-participle');
		expect(forms('répéter').get('répète')).toBe('finite');
		expect(forms('appeler').get('appelle')).toBe('finite');
		expect(forms('appeler').get('appelons')).toBe('finite');
		expect(forms('marteler').get('martèle')).toBe('finite');
		expect(forms('nier').get('nia')).toBe('finite');
	});

	it('conjugates -ir verbs of the second group', () => {
		const reagir = forms('réagir');
		expect(reagir.get('réagissent')).toBe('finite');
		expect(reagir.get('réagi')).toBe('past-participle');
		expect(reagir.get('réagissant')).toBe('present-participle');
		expect(forms('réjouir').get('réjouit')).toBe('finite');
	});

	it('knows the irregular reporting verbs and the verbs built on them', () => {
		expect(forms('dire').get('disent')).toBe('finite');
		expect(forms('dire').get('dite')).toBe('past-participle');
		expect(forms('dire').get('dit')).toBe('finite+past-participle');
		expect(forms('écrire').get('écrivit')).toBe('finite');
		expect(forms('décrire').get('décrivait')).toBe('finite');
		expect(forms('admettre').get('admise')).toBe('past-participle');
		expect(forms('promettre').get('promet')).toBe('finite');
		expect(forms('reconnaître').get('reconnaissant')).toBe('present-participle');
		expect(forms('démentir').get('dément')).toBe('finite');
		expect(forms('prétendre').get('prétendu')).toBe('past-participle');
		expect(forms('maintenir').get('maintient')).toBe('finite');
		expect(forms('contredire').get('contredisent')).toBe('finite');
	});

	it('guesses nothing for an irregular verb it does not know', () => {
		expect(conjugate('mettre')).toEqual([]);
	});
});
