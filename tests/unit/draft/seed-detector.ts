import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Annotation, Speaker } from '../../../src/lib/lesson/annotation-schema';
import type { Detector } from '../../../src/lib/draft/types';

// The seed lesson's hand-made reading, replayed as if a detector had found it: realistic
// annotations of every kind, to assemble a draft from without the real detectors.

const read = (name: string) =>
	parse(readFileSync(`questions/karabakh-revenge/${name}.yaml`, 'utf8')) as unknown;

/** The seed article, one paragraph per line, as a teacher would paste it. */
export const seedText = (): string =>
	(read('lesson') as { paragraphs: { fr: string }[] }).paragraphs.map((p) => p.fr).join('\n');

/** A detector that proposes the seed's speakers and annotations (all but those in `leaveOut`). */
export function seedDetector(keep: (a: Annotation) => boolean = () => true): Detector {
	const file = read('annotations') as { speakers: Speaker[]; annotations: Annotation[] };
	return {
		name: 'seed',
		run(context) {
			context.speakers.push(...file.speakers);
			context.annotations.push(...file.annotations.filter(keep));
		}
	};
}
