import type { TextRange } from './anchor';
import { LENSES, lensOf, type Annotation, type Speaker } from './annotation-schema';
import { sentences } from './french';
import type { Path } from './yaml-source';

/** A rule the annotations break, where in annotations.yaml, and how to fix it. */
export interface AnnotationProblem {
	path: Path;
	message: string;
	fix: string;
}

type Anchored = { annotation: Annotation; index: number; range: TextRange };

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/**
 * What a schema cannot say about annotations: speakers and claims they name exist, a source
 * stays inside one sentence, annotations of one lens do not overlap, and — once any source is
 * given — every sentence of the text has one.
 */
export function annotationProblems(
	paragraphs: readonly string[],
	speakers: readonly Speaker[],
	annotations: readonly Annotation[],
	ranges: ReadonlyMap<number, TextRange>
): AnnotationProblem[] {
	const problems: AnnotationProblem[] = [];
	const speakerIds = new Set(speakers.map((s) => s.id));
	const claimIds = new Set(annotations.filter((a) => a.kind === 'claim').map((a) => a.id));
	const known = [...speakerIds].join(', ') || 'none yet';

	annotations.forEach((annotation, index) => {
		const speaker = 'speaker' in annotation ? annotation.speaker : undefined;
		if (speaker !== undefined && !speakerIds.has(speaker)) {
			problems.push({
				path: [index, 'speaker'],
				message: `annotation "${annotation.id}" names the speaker "${speaker}", which is not under "speakers"`,
				fix: `use one of: ${known}; or add "${speaker}" to "speakers"`
			});
		}
		if (annotation.kind === 'claim') {
			annotation.related?.forEach(({ claim }, r) => {
				if (claimIds.has(claim) && claim !== annotation.id) return;
				problems.push({
					path: [index, 'related', r, 'claim'],
					message:
						claim === annotation.id
							? `claim "${claim}" is related to itself`
							: `annotation "${annotation.id}" relates to "${claim}", which is not a claim of this file`,
					fix: 'name the id of another annotation of kind "claim"'
				});
			});
		}
	});

	const anchored: Anchored[] = [];
	annotations.forEach((annotation, index) => {
		const range = ranges.get(index);
		if (range) anchored.push({ annotation, index, range });
	});

	const cut = paragraphs.map((text) => sentences(text));
	for (const { annotation, index, range } of anchored) {
		if (annotation.kind !== 'source') continue;
		const crossed = cut[range.paragraph]!.find((s) => range.start < s.end && s.end < range.end);
		if (crossed) {
			problems.push({
				path: [index, 'anchor', 'quote'],
				message: `source "${annotation.id}" runs over the end of a sentence ("…${excerpt(paragraphs[range.paragraph]!.slice(crossed.start, crossed.end).slice(-30))}")`,
				fix: 'split it into one source annotation per sentence'
			});
		}
	}

	for (const lens of Object.keys(LENSES)) {
		const inLens = anchored
			.filter(({ annotation }) => lensOf(annotation.kind) === lens)
			.sort((a, b) => a.range.paragraph - b.range.paragraph || a.range.start - b.range.start);
		for (let i = 1; i < inLens.length; i++) {
			const [before, after] = [inLens[i - 1]!, inLens[i]!];
			if (before.range.paragraph !== after.range.paragraph) continue;
			if (after.range.start >= before.range.end) continue;
			problems.push({
				path: [after.index, 'anchor', 'quote'],
				message: `annotation "${after.annotation.id}" overlaps "${before.annotation.id}"; both show in the ${lens} lens`,
				fix: 'shorten one quote so that they do not share words'
			});
		}
	}

	const sources = anchored.filter(({ annotation }) => annotation.kind === 'source');
	if (sources.length > 0) {
		cut.forEach((list, p) => {
			list.forEach((sentence, s) => {
				const covered = sources.some(
					({ range }) =>
						range.paragraph === p && range.start < sentence.end && sentence.start < range.end
				);
				if (covered) return;
				problems.push({
					path: [],
					message: `sentence ${s + 1} of paragraph ${p + 1} has no source ("${excerpt(paragraphs[p]!.slice(sentence.start, sentence.end))}")`,
					fix: 'add a source annotation quoting it (speaker "journalist" or an "unsourced" speaker if nobody is named)'
				});
			});
		});
	}
	return problems;
}
