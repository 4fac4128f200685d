import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '$lib/lesson/schema';
import { translatorFor } from '$lib/server/i18n';
import { dashboardView, type LearnerView } from '$lib/server/teacher/dashboard-view';
import { claim, gap, match, parse, short, single } from '../quiz/fixtures';
import { elise, lesson, marc, marcLatest, noe, theClass, zoe } from './class-fixtures';
import { learner, lessonWith } from './fixtures';

const fr = translatorFor('fr');
const view = dashboardView(lesson, theClass, 'fr', fr);
const learnerNamed = (pseudonym: string): LearnerView =>
	view.learners.find((l) => l.pseudonym === pseudonym)!;

describe('dashboardView: the questions', () => {
	it('numbers the questions in quiz order and words them in the teacher’s language', () => {
		expect(view.questions.map((q) => [q.number, q.id, q.type, q.skill, q.prompt])).toEqual([
			[1, single.id, 'single', 'source', 'Question qui-parle ?'],
			[2, claim.id, 'claim', 'evidence', 'Question statut-morts ?'],
			[3, match.id, 'match', 'source', 'Question qui-dit-quoi ?'],
			[4, gap.id, 'gap', 'reporting-verb', 'Question trou-verbe ?'],
			[5, short.id, 'short', 'vocabulary', 'Question reponse-courte ?']
		]);
		const english = dashboardView(lesson, theClass, 'en', translatorFor('en'));
		expect(english.questions[1]).toMatchObject({
			prompt: 'Question statut-morts?',
			label: 'The operation killed three.',
			detail: { text: 'The operation killed three.', lang: 'en' }
		});
		// The gapped sentence is the French text's, whatever the teacher's language.
		expect(english.questions[3]!.detail).toEqual({
			text: 'Le porte-parole ___ que la ligne est sûre.',
			lang: 'fr'
		});
	});

	it('labels a claim question by its statement, others by their prompt, long ones cut at a word', () => {
		expect(view.questions.map((q) => q.label)).toEqual([
			'Question qui-parle ?',
			'L’opération a fait trois morts.',
			'Question qui-dit-quoi ?',
			'Question trou-verbe ?',
			'Question reponse-courte ?'
		]);
		const long = parse({
			...single,
			id: 'longue',
			prompt: {
				fr: 'Selon cet article, qui affirme que l’opération aurait fait trois morts ?',
				en: 'Who says so?'
			}
		});
		// A very long word is cut inside rather than leave a label of one or two words.
		const longWord = parse({
			...single,
			id: 'mot-long',
			prompt: { fr: 'Pourquoi « l’opération-éclair-contre-les-positions » ?', en: 'Why?' }
		});
		const labels = dashboardView(lessonWith([long, longWord]), [], 'fr', fr).questions.map(
			(q) => q.label
		);
		expect(labels).toEqual([
			'Selon cet article, qui affirme que…',
			'Pourquoi « l’opération-éclair-contre-les-pos…'
		]);
		for (const label of labels) expect(label.length).toBeLessThanOrEqual(45);
	});

	it('sends counts, not shares: right first time and in the end, of the learners who answered', () => {
		// Zoé wrong then right, élise and Marc right at once (Marc's answers to the old version apart).
		expect(view.questions[0]!.current).toEqual({
			answered: 3,
			rightFirstTry: 2,
			rightInEnd: 3,
			answers: 4
		});
		expect(view.questions[3]!.current).toEqual({
			answered: 1,
			rightFirstTry: 0,
			rightInEnd: 1,
			answers: 2
		});
		for (const q of view.questions) {
			expect(q.current).not.toHaveProperty('firstTryShare');
			expect(q.current).not.toHaveProperty('endShare');
		}
	});

	it('counts answers to earlier versions of an edited question apart', () => {
		expect(view.questions[0]!.earlier).toEqual({
			answered: 1,
			rightFirstTry: 0,
			rightInEnd: 1,
			answers: 2,
			versions: 1
		});
		expect(view.questions.slice(1).every((q) => q.earlier === null)).toBe(true);
	});

	it('charts the wrong answers, and only where there were some', () => {
		expect(view.questions.map((q) => q.wrong.map((chart) => chart.kind))).toEqual([
			['options'],
			['statuses'],
			[],
			['typed'],
			['typed']
		]);
		expect(view.questions[1]!.wrong[0]!.bars).toEqual([
			{ label: 'Présenté comme un fait par le journaliste', learners: 1 },
			{ label: 'Contredit dans le texte', learners: 0 },
			{ label: 'Absent du texte', learners: 0 }
		]);
	});
});

