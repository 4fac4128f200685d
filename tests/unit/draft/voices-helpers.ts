import { makeContext } from '../../../src/lib/draft/context';
import { figures } from '../../../src/lib/draft/detectors/figures';
import { quotationsDetector } from '../../../src/lib/draft/detectors/quotations';
import { reportingVerbs } from '../../../src/lib/draft/detectors/reporting-verbs';
import { sentenceSources } from '../../../src/lib/draft/detectors/sentence-sources';
import { textDefects } from '../../../src/lib/draft/detectors/text-defects';
import { unattributedClaims } from '../../../src/lib/draft/detectors/unattributed-claims';
import type { DraftContext } from '../../../src/lib/draft/types';
import type { Annotation } from '../../../src/lib/lesson/annotation-schema';
import { resolveAnchor } from '../../../src/lib/lesson/anchor';
import { fixtureLexicon } from './voices-lexicon';

const chain = [
	reportingVerbs,
	quotationsDetector,
	sentenceSources,
	unattributedClaims,
	figures,
	textDefects
];

/** Drafts the voices and facts of a text given as paragraphs. */
export function draft(...paragraphs: string[]): DraftContext {
	const context = makeContext(paragraphs, fixtureLexicon, 'B1');
	for (const detector of chain) detector.run(context);
	return context;
}

type Of<K extends Annotation['kind']> = Extract<Annotation, { kind: K }>;

/** The annotations of a kind, each with the words its anchor points at. */
export function found<K extends Annotation['kind']>(
	context: DraftContext,
	kind: K
): (Of<K> & { text: string })[] {
	return context.annotations
		.filter((a): a is Of<K> => a.kind === kind)
		.map((a) => {
			const r = resolveAnchor(context.paragraphs, a.anchor);
			if (!r.ok) throw new Error(`anchor does not resolve: ${r.problem}`);
			return {
				...a,
				text: context.paragraphs[r.range.paragraph]!.slice(r.range.start, r.range.end)
			};
		});
}

/** The label of the speaker an annotation names. */
export function speakerName(context: DraftContext, id: string | undefined): string | undefined {
	return context.speakers.find((s) => s.id === id)?.name.fr;
}
