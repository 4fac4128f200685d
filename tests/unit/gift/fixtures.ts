import { readFileSync } from 'node:fs';

/** A GIFT fixture's text. */
export const fixture = (name: string) => readFileSync(`tests/fixtures/gift/${name}`, 'utf8');

/** The line (1-based) of the first line of `text` that contains `marker`. */
export function lineOf(text: string, marker: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(marker));
	if (index < 0) throw new Error(`no line contains ${marker}`);
	return index + 1;
}
