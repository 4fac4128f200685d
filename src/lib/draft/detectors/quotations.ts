import { journalist, mention, unsourced } from '../speakers';
import { anchorFor, quotations, rangesOf, uniqueId, type QuoteSpan } from '../spans';
import type { Bilingual, DraftContext, Detector } from '../types';

// Every span in quotation marks (« », “ ”, " "), with whose words they are likely to be and why
// the reporter quotes them. The speaker is the one of the reporting verb that introduces the
// quotation or follows it ("« … » a indiqué X"), else of a reporting verb in the same sentence;
// a few quoted words with no one to say them are the journalist's marks around a term or a name.

type Reason = 'loaded-term' | 'exact-words' | 'name';

function wordsIn(text: string) {
	return text.split(/[\s\u00a0\u202f]+/u).filter((w) => /\p{L}|\d/u.test(w));
}

/** Words that make a quotation a statement rather than a term: a negation, a subject pronoun, être or avoir. */
const STATEMENT =
	/(?<![\p{L}])(?:ne|n['’]|je|j['’]|nous|vous|il|ils|elle|elles|on|est|sont|sera|seront|a|ont|était|étaient|suis|sommes|ai|avons)(?![\p{L}])/iu;

function reasonOf(inner: string): Reason {
	const count = wordsIn(inner).length;
	if (STATEMENT.test(inner)) return 'exact-words';
	// A name: "Revenge", "Telenoticias 1", "Los Desayunos": capitals, no sentence.
	const capitalised = wordsIn(inner).every((w) => w.length <= 3 || /^[\p{Lu}\d]/u.test(w));
	if (
		count <= 4 &&
		/^\p{Lu}/u.test(inner) &&
		(count <= 2 || capitalised) &&
		!/[.!?…]$/u.test(inner)
	) {
		return 'name';
	}
	return count <= 4 ? 'loaded-term' : 'exact-words';
}

function sentenceOf(context: DraftContext, paragraph: number, offset: number) {
	return context.sentences.find(
		(s) => s.paragraph === paragraph && s.start <= offset && offset < s.end
	);
}

function speakerOf(context: DraftContext, quote: QuoteSpan, inner: string) {
	const verbs = rangesOf(context, 'reporting-verb').filter(
		(v) => v.paragraph === quote.paragraph && v.annotation.speaker
	);
	const text = context.paragraphs[quote.paragraph]!;
	// "« … » a indiqué X", "« … », écrit X".
	const after = verbs.find(
		(v) => v.start >= quote.end && /^[\s\u00a0\u202f,]*$/u.test(text.slice(quote.end, v.start))
	);
	if (after) return { id: after.annotation.speaker!, verb: after };
	const first = sentenceOf(context, quote.paragraph, quote.start);
	const last = sentenceOf(context, quote.paragraph, Math.max(quote.start, quote.end - 1));
	const from = first?.start ?? quote.start;
	const to = last?.end ?? quote.end;
	const before = verbs.filter((v) => v.start >= from && v.end <= quote.start).at(-1);
	const later = verbs.find((v) => v.start >= quote.end && v.end <= to);
	const verb = before ?? later;
	if (verb) return { id: verb.annotation.speaker!, verb };
	return {
		id: wordsIn(inner).length <= 4 ? journalist(context) : unsourced(context),
		verb: undefined
	};
}

function explain(
	context: DraftContext,
	speaker: string,
	reason: Reason,
	verb: string | undefined,
	nested: string[]
): Bilingual {
	const who = mention(context, speaker);
	const inside = nested.length
		? {
				fr: ` Elle contient une autre citation : ${nested.join(', ')}.`,
				en: ` It holds another quotation: ${nested.join(', ')}.`
			}
		: { fr: '', en: '' };
	if (speaker === 'journalist') {
		const what =
			reason === 'name'
				? {
						fr: 'un nom (d’une émission, d’une opération…)',
						en: 'a name (of a programme, an operation…)'
					}
				: {
						fr: 'une expression qu’il ne reprend pas à son compte',
						en: 'an expression he does not take on as his own'
					};
		return {
			fr: `Personne n’est cité ici : le journaliste met entre guillemets ${what.fr}.${inside.fr}`,
			en: `Nobody is quoted here: the journalist puts in quotation marks ${what.en}.${inside.en}`
		};
	}
	if (speaker === 'unsourced') {
		return {
			fr: `Des mots entre guillemets, mais le texte ne dit pas qui les a prononcés : une citation sans source.${inside.fr}`,
			en: `Words in quotation marks, but the text does not say who said them: a quotation without a source.${inside.en}`
		};
	}
	const by = verb ? ` (« ${verb} »)` : '';
	const byEn = verb ? ` (“${verb}”)` : '';
	if (reason === 'exact-words') {
		return {
			fr: `Les guillemets montrent que ce sont les mots mêmes ${who.of}${by}, pas ceux du journaliste, qui les rapporte sans les reprendre à son compte.${inside.fr}`,
			en: `The quotation marks show these are the own words of ${who.en}${byEn}, not the journalist’s, who reports them without taking them on.${inside.en}`
		};
	}
	return {
		fr: `Ces mots sont ceux ${who.of}${by} : le journaliste les met entre guillemets pour montrer que c’est sa façon de nommer les choses, pas la sienne.${inside.fr}`,
		en: `These are the words of ${who.en}${byEn}: the journalist puts them in quotation marks to show that this is their way of naming things, not his own.${inside.en}`
	};
}

/** Quotations with their likely speaker and the reason they are quoted. */
export const quotationsDetector: Detector = {
	name: 'quotations',
	run(context) {
		for (const list of quotations(context)) {
			for (const quote of list) {
				const text = context.paragraphs[quote.paragraph]!;
				const inner = text.slice(quote.inner.start, quote.inner.end);
				if (!/\p{L}|\d/u.test(inner)) continue;
				const { id, verb } = speakerOf(context, quote, inner);
				const reason = reasonOf(inner);
				const verbText = verb ? text.slice(verb.start, verb.end) : undefined;
				const nested = quote.nested.map((n) => text.slice(n.start, n.end));
				context.annotations.push({
					review: 'suggested',
					id: uniqueId(context, `quote ${inner}`),
					kind: 'quotation',
					anchor: anchorFor(context.paragraphs, quote.paragraph, quote.start, quote.end),
					explanation: explain(context, id, reason, verbText, nested),
					speaker: id,
					reason
				});
			}
		}
	}
};
