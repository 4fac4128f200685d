// Times and numbers written the many ways a learner may write them, in French or in English.
// Both languages are read whatever the language of the instructions: a question that opts in
// tests what the text says (a time, a figure), not how the learner writes it.

/** Kinds of variant a short-answer or gap question can accept besides its listed answers. */
export const variantKinds = ['times', 'numbers'] as const;
export type VariantKind = (typeof variantKinds)[number];

const NUMBER_WORDS = new Map<string, number>(
	Object.entries({
		// French (accents removed: "zéro" is looked up as "zero")
		zero: 0,
		un: 1,
		une: 1,
		deux: 2,
		trois: 3,
		quatre: 4,
		cinq: 5,
		six: 6,
		sept: 7,
		huit: 8,
		neuf: 9,
		dix: 10,
		onze: 11,
		douze: 12,
		treize: 13,
		quatorze: 14,
		quinze: 15,
		seize: 16,
		vingt: 20,
		vingts: 20,
		trente: 30,
		quarante: 40,
		cinquante: 50,
		soixante: 60,
		cent: 100,
		cents: 100,
		mille: 1000,
		// English
		one: 1,
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
		eleven: 11,
		twelve: 12,
		thirteen: 13,
		fourteen: 14,
		fifteen: 15,
		sixteen: 16,
		seventeen: 17,
		eighteen: 18,
		nineteen: 19,
		twenty: 20,
		thirty: 30,
		forty: 40,
		fifty: 50,
		sixty: 60,
		seventy: 70,
		eighty: 80,
		ninety: 90,
		hundred: 100,
		thousand: 1000
	})
);
// "vingt et un", "one hundred and two": only ever between two number words.
const CONNECTORS = new Set(['et', 'and']);

const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/** Lower case, without accents: "Zéro" is looked up as "zero". */
function bare(word: string): string {
	return word.toLocaleLowerCase('fr').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether `value` may follow `last` inside one number ("dix-sept" yes, "deux trois" no). */
function canFollow(last: number, value: number): boolean {
	if (last === 0 || last === 100 || last === 1000) return true;
	// French counts 70 and 90 as 60 + 10…19 and 80 + 10…19 ("soixante-dix-sept").
	if (last === 60 || last === 80) return value > 0 && value < 20;
	if (TENS.has(last)) return value > 0 && value < 10;
	if (last === 10) return value >= 7 && value <= 9;
	return false;
}

/** The value of number words in a row ("quatre-vingt-dix-neuf" → 99), or null if not one number. */
function valueOf(words: readonly string[]): number | null {
	let thousands = 0;
	let group = 0;
	let last = 0;
	for (const word of words) {
		if (CONNECTORS.has(word)) continue;
		const value = NUMBER_WORDS.get(word)!;
		if (value === 1000) {
			if (thousands > 0) return null;
			thousands = (group || 1) * 1000;
			group = 0;
			last = 1000;
		} else if (value === 100) {
			if (group >= 100) return null;
			group = (group || 1) * 100;
			last = 100;
		} else if (value === 20 && last === 4 && group % 100 === 4) {
			group += 76; // "quatre-vingt(s)"
			last = 80;
		} else {
			if (!canFollow(last, value)) return null;
			group += value;
			last = value;
		}
	}
	return thousands + group;
}

/**
 * Numbers written in words, in French or English, replaced by digits ("deux" → "2",
 * "dix-huit heures" → "18 heures", "twenty-one" → "21"), and "1 000" written as "1000".
 * Words that do not make one number ("deux trois") are left as they are.
 */
export function numbersToDigits(text: string): string {
	// Split into words and what separates them; a number may span spaces and hyphens only.
	const parts = text
		.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
		.split(/([^\p{L}\p{N}]+)/u);
	const isNumberWord = (i: number) => NUMBER_WORDS.has(bare(parts[i] ?? ''));
	const out: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		if (i % 2 === 1 || !isNumberWord(i)) {
			out.push(parts[i]!);
			continue;
		}
		// The longest run word, separator, word… of number words and connectors.
		let end = i;
		for (let j = i + 2; j < parts.length; j += 2) {
			if (!/^[\s-]+$/.test(parts[j - 1]!)) break;
			const word = bare(parts[j]!);
			if (NUMBER_WORDS.has(word)) end = j;
			else if (!CONNECTORS.has(word)) break;
		}
		const words = [];
		for (let j = i; j <= end; j += 2) words.push(bare(parts[j]!));
		const value = valueOf(words);
		if (value === null) {
			out.push(parts[i]!);
			continue;
		}
		out.push(String(value));
		i = end;
	}
	return out.join('');
}

// Said around a time without changing it: "à partir de 18 h, heure locale", "from 6pm local time".
const TIME_BEFORE = /^(?:a partir de|des|depuis|vers|a|from|as of|since|at) /;
const TIME_AFTER = / ?(?:\(?(?:en )?heure locale\)?|\(?local time\)?)$/;
const PERIODS: [RegExp, 'am' | 'pm'][] = [
	[/ ?(?:a\.? ?m\.?|du matin|in the morning)$/, 'am'],
	[/ ?(?:p\.? ?m\.?|du soir|de l'apres-midi|de l'apres midi|in the (?:evening|afternoon))$/, 'pm']
];
const CLOCK =
	/^(\d{1,2})(?: ?(?:h|hr?s?|heures?|hours?|:|\.|o'clock) ?(\d{2})?)?(?: ?min(?:utes?)?)?$/;

/**
 * A time of day read from a learner's answer, in minutes after midnight, or null if the answer
 * is not a time. Reads "18h", "18 h 00", "18:00", "18 heures, heure locale", "dix-huit heures",
 * "six heures du soir", "6pm", "6 p.m. local time", "midi", "noon"… A bare "18" is not a time,
 * and "6 heures" is 6 in the morning, as French says it.
 *
 * @param text an answer already passed through normalizeAnswer
 */
export function readTime(text: string): number | null {
	let rest = numbersToDigits(bare(text))
		.replace(/[,;]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(TIME_BEFORE, '')
		.replace(TIME_AFTER, '');
	if (/^(?:midi|noon|12 ?noon)$/.test(rest)) return 12 * 60;
	if (/^(?:minuit|midnight)$/.test(rest)) return 0;
	let period: 'am' | 'pm' | null = null;
	for (const [pattern, which] of PERIODS) {
		if (pattern.test(rest)) {
			period = which;
			rest = rest.replace(pattern, '');
			break;
		}
	}
	let extra = 0;
	const fraction = / et (demie?|quart)$/.exec(rest);
	if (fraction) {
		extra = fraction[1] === 'quart' ? 15 : 30;
		rest = rest.slice(0, fraction.index);
	}
	const clock = CLOCK.exec(rest);
	if (!clock) return null;
	const hasUnit = rest !== clock[1];
	// "18" alone may be a number of anything; a time needs a unit or a.m./p.m.
	if (!hasUnit && period === null) return null;
	let hours = Number(clock[1]);
	const minutes = Number(clock[2] ?? 0) + extra;
	if (minutes > 59 || (extra > 0 && clock[2] !== undefined)) return null;
	if (period !== null) {
		if (hours > 23 || (hours > 12 && period === 'am') || hours === 0) return null;
		if (hours <= 12) hours = (hours % 12) + (period === 'pm' ? 12 : 0);
	} else if (hours === 24 && minutes === 0) {
		hours = 0;
	} else if (hours > 23) return null;
	return hours * 60 + minutes;
}
