import { describe, expect, it } from 'vitest';
import { resolveAnchor, type TextRange } from '$lib/lesson/anchor';
import { wordTokens } from '$lib/lesson/french';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { grade } from '$lib/quiz/grade';
import { readLessonFolder } from '$lib/server/lesson-files';

const result = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
const lesson = result.lesson as Lesson;
const texts = (lesson?.paragraphs ?? []).map((p) => p.fr);
const quoted = (range: TextRange) => texts[range.paragraph]!.slice(range.start, range.end);

const TYPES = ['single', 'multiple', 'claim', 'match', 'mark', 'gap', 'short', 'order'] as const;
const SKILLS = [
	'source',
	'reporting-verb',
	'hedge',
	'quotation',
	'evidence',
	'text-quality',
	'vocabulary',
	'comprehension'
] as const;

/** Every span of the text a question points at: its evidence, and its mark targets. */
function spansOf(question: Lesson['questions'][number]): string[] {
	const spans = question.evidenceRanges.map(quoted);
	if (question.type === 'mark') {
		for (const target of question.targets) {
			const found = resolveAnchor(texts, { ...target.anchor, paragraph: question.paragraph });
			if (found.ok) spans.push(quoted(found.range));
		}
	}
	return spans;
}

describe('the quiz of the seed lesson karabakh-revenge', () => {
	it('is valid', () => {
		expect(result.problems).toEqual([]);
		expect(lesson).not.toBeNull();
	});

	it('has at least 24 questions, with unique ids', () => {
		expect(lesson.questions.length).toBeGreaterThanOrEqual(24);
		const ids = lesson.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('uses every question type and every skill', () => {
		const types = new Set(lesson.questions.map((q) => q.type));
		const skills = new Set(lesson.questions.map((q) => q.skill));
		for (const type of TYPES) expect(types, type).toContain(type);
		for (const skill of SKILLS) expect(skills, skill).toContain(skill);
	});

	it('uses the main types and every skill at least twice, gaps in both modes', () => {
		const count = (pick: (q: Lesson['questions'][number]) => boolean) =>
			lesson.questions.filter(pick).length;
		for (const type of ['single', 'multiple', 'claim', 'mark', 'gap'] as const) {
			expect(
				count((q) => q.type === type),
				type
			).toBeGreaterThanOrEqual(2);
		}
		for (const skill of SKILLS) {
			expect(
				count((q) => q.skill === skill),
				skill
			).toBeGreaterThanOrEqual(2);
		}
		const modes = new Set(lesson.questions.flatMap((q) => (q.type === 'gap' ? [q.mode] : [])));
		expect([...modes].sort()).toEqual(['choose', 'type']);
	});

	it('points at every marker the brief names: reporting verbs, hedges, no source', () => {
		const spans = lesson.questions.flatMap(spansOf);
		for (const marker of [
			'a affirmé',
			'prétend',
			'il est affirmé que',
			'On dit',
			'auraient cherché',
			'auraient été la cible',
			'ce qui serait',
			'aurait été'
		]) {
			expect(
				spans.some((span) => span.includes(marker)),
				marker
			).toBe(true);
		}
	});

	it('points at every English word left in the text by machine translation', () => {
		const spans = lesson.questions.flatMap(spansOf);
		for (const word of [
			'fight',
			'Photographs',
			'scenario',
			'lengthy',
			'secure',
			'proceed',
			'supply',
			'hazard'
		]) {
			expect(
				spans.some((span) => span.includes(word)),
				word
			).toBe(true);
		}
	});

	it('teaches that a conditional in reported speech is not a hedge', () => {
		const spans = lesson.questions.filter((q) => q.skill === 'hedge').flatMap(spansOf);
		expect(spans.some((span) => span.includes('seraient “encore plus dévastatrices”'))).toBe(true);
	});

	it('keys every casualty figure as the claim of whoever gives it, never as established', () => {
		const claims = lesson.questions.filter((q) => q.type === 'claim');
		for (const figure of ['“dizaines”', 'deux de ses militaires']) {
			const about = claims.filter((q) => spansOf(q).some((span) => span.includes(figure)));
			const statuses = about.map((q) => (q.type === 'claim' ? q.status : null));
			expect(statuses, figure).toContain('claimed');
			expect(statuses, figure).not.toContain('established');
		}
	});

	it('asks apart what the journalist states (the soldier’s death) and what the ministry claims (who fired)', () => {
		const status = (id: string) => {
			const q = lesson.questions.find((q) => q.id === id);
			return q?.type === 'claim' ? [q.status, q.statement.fr] : null;
		};
		expect(status('soldier-killed')).toEqual(['established', expect.not.stringMatching(/par des/)]);
		expect(status('soldier-blame')).toEqual([
			'claimed',
			expect.stringMatching(/forces irrégulières/)
		]);
	});

	it('keys the agentless sentence ("il est affirmé que") as "the text does not say" everywhere', () => {
		const q = (id: string) => lesson.questions.find((q) => q.id === id)!;
		const asked = q('il-est-affirme');
		expect(asked.type === 'single' && asked.options.find((o) => o.correct)?.id).toBe('not-said');
		const whose = q('whose-words');
		expect(whose.type === 'match' && whose.items.find((i) => i.id === 'militants')?.answer).toBe(
			'not-said'
		);
		// No question about that sentence has a right option naming Baku as its speaker.
		for (const question of lesson.questions) {
			if (question.type !== 'single' && question.type !== 'multiple') continue;
			if (!spansOf(question).some((span) => span.includes('il est affirmé'))) continue;
			for (const option of question.options.filter((o) => o.correct)) {
				expect(option.text.fr, question.id).not.toMatch(/Bakou|ministère/);
			}
		}
	});

	it('counts "Bakou a identifié" as one of the verbs that say whom the information comes from', () => {
		const q = lesson.questions.find((q) => q.id === 'mark-distance-p3');
		expect(q?.type === 'mark' && q.targets.map((t) => t.anchor.quote)).toContain('a identifié');
	});

	it('does not turn the order of events ("après que") into a cause', () => {
		const q = lesson.questions.find((q) => q.id === 'text-order');
		const words = JSON.stringify(q);
		expect(words).not.toMatch(/pourquoi l’opération|la cause|the cause|why the operation/);
	});

	it('has no right option that gives itself away by its length (what lessons:check warns about)', () => {
		expect(result.warnings).toEqual([]);
	});

	it('gives French and English feedback for every question', () => {
		for (const q of lesson.questions) {
			expect(q.feedback.fr.trim(), q.id).not.toBe('');
			expect(q.feedback.en.trim(), q.id).not.toBe('');
			expect(q.prompt.fr.trim(), q.id).not.toBe('');
			expect(q.prompt.en.trim(), q.id).not.toBe('');
		}
	});

	it('has keys the grader can use', () => {
		for (const q of lesson.questions) {
			if (q.type === 'single') {
				expect(q.options.filter((o) => o.correct).length, q.id).toBe(1);
			}
			if (q.type === 'multiple') {
				expect(q.options.filter((o) => o.correct).length, q.id).toBeGreaterThanOrEqual(1);
			}
			if (q.type === 'single' || q.type === 'multiple') {
				const ids = q.options.map((o) => o.id);
				expect(new Set(ids).size, q.id).toBe(ids.length);
			}
			if (q.type === 'match') {
				const choices = new Set(q.choices.map((c) => c.id));
				for (const item of q.items) expect(choices, `${q.id}/${item.id}`).toContain(item.answer);
			}
			if (q.type === 'gap' && q.mode === 'choose') {
				expect(q.choices ?? [], q.id).toEqual(expect.arrayContaining([q.answers[0]]));
			}
		}
	});

	it('has mark targets found once in their paragraph, with words of the span', () => {
		for (const q of lesson.questions) {
			if (q.type !== 'mark') continue;
			for (const target of q.targets) {
				const found = resolveAnchor(texts, { ...target.anchor, paragraph: q.paragraph });
				expect(found.ok, `${q.id}: ${target.anchor.quote}`).toBe(true);
				if (!found.ok) continue;
				const words = wordTokens(quoted(found.range)).map((w) => w.text);
				for (const word of target.words ?? []) {
					expect(words, `${q.id}: ${target.anchor.quote}`).toContain(word);
				}
			}
		}
	});

	it('has no id that gives its answer away', () => {
		expect(result.warnings).toEqual([]);
		const ids = lesson.questions.map((q) => q.id);
		for (const id of ['fight-combat', 'secure-sure', 'supply-source'])
			expect(ids).not.toContain(id);
		for (const id of ['fight-in-french', 'secure-in-french', 'supply-in-french']) {
			expect(ids).toContain(id);
		}
	});

	it('accepts the answers a learner would call right, and still refuses wrong spellings', () => {
		const answer = (id: string, text: string) => {
			const question = lesson.questions.find((q) => q.id === id)!;
			const type = question.type === 'gap' ? 'gap' : 'short';
			return grade(question, { type, text }, texts);
		};
		for (const text of [
			'6pm',
			'6 p.m.',
			'6 P.M. local time',
			'18h00',
			'18 h',
			'18 heures heure locale',
			'18:00',
			'dix-huit heures',
			'six heures du soir'
		]) {
			expect(answer('secure-time', text).correct, text).toBe(true);
		}
		const morning = answer('secure-time', '6h00');
		expect(morning.correct).toBe(false);
		// The anticipated "6 heures" (the morning) is recognised however it is written.
		expect(morning.feedback).toHaveLength(1);
		for (const text of ['sûre', 'sécurisée', 'calme']) {
			expect(answer('secure-in-french', text).correct, text).toBe(true);
		}
		// Spelling is the point of this question: the missing circumflex stays wrong.
		expect(answer('secure-in-french', 'sure').correct).toBe(false);
		expect(answer('fight-in-french', 'combat').correct).toBe(true);
	});
});
