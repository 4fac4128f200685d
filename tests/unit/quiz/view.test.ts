import { describe, expect, it } from 'vitest';
import { claimStatuses, type Question } from '$lib/quiz/schema';
import { questionView, type QuestionView } from '$lib/quiz/view';
import {
	all,
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
} from './fixtures';

const view = (q: Question, seed = 'learner-1') => questionView(q, { seed, paragraphs });

/** Keys that only the key, the feedback or the evidence of a question have. */
const secretKeys = [
	'correct',
	'feedback',
	'evidence',
	'answer',
	'answers',
	'status',
	'statusFeedback',
	'wrongAnswers',
	'targets',
	'wrongMarkFeedback',
	'sentence',
	'accents'
];

/** Every text of the key, feedback and evidence of a question, written as it is in the file. */
function secretTexts(q: Question): string[] {
	const texts = [q.feedback.fr, q.feedback.en, ...(q.evidence ?? []).map((e) => e.quote)];
	const bi = (b: { fr: string; en: string } | undefined) => (b ? [b.fr, b.en] : []);
	switch (q.type) {
		case 'single':
		case 'multiple':
			texts.push(...q.options.flatMap((o) => bi(o.feedback)));
			// The correct ids in file order, when there are several: one id alone is an option
			// every learner sees.
			if (q.options.filter((o) => o.correct).length > 1) {
				texts.push(
					JSON.stringify(q.options.filter((o) => o.correct).map((o) => o.id)).slice(1, -1)
				);
			}
			break;
		case 'claim':
			texts.push(...Object.values(q.statusFeedback ?? {}).flatMap(bi));
			break;
		case 'match':
			texts.push(...q.items.map((item) => `"answer":"${item.answer}"`));
			break;
		case 'mark':
			texts.push(...q.targets.flatMap((t) => [...bi(t.feedback), ...(t.words ?? [])]));
			texts.push(...bi(q.wrongMarkFeedback));
			break;
		case 'gap':
		case 'short':
			texts.push(...q.wrongAnswers.flatMap((w) => bi(w.feedback)));
			// In "choose" mode every answer, right or wrong, is one of the drop-down's choices.
			if (q.type === 'short' || q.mode === 'type') {
				texts.push(...q.answers, ...q.wrongAnswers.map((w) => w.answer));
			}
			break;
		case 'order':
			texts.push(JSON.stringify(q.items.map((item) => item.id)).slice(1, -1));
			break;
	}
	return texts;
}

function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) keysOf(item, keys);
	else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			keys.add(key);
			keysOf(item, keys);
		}
	}
	return keys;
}

describe('questionView: no key material before answering', () => {
	for (const q of all) {
		it(`${q.type} (${q.id}) has no key, feedback or evidence, for any learner`, () => {
			for (let seed = 0; seed < 50; seed++) {
				const shown = view(q, `learner-${seed}`);
				const json = JSON.stringify(shown);
				for (const key of secretKeys) expect(keysOf(shown).has(key), key).toBe(false);
				for (const text of secretTexts(q)) {
					if (text === '') continue;
					// Made-up secrets are whole words of no paragraph; JSON escapes nothing in them.
					if (q.type === 'mark' && paragraphs[q.paragraph - 1]!.includes(text)) continue;
					expect(json, text).not.toContain(text);
				}
			}
		});
	}

	it('has a view for every type of question', () => {
		expect(new Set(all.map((q) => view(q).type))).toEqual(
			new Set(['single', 'multiple', 'claim', 'match', 'mark', 'gap', 'short', 'order'])
		);
	});
});

