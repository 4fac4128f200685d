import { describe, expect, it } from 'vitest';
import { readAnswer } from '$lib/quiz/answer';
import { moveItem, positionFields } from '$lib/quiz/order';
import { order } from './fixtures';

const form = (fields: [string, string][]) => {
	const data = new FormData();
	data.set('question', order.id);
	for (const [name, value] of fields) data.append(name, value);
	return data;
};

describe('moveItem', () => {
	it('moves one item and keeps the others in their order', () => {
		expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
	});

	it('stays inside the list and never changes the list it was given', () => {
		const list = ['a', 'b', 'c'];
		expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(list, 2, 10)).toEqual(['a', 'b', 'c']);
		expect(moveItem(list, 5, 0)).toEqual(['a', 'b', 'c']);
		expect(list).toEqual(['a', 'b', 'c']);
	});
});

describe('positionFields', () => {
	const ids = order.items.map((i) => i.id);

	it('sends nothing for an untouched list, which the server refuses as "no answer"', () => {
		expect(positionFields(ids, false)).toEqual([]);
		expect(readAnswer(order, form(positionFields(ids, false)))).toEqual({
			ok: false,
			error: 'quiz.errors.noChoice'
		});
	});

	it('sends the arranged order in the fields the no-JavaScript form uses', () => {
		const arranged = [...ids].reverse();
		expect(readAnswer(order, form(positionFields(arranged, true)))).toEqual({
			ok: true,
			answer: { type: 'order', items: arranged }
		});
	});

	it('an empty place in the no-JavaScript form is no answer either', () => {
		expect(readAnswer(order, form(ids.map((id) => [`position-${id}`, ''])))).toEqual({
			ok: false,
			error: 'quiz.errors.noChoice'
		});
	});
});
