import { isConditional } from '../clauses';
import { modifierReports } from '../reporting';
import { journalist, mention, unsourced, type Mention } from '../speakers';
import { anchorFor, quotationAt, rangesOf, tokens, uniqueId } from '../spans';
import type { Bilingual, DraftContext, Detector } from '../types';

// Who speaks in each sentence (in each clause, where a semicolon joins two voices): the speaker
// of its reporting verb, the author of the quotation it mostly is, the speaker of the sentence
// before when a conditional carries the reported speech on, else the journalist. Agentless
// reporting ("on dit", "il est affirmé que") gives no identifiable source.

interface Clause {
	paragraph: number;
	start: number;
	end: number;
}

export type SourceHow = 'explicit' | 'agentless' | 'quotation' | 'carried' | 'journalist';

/** The clauses of the text: sentences, cut after a semicolon outside quotation marks. */
export function clauses(context: DraftContext): Clause[] {
	const found: Clause[] = [];
	for (const sentence of context.sentences) {
		const text = context.paragraphs[sentence.paragraph]!;
		let start = sentence.start;
		for (let at = sentence.start; at < sentence.end; at++) {
			if (text[at] !== ';' || quotationAt(context, sentence.paragraph, at)) continue;
			let next = at + 1;
			while (next < sentence.end && /[\s\u00a0\u202f]/u.test(text[next]!)) next++;
			if (next >= sentence.end) break;
			found.push({ paragraph: sentence.paragraph, start, end: at + 1 });
			start = next;
		}
		found.push({ paragraph: sentence.paragraph, start, end: sentence.end });
	}
	return found;
}

function explain(how: SourceHow, who: Mention, cue: string | undefined): Bilingual {
	const said = cue ? `« ${cue} »` : '';
	const saidEn = cue ? `“${cue}”` : '';
	switch (how) {
		case 'explicit':
			return {
				fr: `${said} : cette phrase rapporte ce que dit ${who.fr}. Le journaliste ne dit pas qu’il l’a vérifié.`,
				en: `${saidEn}: this sentence reports what ${who.en} says. The journalist does not say he checked it.`
			};
		case 'agentless':
			return {
				fr: `${said} : personne n’est nommé. On ne sait pas qui donne cette information, ni comment la vérifier.`,
				en: `${saidEn}: nobody is named. You cannot tell who gives this information, or how to check it.`
			};
		case 'quotation':
			return {
				fr: `Cette phrase est entre guillemets : ce sont les paroles ${who.of}, pas celles du journaliste.`,
				en: `This sentence is in quotation marks: these are the words of ${who.en}, not the journalist’s.`
			};
		case 'carried':
			return {
				fr: `Pas de verbe de parole ici, mais le conditionnel ${said} montre que le journaliste continue de rapporter ce que dit ${who.fr}, sans le reprendre à son compte.`,
				en: `No reporting verb here, but the conditional ${saidEn} shows that the journalist is still reporting what ${who.en} says, without vouching for it.`
			};
		default:
			return {
				fr: 'Personne n’est cité : c’est le journaliste qui parle et présente cela comme un fait.',
				en: 'Nobody is quoted: the journalist speaks and presents this as a fact.'
			};
	}
}

/** A proper name rather than a description: it names the speaker more surely. */
const named = (context: DraftContext, id: string) =>
	/^\p{Lu}/u.test(context.speakers.find((s) => s.id === id)?.name.fr ?? '') &&
	!/^(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|Toute|Tout)\b/u.test(
		context.speakers.find((s) => s.id === id)?.name.fr ?? ''
	);

/** A source annotation for every sentence (or clause) of the text. */
export const sentenceSources: Detector = {
	name: 'sentence-sources',
	run(context) {
		const verbs = rangesOf(context, 'reporting-verb');
		const quotes = rangesOf(context, 'quotation');
		const words = tokens(context);
		let previous: { speaker: string; how: SourceHow } | undefined;
		let previousParagraph = -1;
		for (const clause of clauses(context)) {
			const text = context.paragraphs[clause.paragraph]!;
			if (clause.paragraph !== previousParagraph && previous?.how === 'journalist')
				previous = undefined;
			previousParagraph = clause.paragraph;
			const inside = <T extends { paragraph: number; start: number; end: number }>(r: T) =>
				r.paragraph === clause.paragraph && r.start >= clause.start && r.end <= clause.end;
			const own = verbs.filter(inside).filter((v) => !quotationAt(context, v.paragraph, v.start));
			const sourced = own.filter(
				(v) => v.annotation.distance !== 'agentless' && v.annotation.speaker
			);
			const agentless = own.filter(
				(v) => v.annotation.distance === 'agentless' && !modifierReports.has(v.annotation)
			);
			let speaker: string;
			let how: SourceHow;
			let cue: string | undefined;
			const quoted = quotes
				.filter((q) => q.paragraph === clause.paragraph)
				.reduce(
					(sum, q) =>
						sum + Math.max(0, Math.min(q.end, clause.end) - Math.max(q.start, clause.start)),
					0
				);
			const quote = quotes.find(
				(q) => q.paragraph === clause.paragraph && q.start < clause.end && clause.start < q.end
			);
			const conditional = words[clause.paragraph]!.find(
				(w) =>
					w.start >= clause.start &&
					w.end <= clause.end &&
					!quotationAt(context, clause.paragraph, w.start) &&
					isConditional(context.lexicon, w.text)
			);
			if (sourced.length > 0) {
				const chosen = sourced.find((v) => named(context, v.annotation.speaker!)) ?? sourced[0]!;
				speaker = chosen.annotation.speaker!;
				how = 'explicit';
				cue = text.slice(chosen.start, chosen.end);
			} else if (agentless.length > 0) {
				speaker = unsourced(context);
				how = 'agentless';
				cue = text.slice(agentless[0]!.start, agentless[0]!.end);
			} else if (quote && quoted * 2 >= clause.end - clause.start) {
				speaker = quote.annotation.speaker;
				how = 'quotation';
			} else if (
				conditional &&
				previous &&
				previous.how !== 'journalist' &&
				previous.speaker !== 'unsourced'
			) {
				speaker = previous.speaker;
				how = 'carried';
				cue = conditional.text;
			} else {
				speaker = journalist(context);
				how = 'journalist';
			}
			const explanation = explain(how, mention(context, speaker), cue);
			context.annotations.push({
				review: 'suggested',
				id: uniqueId(
					context,
					`source p${clause.paragraph + 1} ${text.slice(clause.start, clause.end)}`
				),
				kind: 'source',
				anchor: anchorFor(context.paragraphs, clause.paragraph, clause.start, clause.end),
				explanation,
				speaker
			});
			previous = { speaker, how };
		}
	}
};
