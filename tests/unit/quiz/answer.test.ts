import { describe, expect, it } from 'vitest';
import {
	answerErrors,
	answerFromJson,
	answerToJson,
	readAnswer,
	type Answer,
	type AnswerError
} from '$lib/quiz/answer';
import type { Question } from '$lib/quiz/schema';
import { markableWords } from '$lib/quiz/words';
import {
	claim,
	form,
	gap,
	gapChoose,
	mark,
	match,
	multiple,
	order,
	paragraphs,
	short,
	single
} from './fixtures';

const markText = paragraphs[1]!;

function read(question: Question, data: FormData): Answer {
	const result = readAnswer(question, data, markText);
	if (!result.ok) throw new Error(`expected an answer, got ${result.error}`);
	return result.answer;
}

function error(question: Question, data: FormData): AnswerError {
	const result = readAnswer(question, data, markText);
	if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.answer)}`);
	return result.error;
}

describe('answerErrors', () => {
	it('are i18n keys under quiz.errors', () => {
		expect(Object.values(answerErrors)).toEqual([
			'quiz.errors.noChoice',
			'quiz.errors.unknownOption',
			'quiz.errors.tooMany',
			'quiz.errors.incomplete',
			'quiz.errors.duplicatePosition'
		]);
	});
});

describe('readAnswer: single', () => {
	it('reads the chosen option', () => {
		expect(read(single, form(['option', 'artsakh']))).toEqual({
			type: 'single',
			option: 'artsakh'
		});
	});

	it('refuses nothing, a forged id, and two options', () => {
		expect(error(single, form())).toBe(answerErrors.noChoice);
		expect(error(single, form(['option', '']))).toBe(answerErrors.noChoice);
		expect(error(single, form(['option', 'moscou']))).toBe(answerErrors.unknownOption);
		expect(error(single, form(['option', 'bakou'], ['option', 'artsakh']))).toBe(
			answerErrors.tooMany
		);
	});

	it('refuses a file in place of an option', () => {
		const data = new FormData();
		data.append('option', new Blob(['bakou']), 'bakou.txt');
		expect(error(single, data)).toBe(answerErrors.unknownOption);
	});

	it('ignores the fields of other questions', () => {
		expect(
			read(
				single,
				form(['status', 'claimed'], ['match-morts', 'x'], ['text', 'y'], ['option', 'bakou'])
			)
		).toEqual({ type: 'single', option: 'bakou' });
	});
});

describe('readAnswer: multiple', () => {
	it('reads the chosen options as a set, in the question’s order', () => {
		expect(
			read(multiple, form(['option', 'dit'], ['option', 'aurait-fait'], ['option', 'dit']))
		).toEqual({ type: 'multiple', options: ['aurait-fait', 'dit'] });
	});

	it('refuses nothing, a forged id, and more values than options', () => {
		expect(error(multiple, form())).toBe(answerErrors.noChoice);
		expect(error(multiple, form(['option', 'aurait-fait'], ['option', 'correct']))).toBe(
			answerErrors.unknownOption
		);
		const five = form(
			...(['dit', 'pretend', 'aurait-ete', 'aurait-fait', 'dit'] as const).map(
				(id): [string, string] => ['option', id]
			)
		);
		expect(error(multiple, five)).toBe(answerErrors.tooMany);
	});
});

describe('readAnswer: claim', () => {
	it('reads the status', () => {
		expect(read(claim, form(['status', 'contradicted']))).toEqual({
			type: 'claim',
			status: 'contradicted'
		});
	});

	it('refuses nothing, an unknown status, and two statuses', () => {
		expect(error(claim, form())).toBe(answerErrors.noChoice);
		expect(error(claim, form(['status', 'true']))).toBe(answerErrors.unknownOption);
		expect(error(claim, form(['status', 'toString']))).toBe(answerErrors.unknownOption);
		expect(error(claim, form(['status', 'claimed'], ['status', 'absent']))).toBe(
			answerErrors.tooMany
		);
	});
});

describe('readAnswer: match', () => {
	const full = (): [string, string][] => [
		['match-morts', 'artsakh'],
		['match-ligne', 'artsakh'],
		['match-camions', 'personne']
	];

	it('reads a choice per item; a choice may serve several items', () => {
		expect(read(match, form(...full()))).toEqual({
			type: 'match',
			pairs: { morts: 'artsakh', ligne: 'artsakh', camions: 'personne' }
		});
	});

	it('ignores fields for items the question does not have', () => {
		expect(
			read(match, form(...full(), ['match-autre', 'bakou'], ['match-__proto__', 'x']))
		).toEqual({
			type: 'match',
			pairs: { morts: 'artsakh', ligne: 'artsakh', camions: 'personne' }
		});
	});

	it('refuses nothing, an item left without a choice, a forged choice, two choices', () => {
		expect(error(match, form())).toBe(answerErrors.noChoice);
		expect(error(match, form(['match-morts', 'bakou']))).toBe(answerErrors.incomplete);
		expect(error(match, form(...full().slice(1), ['match-morts', '']))).toBe(
			answerErrors.incomplete
		);
		expect(error(match, form(...full().slice(1), ['match-morts', 'moscou']))).toBe(
			answerErrors.unknownOption
		);
		expect(error(match, form(...full(), ['match-morts', 'bakou']))).toBe(answerErrors.tooMany);
	});
});

describe('readAnswer: mark', () => {
	it('reads word indices as a sorted set', () => {
		expect(read(mark, form(['word', '4'], ['word', '1'], ['word', '4']))).toEqual({
			type: 'mark',
			words: [1, 4]
		});
	});

	it('refuses nothing, an index past the paragraph, and indices that are not plain numbers', () => {
		const count = markableWords(markText).length;
		expect(error(mark, form())).toBe(answerErrors.noChoice);
		expect(read(mark, form(['word', String(count - 1)]))).toEqual({
			type: 'mark',
			words: [count - 1]
		});
		for (const bad of [String(count), '-1', '1.5', '01', ' 2', '1e1', 'x', '99999999999']) {
			expect(error(mark, form(['word', bad])), bad).toBe(answerErrors.unknownOption);
		}
	});

	it('refuses 10,000 word fields as too many, without reading them all', () => {
		const data = new FormData();
		for (let i = 0; i < 10_000; i++) data.append('word', String(i % 5));
		expect(error(mark, data)).toBe(answerErrors.tooMany);
	});

	it('needs the paragraph text', () => {
		expect(() => readAnswer(mark, form(['word', '1']))).toThrow(/paragraph/);
	});
});

describe('readAnswer: gap and short', () => {
	it('reads the text, trimmed', () => {
		expect(read(gap, form(['text', '  prétend \n']))).toEqual({ type: 'gap', text: 'prétend' });
		expect(read(short, form(['text', 'le porte-parole']))).toEqual({
			type: 'short',
			text: 'le porte-parole'
		});
	});

	it('refuses an empty text, a text over 200 characters, two texts', () => {
		expect(error(short, form())).toBe(answerErrors.noChoice);
		expect(error(short, form(['text', ' \u00a0 ']))).toBe(answerErrors.noChoice);
		expect(read(short, form(['text', 'a'.repeat(200)]))).toEqual({
			type: 'short',
			text: 'a'.repeat(200)
		});
		expect(error(short, form(['text', 'a'.repeat(201)]))).toBe(answerErrors.tooMany);
		expect(error(gap, form(['text', 'a'], ['text', 'b']))).toBe(answerErrors.tooMany);
	});

	it('in choose mode, accepts only one of the choices', () => {
		expect(read(gapChoose, form(['text', 'sait']))).toEqual({ type: 'gap', text: 'sait' });
		expect(error(gapChoose, form(['text', 'prétendrait']))).toBe(answerErrors.unknownOption);
	});
});

describe('readAnswer: order', () => {
	it('reads a position per item into the item ids in the chosen order', () => {
		expect(
			read(
				order,
				form(
					['position-operation', '2'],
					['position-morts', ' 1 '],
					['position-dementi', '4'],
					['position-camions', '3']
				)
			)
		).toEqual({ type: 'order', items: ['morts', 'operation', 'camions', 'dementi'] });
	});

	it('refuses nothing, a missing position, a position out of range, a shared position', () => {
		expect(error(order, form())).toBe(answerErrors.noChoice);
		expect(error(order, form(['position-operation', '1'], ['position-morts', '2']))).toBe(
			answerErrors.incomplete
		);
		const rest: [string, string][] = [
			['position-morts', '2'],
			['position-dementi', '3']
		];
		for (const bad of ['0', '5', '-1', 'un', '1.0']) {
			expect(
				error(order, form(['position-operation', bad], ...rest, ['position-camions', '4'])),
				bad
			).toBe(answerErrors.unknownOption);
		}
		expect(
			error(order, form(['position-operation', '2'], ...rest, ['position-camions', '4']))
		).toBe(answerErrors.duplicatePosition);
		expect(
			error(
				order,
				form(['position-operation', '1'], ['position-operation', '4'], ...rest, [
					'position-camions',
					'4'
				])
			)
		).toBe(answerErrors.tooMany);
	});

	it('ignores positions of items the question does not have', () => {
		expect(
			read(
				order,
				form(
					['position-operation', '1'],
					['position-morts', '2'],
					['position-dementi', '3'],
					['position-camions', '4'],
					['position-autre', '1']
				)
			)
		).toEqual({ type: 'order', items: ['operation', 'morts', 'dementi', 'camions'] });
	});
});

describe('answerToJson and answerFromJson', () => {
	it('round-trip every type of answer through JSON', () => {
		const answers: Answer[] = [
			{ type: 'single', option: 'a' },
			{ type: 'multiple', options: ['a', 'b'] },
			{ type: 'claim', status: 'absent' },
			{ type: 'match', pairs: { x: 'a' } },
			{ type: 'mark', words: [0, 3] },
			{ type: 'gap', text: 'prétend' },
			{ type: 'short', text: 'porte-parole' },
			{ type: 'order', items: ['b', 'a', 'c'] }
		];
		for (const answer of answers) {
			const stored = JSON.parse(JSON.stringify(answerToJson(answer))) as unknown;
			expect(answerFromJson(stored)).toEqual(answer);
		}
	});

	it('refuses a value that is not an answer', () => {
		for (const bad of [
			null,
			'a',
			{},
			{ type: 'single' },
			{ type: 'claim', status: 'true' },
			{ type: 'mark', words: [-1] }
		]) {
			expect(answerFromJson(bad)).toBeUndefined();
		}
	});
});
