// Scores drafted annotations against a reference reading, with the rules of the shared
// score-draft.py (a drafted span matches a reference one when they overlap in the same
// paragraph; a quotation must cover half of their union; a drafted span may not be much longer
// than the reference), so the figures compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { resolveAnchor } from '../../../src/lib/lesson/anchor';
import type { Annotation, Speaker } from '../../../src/lib/lesson/annotation-schema';
import type { TextAnchor } from '../../../src/lib/lesson/schema';

export interface Place {
	paragraph: number;
	start: number;
	end: number;
}

export interface ReferenceItem extends Place {
	optional?: boolean;
}

export interface Reference {
	name: string;
	paragraphs: string[];
	verbs: ReferenceItem[];
	quotations: ReferenceItem[];
	textQuality: ReferenceItem[];
	unattributed: ReferenceItem[];
	/** Every sentence with the speakers accepted for it ('journalist', 'unsourced' or a name key). */
	sentences: (Place & { accepted: Set<string> })[];
	/** Reference speaker key → the words that name it (lower case). */
	speakerNames: Map<string, string[]>;
}

export type Category = 'verbs' | 'quotations' | 'textQuality' | 'unattributed';

export interface Score {
	core: number;
	found: number;
	drafted: number;
	correct: number;
	recall: number | null;
	precision: number | null;
	missed: string[];
	extra: string[];
}

function locate(paragraphs: string[], paragraph: number, quote: string): Place | undefined {
	const text = paragraphs[paragraph];
	const start = text?.indexOf(quote) ?? -1;
	return start < 0 ? undefined : { paragraph, start, end: start + quote.length };
}

interface GoldItem {
	paragraph: number;
	quote: string;
	optional?: boolean;
	alsoAt?: { paragraph: number; quote: string }[];
	source?: string;
	alsoAcceptable?: ({ source?: string } | string)[];
}

export function seedReference(root: string): Reference {
	const lesson = parse(readFileSync(resolve(root, 'lesson.yaml'), 'utf8'));
	const file = parse(readFileSync(resolve(root, 'annotations.yaml'), 'utf8')) as {
		speakers: Speaker[];
		annotations: Annotation[];
	};
	const paragraphs: string[] = lesson.paragraphs.map((p: { fr: string }) => p.fr.trim());
	const placed = (kind: Annotation['kind'], keep: (a: Annotation) => boolean = () => true) =>
		file.annotations.flatMap((a) => {
			if (a.kind !== kind || !keep(a)) return [];
			const r = resolveAnchor(paragraphs, a.anchor);
			return r.ok ? [{ ...r.range, annotation: a }] : [];
		});
	const roles = new Map(file.speakers.map((s) => [s.id, s.role]));
	const sources = placed('source');
	const speakerNames = new Map(
		file.speakers.map((s) => [
			s.id,
			[s.id, s.name.fr, s.label.fr].map((n) => n.toLocaleLowerCase('fr'))
		])
	);
	const sentences = paragraphs.flatMap((text, paragraph) =>
		sentenceRanges(text).flatMap(({ start, end }) => {
			const best = sources
				.filter((s) => s.paragraph === paragraph)
				.map((s) => ({ s, o: Math.min(s.end, end) - Math.max(s.start, start) }))
				.filter(({ o }) => o > 0)
				.sort((a, b) => b.o - a.o)[0];
			if (!best || best.s.annotation.kind !== 'source') return [];
			const id = best.s.annotation.speaker;
			const role = roles.get(id);
			return [
				{
					paragraph,
					start,
					end,
					accepted: new Set([role === 'journalist' || role === 'unsourced' ? role : id])
				}
			];
		})
	);
	return {
		name: 'karabakh-revenge (seed)',
		paragraphs,
		verbs: placed('reporting-verb'),
		quotations: placed('quotation'),
		textQuality: placed('text-quality'),
		unattributed: placed(
			'source',
			(a) => a.kind === 'source' && roles.get(a.speaker) === 'unsourced'
		),
		sentences,
		speakerNames
	};
}

import { sentences as sentenceRanges } from '../../../src/lib/lesson/sentences';

function overlap(a: Place, b: Place) {
	return a.paragraph === b.paragraph ? Math.min(a.end, b.end) - Math.max(a.start, b.start) : 0;
}

