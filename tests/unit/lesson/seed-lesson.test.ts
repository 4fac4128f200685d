import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/lesson/french';
import { claimsMap } from '$lib/lesson/lenses';
import { buildLesson, type Lesson } from '$lib/lesson/load';
import { readerView } from '$lib/lesson/reader';
import { readLessonFolder } from '$lib/server/lesson-files';

const result = buildLesson(readLessonFolder('questions', 'karabakh-revenge'));
const lesson = result.lesson as Lesson;
const seed = readFileSync('tests/fixtures/seed-article-fr.txt', 'utf8').split('\n');

describe('the seed lesson karabakh-revenge', () => {
	it('is valid', () => {
		expect(result.problems).toEqual([]);
		expect(lesson).not.toBeNull();
	});

	it('holds the 8 paragraphs of the article verbatim, the 5th as a photo caption', () => {
		expect(lesson.paragraphs.map((p) => p.fr)).toEqual(seed);
		expect(lesson.paragraphs.map((p) => p.kind)).toEqual([
			'text',
			'text',
			'text',
			'text',
			'caption',
			'text',
			'text',
			'text'
		]);
	});

	it('keeps the machine-translation slips that the lesson is about', () => {
		const text = seed.join('\n');
		for (const slip of [
			'positions de fight',
			'relativement secure',
			'supply de hazard',
			'Yuktari',
			'2020. guerre'
		]) {
			expect(text).toContain(slip);
		}
	});

	it('is honest about its provenance: no outlet, author or date is invented', () => {
		expect(lesson.source).toMatchObject({ outlet: null, author: null, date: null });
		expect(lesson.source.note?.fr).toMatch(/ni le nom du journal, ni l’auteur, ni la date/);
	});

	it('does not overstate its balance or its level, and gives the premise of its date', () => {
		expect(lesson.title.fr).not.toMatch(/deux camps/);
		expect(lesson.level).toBe('B2');
		expect(lesson.source.note?.fr).toMatch(/la Pologne a présidé l’OSCE en 2022 : si le texte/);
	});

	it('says that the English translation repairs the French silently and leaves out "proceed"', () => {
		expect(lesson.source.note?.fr).toMatch(/corrige sans le signaler[^.]*« proceed »/);
		expect(lesson.source.note?.en).toMatch(/silently corrects[^.]*“proceed”/);
		expect(lesson.paragraphs[6]!.en).not.toMatch(/proceed/);
	});

	it('glosses "demeure" and "ciblant", labels "militants" a false friend, and notes both sides’ self-chosen names', () => {
		const term = (lemma: string) => lesson.glossary.find((t) => t.lemma === lemma);
		expect(term('demeurer')?.forms).toEqual(['demeure']);
		expect(term('cibler')?.forms).toEqual(['ciblant']);
		expect(term('militant')?.note?.fr).toMatch(/^Faux ami/);
		expect(term('Armée de défense d’Artsakh')?.note?.fr).toMatch(/nom que ce camp se donne/);
		expect(term('il est affirmé que')?.definition).not.toMatch(/sujet réel/);
	});

	it('has a translation for every paragraph and a reading time', () => {
		for (const p of lesson.paragraphs) expect(p.en?.length).toBeGreaterThan(40);
		expect(lesson.readingMinutes).toBeGreaterThanOrEqual(3);
		expect(lesson.readingMinutes).toBeLessThanOrEqual(8);
	});

	it('has a glossary of at least 45 complete entries, each found in the text', () => {
		expect(lesson.glossary.length).toBeGreaterThanOrEqual(45);
		for (const term of lesson.glossary) {
			expect(term.definition, term.id).not.toBe('');
			if (term.pos === 'noun') expect(term.gender, term.id).toMatch(/^[mf]$/);
		}
		const found = new Set(lesson.paragraphs.flatMap((p) => p.terms.map((t) => t.termId)));
		expect(lesson.glossary.filter((t) => !found.has(t.id)).map((t) => t.id)).toEqual([]);
	});

	it('glosses the names and multi-word terms as they appear, longest first', () => {
		const marked = (n: number) =>
			lesson.paragraphs[n - 1]!.terms.map((t) =>
				lesson.paragraphs[n - 1]!.fr.slice(t.start, t.end)
			);
		expect(marked(1)).toContain('Haut-Karabakh');
		expect(marked(2)).toContain('Karabakh');
		expect(marked(3)).toContain('Artsakh');
		expect(marked(7)).toContain('cessez-le-feu');
		expect(marked(6)).toContain('ligne de contact');
		expect(marked(8)).toContain('Organisation pour la sécurité et la coopération en Europe');
	});

	it('does not gloss the English words left by machine translation, nor give hedges away', () => {
		const forms = lesson.glossary.flatMap((t) => t.forms.map((f) => f.toLowerCase()));
		for (const word of [
			'fight',
			'secure',
			'scenario',
			'lengthy',
			'proceed',
			'supply',
			'hazard',
			'photographs',
			'revenge'
		]) {
			expect(
				forms.some((f) => f.split(/\s+/).includes(word)),
				word
			).toBe(false);
		}
		for (const hedge of ['auraient été', 'aurait été', 'ce qui serait']) {
			expect(forms, hedge).not.toContain(hedge);
		}
	});

	it('gives the reader nothing of the quiz, and no annotation without a lens', () => {
		const view = readerView(lesson);
		expect(Object.keys(view).sort()).toEqual(
			['glossary', 'id', 'lens', 'level', 'paragraphs', 'readingMinutes', 'source', 'title'].sort()
		);
		expect(view.lens).toBeNull();
		expect(view.paragraphs.every((p) => p.runs.every((r) => r.note === null))).toBe(true);
		const rebuilt = view.paragraphs.map((p) =>
			p.runs.flatMap((r) => r.segments.map((s) => s.text)).join('')
		);
		expect(rebuilt).toEqual(seed);
	});
});

