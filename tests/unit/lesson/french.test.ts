import { describe, expect, it } from 'vitest';
import { countWords, looseFrench, wordTokens } from '$lib/lesson/french';

/** The words of a text, as plain strings. */
const words = (text: string) => wordTokens(text).map((t) => t.text);

describe('wordTokens', () => {
	it("splits elided articles and pronouns off the next word, with ’ and with '", () => {
		expect(words('l’opération')).toEqual(['l’', 'opération']);
		expect(words("l'opération")).toEqual(["l'", 'opération']);
		expect(words('d’Artsakh')).toEqual(['d’', 'Artsakh']);
		expect(words("d'Artsakh")).toEqual(["d'", 'Artsakh']);
		expect(words('qu’il')).toEqual(['qu’', 'il']);
		expect(words("qu'il")).toEqual(["qu'", 'il']);
		expect(words('jusqu’à')).toEqual(['jusqu’', 'à']);
		expect(words("jusqu'à")).toEqual(["jusqu'", 'à']);
	});

	it('splits the other elisions of French: c’ j’ m’ n’ s’ t’ lorsqu’ puisqu’ quoiqu’', () => {
		expect(words('c’est j’ai m’a n’a s’est t’es')).toEqual([
			'c’',
			'est',
			'j’',
			'ai',
			'm’',
			'a',
			'n’',
			'a',
			's’',
			'est',
			't’',
			'es'
		]);
		expect(words('lorsqu’il puisqu’on quoiqu’elle')).toEqual([
			'lorsqu’',
			'il',
			'puisqu’',
			'on',
			'quoiqu’',
			'elle'
		]);
	});

	it('splits a capitalised elision at the start of a sentence', () => {
		expect(words('L’opération a été lancée. D’après Bakou, Qu’il')).toEqual([
			'L’',
			'opération',
			'a',
			'été',
			'lancée',
			'D’',
			'après',
			'Bakou',
			'Qu’',
			'il'
		]);
	});

	it('keeps "aujourd’hui" and "quelqu’un" whole: their apostrophe is not an elided article', () => {
		expect(words('aujourd’hui')).toEqual(['aujourd’hui']);
		expect(words("aujourd'hui")).toEqual(["aujourd'hui"]);
		expect(words('quelqu’un')).toEqual(['quelqu’un']);
		expect(words("quelqu'un")).toEqual(["quelqu'un"]);
		expect(words('presqu’île')).toEqual(['presqu’île']);
	});

	it('cuts a hyphenated compound such as cessez-le-feu into its words', () => {
		expect(words('le cessez-le-feu')).toEqual(['le', 'cessez', 'le', 'feu']);
		expect(words('Haut-Karabakh')).toEqual(['Haut', 'Karabakh']);
	});

	it('skips punctuation, guillemets and spaces, and keeps accents and case', () => {
		expect(words('« Relativement sûre », a-t-il dit… Été 2020 !')).toEqual([
			'Relativement',
			'sûre',
			'a',
			't',
			'il',
			'dit',
			'Été',
			'2020'
		]);
	});

	it('gives UTF-16 offsets that slice back to each word, elisions included', () => {
		const text = 'Selon le porte-parole de l’armée d’Artsakh, jusqu’à aujourd’hui « rien ».';
		const tokens = wordTokens(text);
		for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
		expect(tokens.find((t) => t.text === 'armée')).toEqual({ text: 'armée', start: 27, end: 32 });
		expect(tokens.find((t) => t.text === 'd’')).toEqual({ text: 'd’', start: 33, end: 35 });
		expect(tokens.find((t) => t.text === 'Artsakh')).toEqual({
			text: 'Artsakh',
			start: 35,
			end: 42
		});
		expect(tokens.find((t) => t.text === 'aujourd’hui')).toEqual({
			text: 'aujourd’hui',
			start: 52,
			end: 63
		});
	});

	it('returns no word for an empty or punctuation-only text', () => {
		expect(wordTokens('')).toEqual([]);
		expect(wordTokens(' « » … – ')).toEqual([]);
	});
});

describe('looseFrench', () => {
	it('ignores case, in French (É and é alike)', () => {
		expect(looseFrench('ÉTAT Islamique')).toBe(looseFrench('État islamique'));
		expect(looseFrench('Bakou')).toBe('bakou');
	});

	it('keeps accents: "marché" and "marche" are different words', () => {
		expect(looseFrench('marché')).not.toBe(looseFrench('marche'));
		expect(looseFrench('tué')).toBe('tué');
	});

	it("treats the typographic apostrophe ’ and the typewriter ' alike", () => {
		expect(looseFrench('l’armée')).toBe(looseFrench("l'armée"));
		expect(looseFrench('aujourd’hui')).toBe("aujourd'hui");
	});

	it('treats « », “ ” and " alike', () => {
		expect(looseFrench('«secure»')).toBe(looseFrench('“secure”'));
		expect(looseFrench('"secure"')).toBe(looseFrench('“secure”'));
		expect(looseFrench('« secure »')).toBe(looseFrench('“secure”'));
	});

	it('finds “…” inside a sentence that prints « … » with spaces inside the guillemets', () => {
		// French typography puts a (no-break) space inside « »; a teacher typing “…” should get the
		// "differs only in quotation marks" hint, so the loose forms must still contain each other.
		const printed = 'est désormais « relativement secure » à partir de 18 heures';
		expect(looseFrench(printed)).toContain(looseFrench('“relativement secure”'));
		expect(looseFrench('désormais «\u202frelativement secure\u202f» à')).toContain(
			looseFrench('“relativement secure”')
		);
	});

	it('folds runs of spaces, no-break spaces and line breaks into one space, and trims', () => {
		expect(looseFrench('  deux\u00a0 militaires\n\ttués  ')).toBe('deux militaires tués');
		expect(looseFrench('18\u202fheures')).toBe('18 heures');
	});
});

describe('countWords', () => {
	it('counts words as a reader does: "l’opération" and "aujourd’hui" are one word each', () => {
		expect(countWords('l’opération')).toBe(1);
		expect(countWords('aujourd’hui')).toBe(1);
		expect(countWords('L’opération a été lancée aujourd’hui.')).toBe(5);
	});

	it('does not count punctuation, guillemets or spaces', () => {
		expect(countWords('« Relativement sûre », a dit Bakou !')).toBe(5);
		expect(countWords('   ')).toBe(0);
		expect(countWords('')).toBe(0);
	});

	it('counts numbers as words', () => {
		expect(countWords('une guerre en 2020')).toBe(4);
	});
});