function matches(drafted: Place, gold: Place, category: Category): boolean {
	const o = overlap(drafted, gold);
	if (o <= 0) return false;
	if (category === 'quotations') {
		return o / (Math.max(drafted.end, gold.end) - Math.min(drafted.start, gold.start)) >= 0.5;
	}
	return drafted.end - drafted.start <= 4 * (gold.end - gold.start) + 12;
}

function place(paragraphs: string[], anchor: TextAnchor): Place | undefined {
	const r = resolveAnchor(paragraphs, anchor);
	return r.ok ? r.range : undefined;
}

/** Recall over the reference's core items, precision over the drafted ones (optional ones count as right). */
export function score(
	reference: Reference,
	annotations: readonly Annotation[],
	speakers: readonly Speaker[],
	category: Category
): Score {
	const roles = new Map(speakers.map((s) => [s.id, s.role]));
	const pick: Record<Category, (a: Annotation) => boolean> = {
		verbs: (a) => a.kind === 'reporting-verb',
		quotations: (a) => a.kind === 'quotation',
		textQuality: (a) => a.kind === 'text-quality',
		unattributed: (a) =>
			(a.kind === 'source' && roles.get(a.speaker) === 'unsourced') ||
			(a.kind === 'hedge' && a.marker === 'other')
	};
	const drafted = annotations
		.filter(pick[category])
		.map((a) => ({ a, at: place(reference.paragraphs, a.anchor) }));
	const gold = reference[category];
	const core = gold.filter((g) => !g.optional);
	const found = core.filter((g) => drafted.some((d) => d.at && matches(d.at, g, category)));
	const correct = drafted.filter((d) => d.at && gold.some((g) => matches(d.at!, g, category)));
	const text = (p: Place) => reference.paragraphs[p.paragraph]!.slice(p.start, p.end).slice(0, 50);
	return {
		core: core.length,
		found: found.length,
		drafted: drafted.length,
		correct: correct.length,
		recall: core.length ? found.length / core.length : null,
		precision: drafted.length ? correct.length / drafted.length : null,
		missed: core.filter((g) => !found.includes(g)).map(text),
		extra: drafted.filter((d) => !correct.includes(d)).map((d) => d.a.anchor.quote.slice(0, 50))
	};
}

/** The reference speaker a drafted one stands for, by its names (as score-draft.py maps them). */
function referenceSpeaker(reference: Reference, speaker: Speaker | undefined): string | undefined {
	if (!speaker) return undefined;
	if (speaker.role === 'journalist' || speaker.role === 'unsourced') return speaker.role;
	const names = [speaker.id, speaker.name.fr, speaker.name.en, speaker.label.fr, speaker.label.en]
		.join(' ')
		.toLocaleLowerCase('fr');
	const words = names.split(/\s+/u).filter((w) => w.length > 4);
	for (const [id, aliases] of reference.speakerNames) {
		if (aliases.some((a) => a && (names.includes(a) || words.some((w) => a.includes(w)))))
			return id;
	}
	return undefined;
}

/** Share of the reference's sentences whose drafted source is an accepted one. */
export function sourceAccuracy(
	reference: Reference,
	annotations: readonly Annotation[],
	speakers: readonly Speaker[]
): { sentences: number; correct: number; accuracy: number; wrong: string[] } {
	const sources = annotations.flatMap((a) => {
		if (a.kind !== 'source') return [];
		const at = place(reference.paragraphs, a.anchor);
		return at ? [{ a, at }] : [];
	});
	let correct = 0;
	const wrong: string[] = [];
	for (const sentence of reference.sentences) {
		const best = sources
			.map((s) => ({ s, o: overlap(s.at, sentence) }))
			.filter(({ o }) => o > 0)
			.sort((x, y) => y.o - x.o)[0];
		const got =
			best &&
			referenceSpeaker(
				reference,
				speakers.find((s) => s.id === best.s.a.speaker)
			);
		if (got && sentence.accepted.has(got)) correct++;
		else
			wrong.push(
				`${reference.paragraphs[sentence.paragraph]!.slice(sentence.start, sentence.start + 40)} → ${got}`
			);
	}
	return {
		sentences: reference.sentences.length,
		correct,
		accuracy: correct / Math.max(1, reference.sentences.length),
		wrong
	};
}