describe('dashboardView: the learners', () => {
	it('lists every learner by pseudonym in French order, without the per-question results', () => {
		expect(view.learners.map((l) => l.pseudonym)).toEqual(['élise', 'Marc', 'Noé', 'Zoé']);
		for (const l of view.learners) expect(l).not.toHaveProperty('questionResults');
		expect(learnerNamed('Zoé')).toMatchObject({
			learnerId: 'l-zoe',
			lastParagraph: 3,
			paragraphs: 3,
			answered: 3,
			questions: 5,
			rightFirstTry: 0,
			rightInEnd: 2,
			termsLookedUp: 2
		});
	});

	it('lists the questions always answered right, and every try at the others', () => {
		const z = learnerNamed('Zoé');
		expect(z.alwaysRight).toEqual([]);
		expect(z.tried).toEqual([
			// A right option is just "right": the page need not spell out the key.
			{
				question: 0,
				tries: [
					{ correct: false, text: 'Le journaliste' },
					{ correct: true, text: null }
				]
			},
			{
				question: 1,
				tries: [{ correct: false, text: 'Présenté comme un fait par le journaliste' }]
			},
			// A right typed answer is shown: it can be worded in more than one way.
			{
				question: 3,
				tries: [
					{ correct: false, text: 'affirme' },
					{ correct: true, text: 'prétend' }
				]
			}
		]);
		const e = learnerNamed('élise');
		expect(e.alwaysRight).toEqual([0, 1, 2]);
		expect(e.tried).toEqual([
			{
				question: 4,
				tries: [
					{ correct: false, text: 'le journaliste' },
					{ correct: true, text: 'le porte-parole' }
				]
			}
		]);
	});

	it('shows answers to an earlier version as such, never as "always right"', () => {
		const m = learnerNamed('Marc');
		expect(m.alwaysRight).toEqual([]);
		expect(m.tried).toEqual([
			{
				question: 0,
				tries: [
					{ correct: false, text: '[ancienne-option]', earlier: true },
					{ correct: true, text: null, earlier: true },
					{ correct: true, text: null }
				]
			}
		]);
	});

	it('says when each learner last answered a question still in the quiz', () => {
		const lastOf = (who: typeof zoe) => who.lessons.at(-1)!.answers.at(-1)!.at;
		expect(learnerNamed('Zoé').lastAnswerAt).toBe(lastOf(zoe));
		expect(learnerNamed('élise').lastAnswerAt).toBe(lastOf(elise));
		// His answer to a removed question came later, but there is nothing to show for it.
		expect(learnerNamed('Marc').lastAnswerAt).toBe(marcLatest.at);
		expect(lastOf(marc) > marcLatest.at).toBe(true);
	});

	it('shows a learner who never opened the lesson, with nothing done', () => {
		expect(learnerNamed('Noé')).toEqual({
			learnerId: 'l-noe',
			pseudonym: 'Noé',
			lastParagraph: null,
			furthestParagraph: null,
			readToEnd: false,
			paragraphs: 3,
			answered: 0,
			questions: 5,
			rightFirstTry: 0,
			rightInEnd: 0,
			skills: [
				{ skill: 'source', right: 0, total: 2 },
				{ skill: 'reporting-verb', right: 0, total: 1 },
				{ skill: 'evidence', right: 0, total: 1 },
				{ skill: 'vocabulary', right: 0, total: 1 }
			],
			termsLookedUp: 0,
			lastAnswerAt: null,
			alwaysRight: [],
			tried: []
		});
		expect(dashboardView(lesson, [noe], 'fr', fr).learners).toHaveLength(1);
	});
});

describe('dashboardView: the class as a whole', () => {
	it('sums each skill over the class', () => {
		expect(view.skills.find((s) => s.skill === 'source')).toEqual({
			skill: 'source',
			questions: 2,
			// 4 learners × 2 questions
			possible: 8,
			// single: Zoé, élise, Marc; match: élise
			answered: 4,
			rightFirstTry: 3,
			rightInEnd: 4
		});
	});

	it('counts answers to removed questions apart', () => {
		expect(view.answersToRemovedQuestions).toBe(1);
	});

	it('lists the 15 most looked-up terms and says how many more there are', () => {
		expect(view.terms).toEqual([
			{ termId: 'bakou', lemma: 'Bakou', learners: 2 },
			{ termId: 'pretendre', lemma: 'prétendre', learners: 1 }
		]);
		expect(view.moreTerms).toBe(0);

		const words = Array.from({ length: 17 }, (_, i) => `mot${String(i + 1).padStart(2, '0')}`);
		const glossary: GlossaryTerm[] = words.map((lemma) => ({
			id: lemma,
			lemma,
			forms: [lemma],
			pos: 'noun',
			en: lemma,
			definition: `Définition de ${lemma}.`
		}));
		const wordy = { ...lessonWith([single]), glossary };
		// Ana looked up every word, Bo the last two: those two come first.
		const ana = learner('l-ana', 'Ana', { termsLookedUp: words });
		const bo = learner('l-bo', 'Bo', { termsLookedUp: words.slice(-2) });
		const many = dashboardView(wordy, [ana, bo], 'fr', fr);
		expect(many.terms).toHaveLength(15);
		expect(many.terms.slice(0, 3)).toEqual([
			{ termId: 'mot16', lemma: 'mot16', learners: 2 },
			{ termId: 'mot17', lemma: 'mot17', learners: 2 },
			{ termId: 'mot01', lemma: 'mot01', learners: 1 }
		]);
		expect(many.moreTerms).toBe(2);
	});

	it('is an empty view for a class with no learner', () => {
		const empty = dashboardView(lesson, [], 'fr', fr);
		expect(empty.learners).toEqual([]);
		expect(empty.terms).toEqual([]);
		expect(empty.moreTerms).toBe(0);
		expect(empty.questions).toHaveLength(5);
		expect(
			empty.questions.every(
				(q) => q.current.answered === 0 && q.wrong.length === 0 && q.earlier === null
			)
		).toBe(true);
	});
});
