import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '$lib/quiz/match';
import { numbersToDigits, readTime } from '$lib/quiz/variants';

const time = (text: string) => readTime(normalizeAnswer(text, 'required'));
const SIX_PM = 18 * 60;

describe('readTime', () => {
	it('reads 6 p.m. written the French ways', () => {
		for (const text of [
			'18h',
			'18 h',
			'18H00',
			'18 h 00',
			'18 heures',
			'18 heures 00',
			'18:00',
			'18.00',
			'18\u202fh',
			'dix-huit heures',
			'six heures du soir',
			'6 h du soir'
		]) {
			expect(time(text), text).toBe(SIX_PM);
		}
	});

	it('reads 6 p.m. written the English ways', () => {
		for (const text of [
			'6pm',
			'6 pm',
			'6 p.m.',
			'6 P.M.',
			'6:00 pm',
			'six p.m.',
			"6 o'clock in the evening"
		]) {
			expect(time(text), text).toBe(SIX_PM);
		}
	});

	it('tolerates "local time", "heure locale" and "from" / "à partir de" around the time', () => {
		for (const text of [
			'18 heures heure locale',
			'18 heures, heure locale',
			'18 h (heure locale)',
			'à partir de 18 heures',
			'dès 18h',
			'6 p.m. local time',
			'from 6pm, local time'
		]) {
			expect(time(text), text).toBe(SIX_PM);
		}
	});

	it('reads minutes, halves and quarters, noon and midnight', () => {
		expect(time('18h30')).toBe(18 * 60 + 30);
		expect(time('6:30 pm')).toBe(18 * 60 + 30);
		expect(time('six heures et demie du soir')).toBe(18 * 60 + 30);
		expect(time('9 h et quart')).toBe(9 * 60 + 15);
		expect(time('midi')).toBe(12 * 60);
		expect(time('12 pm')).toBe(12 * 60);
		expect(time('minuit')).toBe(0);
		expect(time('12 a.m.')).toBe(0);
	});

	it('reads "6 heures" and "6 am" as the morning, as French says them', () => {
		expect(time('6 heures')).toBe(6 * 60);
		expect(time('6 h')).toBe(6 * 60);
		expect(time('6 am')).toBe(6 * 60);
	});

	it('is not a time without a unit, or out of the clock', () => {
		for (const text of [
			'18',
			'six',
			'dix-huit',
			'25 h',
			'18h75',
			'13 am',
			'le soir',
			'calme',
			''
		]) {
			expect(time(text), text).toBeNull();
		}
	});
});

describe('numbersToDigits', () => {
	it('writes French number words as digits', () => {
		expect(numbersToDigits('deux')).toBe('2');
		expect(numbersToDigits('quatorze blessés')).toBe('14 blessés');
		expect(numbersToDigits('deux tués et quatorze blessés')).toBe('2 tués et 14 blessés');
		expect(numbersToDigits('zéro')).toBe('0');
		expect(numbersToDigits('vingt et un')).toBe('21');
		expect(numbersToDigits('vingt-et-un')).toBe('21');
		expect(numbersToDigits('soixante-dix-sept')).toBe('77');
		expect(numbersToDigits('quatre-vingts')).toBe('80');
		expect(numbersToDigits('quatre-vingt-dix-neuf')).toBe('99');
		expect(numbersToDigits('deux cents')).toBe('200');
		expect(numbersToDigits('mille deux cents')).toBe('1200');
	});

	it('writes English number words as digits', () => {
		expect(numbersToDigits('two killed, fourteen wounded')).toBe('2 killed, 14 wounded');
		expect(numbersToDigits('twenty-one')).toBe('21');
		expect(numbersToDigits('one hundred and two')).toBe('102');
	});

	it('joins digits grouped by thousands', () => {
		expect(numbersToDigits('1 000 soldats')).toBe('1000 soldats');
		expect(numbersToDigits('12\u202f500')).toBe('12500');
	});

	it('leaves words that do not make one number, and other words, alone', () => {
		expect(numbersToDigits('deux trois')).not.toBe('5');
		expect(numbersToDigits('et')).toBe('et');
		expect(numbersToDigits('constructor')).toBe('constructor');
		expect(numbersToDigits('la sécurité')).toBe('la sécurité');
	});
});
