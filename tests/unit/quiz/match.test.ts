import { describe, expect, it } from 'vitest';
import { answerKey, findWrongAnswer, matchesAny, normalizeAnswer } from '$lib/quiz/match';

describe('normalizeAnswer', () => {
	it('lower-cases, including capital accented letters', () => {
		expect(normalizeAnswer('ÉTAT-MAJOR', 'required')).toBe('état-major');
		expect(normalizeAnswer('Bakou', 'required')).toBe('bakou');
	});

	it("treats ’ ‘ ` ´ and ' alike, and ignores a space after an elision", () => {
		const expected = "l'opération";
		for (const text of [
			'l’opération',
			"l'opération",
			'l`opération',
			'l´opération',
			'l’ opération'
		]) {
			expect(normalizeAnswer(text, 'required')).toBe(expected);
		}
	});

	it('treats « », “ ” and " alike, spaces inside guillemets ignored', () => {
		const expected = normalizeAnswer('"prétend"', 'required');
		expect(normalizeAnswer('« prétend »', 'required')).toBe(expected);
		expect(normalizeAnswer('«\u202fprétend\u202f»', 'required')).toBe(expected);
		expect(normalizeAnswer('«prétend»', 'required')).toBe(expected);
		expect(normalizeAnswer('“prétend”', 'required')).toBe(expected);
		expect(normalizeAnswer('" prétend "', 'required')).toBe(expected);
	});

	it('collapses spaces, tabs, no-break and narrow no-break spaces, and trims', () => {
		expect(normalizeAnswer('  le \t porte-parole\n', 'required')).toBe('le porte-parole');
		expect(normalizeAnswer('le\u00a0porte-parole', 'required')).toBe('le porte-parole');
		expect(normalizeAnswer('le\u202f\u00a0 porte-parole', 'required')).toBe('le porte-parole');
	});

	it('removes trailing . ! ? ; : with or without the French space before them', () => {
		expect(normalizeAnswer('prétend.', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend !', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend\u202f?', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend ; :', 'required')).toBe('prétend');
		expect(normalizeAnswer('prétend...', 'required')).toBe('prétend');
	});

	it('keeps accents when they are required, removes them when forgiven', () => {
		expect(normalizeAnswer('prétend', 'required')).not.toBe(normalizeAnswer('pretend', 'required'));
		expect(normalizeAnswer('prétend', 'forgiven')).toBe('pretend');
		expect(normalizeAnswer('Ça s’est déroulé à Noël', 'forgiven')).toBe("ca s'est deroule a noel");
	});

	it('compares composed and decomposed accents equal even when accents are required', () => {
		expect(normalizeAnswer('pre\u0301tend', 'required')).toBe(
			normalizeAnswer('prétend', 'required')
		);
	});

	it('keeps hyphens: a hyphen and a space are different spellings', () => {
		expect(normalizeAnswer('porte-parole', 'forgiven')).not.toBe(
			normalizeAnswer('porte parole', 'forgiven')
		);
		expect(normalizeAnswer('porte\u2011parole', 'required')).toBe('porte-parole');
	});
});

describe('matchesAny', () => {
	const accepted = ['prétend', '« a prétendu »'];

	it('accepts French typography variants of an accepted answer', () => {
		expect(matchesAny('Prétend.', accepted, 'required')).toBe(true);
		expect(matchesAny('"a prétendu"', accepted, 'required')).toBe(true);
		expect(matchesAny('  A  PRÉTENDU ', ['a prétendu'], 'required')).toBe(true);
		expect(matchesAny("aujourd'hui", ['aujourd’hui'], 'required')).toBe(true);
	});

	it('refuses a missing accent when accents are required, accepts it when forgiven', () => {
		expect(matchesAny('pretend', accepted, 'required')).toBe(false);
		expect(matchesAny('pretend', accepted, 'forgiven')).toBe(true);
		expect(matchesAny('evenement', ['événement'], 'forgiven')).toBe(true);
	});

	it('refuses a space for a hyphen and an empty answer', () => {
		expect(matchesAny('porte parole', ['porte-parole'], 'forgiven')).toBe(false);
		expect(matchesAny('', accepted, 'forgiven')).toBe(false);
		expect(matchesAny(' . ', ['.'], 'forgiven')).toBe(false);
	});

	it('refuses another word', () => {
		expect(matchesAny('affirme', accepted, 'forgiven')).toBe(false);
	});
});

describe('findWrongAnswer', () => {
	const wrong = [
		{ answer: 'affirme', feedback: { fr: 'a', en: 'a' } },
		{ answer: 'dit', feedback: { fr: 'd', en: 'd' } }
	];

	it('finds the anticipated wrong answer with the same tolerance', () => {
		expect(findWrongAnswer('Affirme !', wrong, 'required')).toBe(wrong[0]);
		expect(findWrongAnswer(' dit', wrong, 'forgiven')).toBe(wrong[1]);
	});

	it('returns undefined for other answers', () => {
		expect(findWrongAnswer('prétend', wrong, 'required')).toBeUndefined();
		expect(findWrongAnswer('', wrong, 'required')).toBeUndefined();
	});
});

describe('accepted variants: times and numbers', () => {
	const time = ['18 heures'];

	it('accepts every way of writing the same time when the question reads times', () => {
		for (const given of [
			'6pm',
			'6 p.m.',
			'18h00',
			'18 heures heure locale',
			'18:00',
			'dix-huit heures'
		]) {
			expect(matchesAny(given, time, 'forgiven', ['times']), given).toBe(true);
		}
		expect(matchesAny('6 heures', time, 'forgiven', ['times'])).toBe(false);
		expect(matchesAny('18', time, 'forgiven', ['times'])).toBe(false);
	});

	it('keeps times as text when the question does not read them', () => {
		expect(matchesAny('6pm', time, 'forgiven')).toBe(false);
		expect(matchesAny('18 heures', time, 'forgiven')).toBe(true);
	});

	it('accepts numbers in words or digits, in French or English, when the question reads numbers', () => {
		const figures = ['2 tués, 14 blessés'];
		expect(matchesAny('deux tués, quatorze blessés', figures, 'forgiven', ['numbers'])).toBe(true);
		expect(matchesAny('2 tués, quatorze blessés', figures, 'forgiven', ['numbers'])).toBe(true);
		expect(matchesAny('deux', ['2'], 'forgiven', ['numbers'])).toBe(true);
		expect(matchesAny('two', ['deux'], 'forgiven', ['numbers'])).toBe(true);
		expect(matchesAny('trois', ['deux'], 'forgiven', ['numbers'])).toBe(false);
		// Where writing the number is the point, the question does not list numbers.
		expect(matchesAny('2', ['deux'], 'required')).toBe(false);
	});

	it('keeps accents strict around a number when spelling is the point', () => {
		expect(matchesAny('deux blesses', ['2 blessés'], 'required', ['numbers'])).toBe(false);
		expect(matchesAny('deux blessés', ['2 blessés'], 'required', ['numbers'])).toBe(true);
	});

	it('finds the anticipated wrong time written another way', () => {
		const wrong = [{ answer: '6 heures', feedback: { fr: 'matin', en: 'morning' } }];
		expect(findWrongAnswer('6h00', wrong, 'forgiven', ['times'])).toBe(wrong[0]);
		expect(findWrongAnswer('six heures', wrong, 'forgiven', ['times'])).toBe(wrong[0]);
		expect(findWrongAnswer('6pm', wrong, 'forgiven', ['times'])).toBeUndefined();
	});

	it('gives one key to every way of writing one time, and none to an empty answer', () => {
		expect(answerKey('6 h', 'forgiven', ['times'])).toBe(
			answerKey('6 heures', 'forgiven', ['times'])
		);
		expect(answerKey('6 h', 'forgiven', ['times'])).not.toBe(
			answerKey('6 pm', 'forgiven', ['times'])
		);
		expect(answerKey('  ', 'forgiven', ['times', 'numbers'])).toBe('');
	});
});
