import { agentlessPassive, isConditional } from '../clauses';
import { JOURNALIST, unsourced } from '../speakers';
import { quotationAt, rangesOf, tokens } from '../spans';
import type { Detector } from '../types';

// Facts stated with no source. A sentence in the journalist's voice is still an unattributed
// claim when it says that something was done or found without saying by whom (an agentless
// passive: "a été trouvée", "seront abordés", "ont été obtenus par des chercheurs"), or when
// it hedges with a conditional and names nobody. Reporting with no one named ("on dit", "il est
// affirmé que", "selon des sources") is already "no identifiable source" in the sentence sources.

/** Re-reads the journalist's sentences and marks those that state a fact nobody vouches for. */
export const unattributedClaims: Detector = {
	name: 'unattributed-claims',
	run(context) {
		const words = tokens(context);
		for (const { annotation, paragraph, start, end } of rangesOf(context, 'source')) {
			if (annotation.speaker !== JOURNALIST) continue;
			const text = context.paragraphs[paragraph]!;
			const inClause = words[paragraph]!.filter(
				(w) => w.start >= start && w.end <= end && !quotationAt(context, paragraph, w.start)
			);
			// A hypothesis ("si…") states no fact.
			const hypothesis = /(?:^|[\s,])(?:si|s['’]il|s['’]ils|au cas où)[\s\u00a0\u202f]/iu.test(
				text.slice(start, end)
			);
			if (hypothesis) continue;
			const passive = agentlessPassive(context.lexicon, text, inClause);
			if (passive) {
				const cue = text.slice(passive.start, passive.end);
				annotation.speaker = unsourced(context);
				annotation.explanation = {
					fr: `« ${cue} » : une forme passive sans auteur. Qui l’a fait, trouvé ou décidé ? Le texte ne le dit pas et ne cite aucune source : c’est une information qu’on ne peut pas vérifier.`,
					en: `“${cue}”: a passive with no agent. Who did, found or decided it? The text does not say and cites no source: this information cannot be checked.`
				};
				continue;
			}
			// A modal ("pourrait", "devrait") is no hedge.
			const conditional = inClause.find(
				(w) =>
					isConditional(context.lexicon, w.text) &&
					!/^(?:pourr|devr|voudr|faudr)/iu.test(w.text) &&
					!context.lexicon
						.analyse(w.text)
						.some((a) => ['pouvoir', 'devoir', 'vouloir', 'falloir'].includes(a.lemma))
			);
			if (conditional) {
				annotation.speaker = unsourced(context);
				annotation.explanation = {
					fr: `Le conditionnel « ${conditional.text} » montre que le journaliste ne garantit pas cette information, mais il ne dit pas de qui elle vient.`,
					en: `The conditional “${conditional.text}” shows that the journalist does not vouch for this information, but he does not say where it comes from.`
				};
			}
		}
	}
};
