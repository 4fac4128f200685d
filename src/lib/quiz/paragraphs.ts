import type { QuestionView } from './view';

// Which paragraphs of the text a question is about, read only from what the page already shows
// of it (prompt, statement, options, items): the evidence is the key and stays on the server.

/** "paragraphe 3", "paragraphes 4 et 5", "paragraphs 4 to 6", "§ 4–5", "§§ 2, 3". */
const REFERENCE =
	/(?:\bparagraphes?|\bparagraphs?|§§?)\s*(\d{1,3}(?:\s*(?:,|et|and|à|to|[-–])\s*\d{1,3})*)/giu;
const LINK = /(\d{1,3})\s*(,|et|and|à|to|[-–])?\s*/gu;
const RANGE = new Set(['à', 'to', '-', '–']);

/** The paragraph numbers (1-based) a text refers to, in the order written, with ranges spread. */
export function paragraphReferences(text: string): number[] {
	const found: number[] = [];
	for (const [, list] of text.matchAll(REFERENCE)) {
		let rangeFrom: number | null = null;
		for (const [, digits, link] of list!.matchAll(LINK)) {
			const n = Number(digits);
			if (rangeFrom !== null) {
				for (let p = rangeFrom + 1; p < n; p++) found.push(p);
			}
			found.push(n);
			rangeFrom = link !== undefined && RANGE.has(link.toLowerCase()) ? n : null;
		}
	}
	return found;
}

const textsOf = (question: QuestionView): string[] => {
	const bilingual = [question.prompt];
	if (question.type === 'claim') bilingual.push(question.statement);
	if ('options' in question) bilingual.push(...question.options.map((o) => o.text));
	if ('items' in question) bilingual.push(...question.items.map((i) => i.text));
	if ('choices' in question && question.type === 'match') {
		bilingual.push(...question.choices.map((c) => c.text));
	}
	const texts = bilingual.flatMap((t) => [t.fr, t.en]);
	if (question.type === 'gap') texts.push(question.before, question.after);
	return texts;
};

/**
 * The paragraphs (1-based, ascending) a learner needs beside a question: those its visible
 * texts name. Empty for a mark question, whose paragraph is the question itself, and for a
 * question that names none (the page then offers the whole text).
 *
 * @param paragraphCount the number of paragraphs of the lesson; other numbers are ignored
 */
export function paragraphsNeeded(question: QuestionView, paragraphCount: number): number[] {
	if (question.type === 'mark') return [];
	const numbers = new Set(textsOf(question).flatMap(paragraphReferences));
	return [...numbers].filter((n) => n >= 1 && n <= paragraphCount).sort((a, b) => a - b);
}