describe('the seed lesson’s annotations', () => {
	it('give every sentence of the text a source, and no source runs over a sentence', () => {
		const sources = lesson.annotations.filter((a) => a.kind === 'source');
		lesson.paragraphs.forEach((p, i) => {
			for (const sentence of sentences(p.fr)) {
				const inside = sources.filter(
					(s) =>
						s.range.paragraph === i && s.range.start < sentence.end && sentence.start < s.range.end
				);
				expect(
					inside.length,
					`${p.number}: ${p.fr.slice(sentence.start, sentence.end)}`
				).toBeGreaterThan(0);
				for (const s of inside) {
					if (s.range.start < sentence.start) expect.fail(`${s.id} starts before its sentence`);
					if (s.range.end > sentence.end) expect.fail(`${s.id} runs past its sentence`);
				}
			}
		});
	});

	it('anchor every annotation on the words it quotes', () => {
		expect(lesson.annotations.length).toBeGreaterThan(50);
		for (const a of lesson.annotations) {
			expect(lesson.paragraphs[a.range.paragraph]!.fr.slice(a.range.start, a.range.end)).toBe(
				a.anchor.quote
			);
		}
	});

	it('cover every lens, give both sides’ casualty figures, and every quoted span', () => {
		const kinds = new Set(lesson.annotations.map((a) => a.kind));
		expect([...kinds].sort()).toEqual(
			[
				'claim',
				'conditional',
				'hedge',
				'quotation',
				'reporting-verb',
				'source',
				'text-quality'
			].sort()
		);
		const figures = lesson.annotations.flatMap((a) =>
			a.kind === 'claim' && a.casualties ? [a.speaker] : []
		);
		expect(new Set(figures)).toEqual(new Set(['baku', 'artsakh']));
		const quoted = lesson.paragraphs.flatMap((p) => p.fr.match(/[“«][^”»]+[”»]/g) ?? []);
		const annotated = lesson.annotations.filter((a) => a.kind === 'quotation');
		for (const span of quoted) {
			expect(
				annotated.some((a) => a.anchor.quote.includes(span)),
				span
			).toBe(true);
		}
	});
});

describe('the seed lesson’s claims map', () => {
	const claims = lesson.annotations.filter((a) => a.kind === 'claim');
	const byId = new Map(claims.map((c) => [c.id, c]));

	it('confirms no casualty figure: every side’s toll stays unconfirmed', () => {
		for (const c of claims.filter((c) => c.casualties)) expect(c.status, c.id).toBe('unconfirmed');
	});

	it('has Poland confirm nobody: its claim is the one confirmed, by each side’s own losses', () => {
		const poland = claims.find((c) => c.speaker === 'poland')!;
		expect(poland.casualties).toBeUndefined();
		expect(poland.status).toBe('confirmed');
		const confirmers = (poland.related ?? []).map((r) => byId.get(r.claim)!.speaker);
		expect(new Set(confirmers)).toEqual(new Set(['baku', 'artsakh']));
		// No claim anywhere lists Poland's as confirming it.
		for (const c of claims) {
			expect(
				(c.related ?? []).map((r) => r.claim),
				c.id
			).not.toContain(poland.id);
		}
	});

	it('says on Poland’s row who confirms it, and with what', () => {
		const row = claimsMap(lesson, 'fr').claims.find((r) => r.speaker.label === 'OSCE')!;
		expect(row.related.map((r) => `${r.speaker} : ${r.claim}`)).toEqual([
			expect.stringMatching(/^Bakou : Un soldat azerbaïdjanais/),
			expect.stringMatching(/^Artsakh : Deux militaires/)
		]);
	});
});