describe('questionView: per type', () => {
	const ids = (items: { id: string }[]) => items.map((i) => i.id);

	it('single: id, type, skill, prompt and shuffled options with their text', () => {
		const shown = view(single);
		expect(shown).toMatchObject({
			id: single.id,
			type: 'single',
			skill: 'source',
			prompt: single.prompt
		});
		if (shown.type !== 'single' || single.type !== 'single') throw new Error('type');
		expect(ids(shown.options).sort()).toEqual(ids(single.options).sort());
		expect(ids(shown.options)).not.toEqual(ids(single.options));
		expect(shown.options.find((o) => o.id === 'bakou')?.text).toEqual({ fr: 'Bakou', en: 'Baku' });
		expect(Object.keys(shown.options[0]!).sort()).toEqual(['id', 'text']);
	});

	it('multiple: options shuffled, scoring', () => {
		const shown = view(multiple);
		if (shown.type !== 'multiple' || multiple.type !== 'multiple') throw new Error('type');
		expect(shown.scoring).toBe('all-or-nothing');
		expect(ids(shown.options)).not.toEqual(ids(multiple.options));
	});

	it('is the same for the same learner, different between learners', () => {
		expect(view(order, 'a')).toEqual(view(order, 'a'));
		const orders = new Set(
			Array.from({ length: 20 }, (_, i) => {
				const shown = view(order, `learner-${i}`);
				return shown.type === 'order' ? ids(shown.items).join() : '';
			})
		);
		expect(orders.size).toBeGreaterThan(5);
	});

	it('claim: the statement and every status in the fixed order', () => {
		expect(view(claim)).toEqual({
			id: claim.id,
			type: 'claim',
			skill: 'evidence',
			prompt: claim.prompt,
			statement: claim.type === 'claim' ? claim.statement : null,
			statuses: [...claimStatuses]
		});
	});

	it('match: choices and items shuffled, items without their answer', () => {
		const shown = view(match);
		if (shown.type !== 'match' || match.type !== 'match') throw new Error('type');
		expect(ids(shown.items).sort()).toEqual(ids(match.items).sort());
		expect(ids(shown.items)).not.toEqual(ids(match.items));
		expect(ids(shown.choices)).not.toEqual(ids(match.choices));
		expect(Object.keys(shown.items[0]!).sort()).toEqual(['id', 'text']);
	});

	it('mark: the paragraph as words with the exact characters between them', () => {
		const shown = view(mark);
		if (shown.type !== 'mark') throw new Error('type');
		expect(shown.paragraph).toBe(2);
		expect(shown.words.map((w) => w.gapBefore + w.text).join('') + shown.tail).toBe(paragraphs[1]);
		expect(shown.words.map((w) => w.index)).toEqual(shown.words.map((_, i) => i));
		expect(shown.words.slice(2, 5)).toEqual([
			{ index: 2, text: 'parole', gapBefore: '-' },
			{ index: 3, text: 'd’', gapBefore: ' ' },
			{ index: 4, text: 'Artsakh', gapBefore: '' }
		]);
		expect(shown.words.find((w) => w.text === 'relativement')?.gapBefore).toBe(' « ');
		expect(shown.tail).toBe('.');
	});

	it('gap: the sentence split at the gap; choices shuffled in choose mode only', () => {
		expect(view(gap)).toEqual({
			id: gap.id,
			type: 'gap',
			skill: 'reporting-verb',
			prompt: gap.prompt,
			before: 'Le porte-parole ',
			after: ' que la ligne est sûre.',
			mode: 'type'
		});
		const shown = view(gapChoose);
		if (shown.type !== 'gap' || gapChoose.type !== 'gap') throw new Error('type');
		expect(shown.mode).toBe('choose');
		expect([...(shown.choices ?? [])].sort()).toEqual([...(gapChoose.choices ?? [])].sort());
		expect(shown.choices).not.toEqual(gapChoose.choices);
	});

	it('short: the prompt only', () => {
		expect(view(short)).toEqual({
			id: short.id,
			type: 'short',
			skill: 'vocabulary',
			prompt: short.prompt
		});
	});

	it('order: items never in the right order, for any learner', () => {
		for (let seed = 0; seed < 200; seed++) {
			const shown: QuestionView = view(order, `learner-${seed}`);
			if (shown.type !== 'order' || order.type !== 'order') throw new Error('type');
			expect(ids(shown.items)).not.toEqual(ids(order.items));
		}
	});

	it('throws for a mark question whose paragraph does not exist', () => {
		expect(() =>
			questionView({ ...mark, paragraph: 7 } as Question, { seed: 'x', paragraphs })
		).toThrow(/paragraph 7/);
	});
});
