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
type Claim = Extract<Annotation, { kind: 'claim' }>;

/**
 * A claim's `related` lists the OTHER claims that bear on it: `{ claim: b, relation: confirms }`
 * on claim a reads "b confirms a". A claim is `confirmed` only by another voice that says
 * something about the same thing; as far as a rule can tell: not the same speaker, not a voice
 * nobody can be named for, and — for a casualty figure — a figure for the same side's losses.
 */
function statusProblems(
	claim: Claim,
	index: number,
	claims: ReadonlyMap<string, Claim>,
	roles: ReadonlyMap<string, Speaker['role']>
): AnnotationProblem[] {
	const problems: AnnotationProblem[] = [];
	const related = claim.related ?? [];
	const wanted = { confirmed: 'confirms', contradicted: 'contradicts' } as const;
	for (const [status, relation] of Object.entries(wanted)) {
		const listed = related.some((r) => r.relation === relation);
		if (claim.status === status && !listed) {
			problems.push({
				path: [index, 'status'],
				message: `claim "${claim.id}" is "${status}" but names no claim that ${relation} it`,
				fix: `add under "related" the claim that ${relation} it ({ claim: <id>, relation: ${relation} }), or change the status`
			});
		}
		if (claim.status !== status && listed) {
			problems.push({
				path: [index, 'status'],
				message: `claim "${claim.id}" names a claim that ${relation} it, but its status is "${claim.status}"`,
				fix: `set "status: ${status}", or remove that relation`
			});
		}
	}
	related.forEach(({ claim: id, relation }, r) => {
		const other = claims.get(id);
		if (!other || other.id === claim.id || relation !== 'confirms') return;
		const path = [index, 'related', r, 'claim'];
		if (other.speaker === claim.speaker) {
			problems.push({
				path,
				message: `claim "${claim.id}" is confirmed by "${id}", which comes from the same speaker ("${claim.speaker}")`,
				fix: 'a side repeating itself is not a confirmation: name a claim by someone else, or set "status: unconfirmed"'
			});
		} else if (roles.get(other.speaker) === 'unsourced') {
			problems.push({
				path,
				message: `claim "${claim.id}" is confirmed by "${id}", which has no identifiable source`,
				fix: 'an unsourced claim confirms nothing: name a sourced claim, or set "status: unconfirmed"'
			});
		} else if (claim.casualties && other.casualties?.side.fr !== claim.casualties.side.fr) {
			problems.push({
				path,
				message: `claim "${claim.id}" gives a casualty figure, but "${id}" gives no figure for the losses of ${claim.casualties.side.fr}`,
				fix: 'only a figure for the same losses can confirm a figure: name such a claim, or set "status: unconfirmed"'
			});
		}
	});
	return problems;
}

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/**
 * What a schema cannot say about annotations: speakers and claims they name exist, a claim's
 * status agrees with the claims that confirm or contradict it, a source stays inside one sentence, annotations of one lens do not overlap, and — once any source is
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
	const claims = new Map(
		annotations.filter((a): a is Claim => a.kind === 'claim').map((a) => [a.id, a])
	);
	const claimIds = new Set(claims.keys());
	const roles = new Map(speakers.map((s) => [s.id, s.role]));
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
			problems.push(...statusProblems(annotation, index, claims, roles));
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
