import { describe, expect, it } from 'vitest';
import { answerToJson, type Answer } from '$lib/quiz/answer';
import { markableWords } from '$lib/quiz/words';
import { answerText } from '$lib/teacher/answer-text';
import {
	claim,
	gap,
	gapChoose,
	mark,
	match,
	multiple,
	order,
	paragraphs,
	short,
	single
} from '../quiz/fixtures';

/** The index of a word of paragraph 2 (the mark question's), by its text. */
const word = (text: string) => markableWords(paragraphs[1]!).find((w) => w.text === text)!.index;

/** As the store gives it back: plain JSON. */
const stored = (answer: Answer) => answerToJson(answer);

describe('answerText', () => {
	it('names the chosen option in the teacher’s language', () => {
		const answer = stored({ type: 'single', option: 'journaliste' });
		expect(answerText(single, answer, 'fr', paragraphs)).toBe('Le journaliste');
		expect(answerText(single, answer, 'en', paragraphs)).toBe('The journalist');
	});

	it('lists chosen options in the order of the question', () => {
		const answer = stored({ type: 'multiple', options: ['dit', 'aurait-fait'] });
		expect(answerText(multiple, answer, 'fr', paragraphs)).toBe('aurait fait ; dit');
		expect(answerText(multiple, answer, 'en', paragraphs)).toBe('would have made; says');
	});

	it('names a claim status as the learner saw it', () => {
		const answer = stored({ type: 'claim', status: 'established' });
		expect(answerText(claim, answer, 'fr', paragraphs)).toBe(
			'Présenté comme un fait par le journaliste'
		);
		expect(answerText(claim, answer, 'en', paragraphs)).toBe('Reported as fact by the journalist');
	});

	it('writes each matched item with its choice', () => {
		const answer = stored({
			type: 'match',
			pairs: { camions: 'artsakh', morts: 'bakou', ligne: 'personne' }
		});
		expect(answerText(match, answer, 'fr', paragraphs)).toBe(
			'trois morts → Bakou ; la ligne est sûre → Personne ; camions détruits → Artsakh'
		);
		expect(answerText(match, answer, 'en', paragraphs)).toBe(
			'three dead → Baku; the line is safe → Nobody; trucks destroyed → Artsakh'
		);
	});

	it('quotes the marked words of the paragraph, in reading order', () => {
		const answer = stored({ type: 'mark', words: [word('secure'), word('d’'), word('prétend')] });
		expect(answerText(mark, answer, 'fr', paragraphs)).toBe('d’ ; prétend ; secure');
		expect(answerText(mark, answer, 'en', paragraphs)).toBe('d’; prétend; secure');
	});

	it('gives typed answers as typed, quotation marks and apostrophes intact', () => {
		const typed = '« prétend »';
		expect(answerText(gap, stored({ type: 'gap', text: typed }), 'en', paragraphs)).toBe(typed);
		expect(answerText(gapChoose, stored({ type: 'gap', text: 'sait' }), 'fr', paragraphs)).toBe(
			'sait'
		);
		const text = 'l’armée d’Artsakh';
		expect(answerText(short, stored({ type: 'short', text }), 'fr', paragraphs)).toBe(text);
	});

	it('numbers the items in the order the learner gave', () => {
		const answer = stored({ type: 'order', items: ['morts', 'operation', 'camions', 'dementi'] });
		expect(answerText(order, answer, 'fr', paragraphs)).toBe(
			'1. Les morts ; 2. L’opération ; 3. Les camions ; 4. Le démenti'
		);
		expect(answerText(order, answer, 'en', paragraphs)).toBe(
			'1. The dead; 2. The operation; 3. The trucks; 4. The denial'
		);
	});

	it('shows ids the question no longer has (an answer to an earlier version) as [id]', () => {
		expect(answerText(single, { type: 'single', option: 'ancienne' }, 'fr', paragraphs)).toBe(
			'[ancienne]'
		);
		expect(
			answerText(multiple, { type: 'multiple', options: ['dit', 'retire'] }, 'en', paragraphs)
		).toBe('says; [retire]');
		expect(
			answerText(
				match,
				{ type: 'match', pairs: { morts: 'onu', ligne: 'bakou' } },
				'fr',
				paragraphs
			)
		).toBe('trois morts → [onu] ; la ligne est sûre → Bakou ; camions détruits → —');
	});

	it('still says something when the question changed type since the answer', () => {
		expect(answerText(single, { type: 'short', text: 'Bakou' }, 'fr', paragraphs)).toBe('Bakou');
		expect(answerText(short, { type: 'single', option: 'bakou' }, 'fr', paragraphs)).toBe(
			'[bakou]'
		);
		expect(answerText(single, { type: 'claim', status: 'absent' }, 'en', paragraphs)).toBe(
			'Not in the text'
		);
	});

	it('says an unreadable stored value is unreadable instead of failing', () => {
		for (const value of [null, 'bakou', { option: 'bakou' }, { type: 'single', option: 3 }]) {
			expect(answerText(single, value, 'fr', paragraphs)).toBe('(réponse illisible)');
			expect(answerText(single, value, 'en', paragraphs)).toBe('(unreadable answer)');
		}
	});
});
