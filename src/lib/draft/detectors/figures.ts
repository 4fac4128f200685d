import { JOURNALIST, mention } from '../speakers';
import { anchorFor, quotationAt, rangesOf, uniqueId } from '../spans';
import type { Detector, DraftContext } from '../types';

// Figures with their unit and who gives them, as claims for the claims map: "60 à 70 %",
// "8 000 postes", "moins de 1 %", "14 autres blessés", "des dizaines de militants". A figure in
// the journalist's own voice is background; anyone else's is unconfirmed until a teacher links
// it to a claim that confirms or contradicts it.

const S = '[\\s\\u00a0\\u202f]';
const NUMBER = `[-−–]?${S}?\\d+(?:${S}\\d{3})*(?:[,.]\\d+)?`;
const WORD_NUMBER =
	'(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|(?:des|plusieurs)\\s+(?:dizaines|centaines|milliers|millions))';
const UNIT =
	'(?:%|€|\\$|pour\\s?cent|millions?|milliards?|emplois|postes|personnes|morts|tués|blessés|victimes|soldats|militaires|civils|enfants|habitants|salariés|employés|euros|dollars|km|kilomètres|mètres|tonnes|voix|sièges|fois|hectares|ans|années|jours|heures|manifestants|étudiants|élèves|cas|réfugiés|détenus|membres|usines|camions|logements|lits|points)';
const FIGURE = new RegExp(
	`(?<![\\p{L}\\d])(?:(?:pas\\s+moins\\s+de|moins\\s+de|plus\\s+de|près\\s+de|environ|quelque)${S}+)?` +
		`(?:${NUMBER}(?:${S}?(?:à|-|–)${S}?${NUMBER})?|${WORD_NUMBER})` +
		`(?:${S}+(?:de|d['’]))?(?:${S}*(?:autres${S}+)?${UNIT})(?![\\p{L}])`,
	'giu'
);

function speakerAt(context: DraftContext, paragraph: number, offset: number): string | undefined {
	const quote = quotationAt(context, paragraph, offset);
	if (quote) {
		const quoted = rangesOf(context, 'quotation').find(
			(q) => q.paragraph === paragraph && q.start <= offset && offset < q.end
		);
		if (quoted) return quoted.annotation.speaker;
	}
	return rangesOf(context, 'source').find(
		(s) => s.paragraph === paragraph && s.start <= offset && offset < s.end
	)?.annotation.speaker;
}

/** The figure and the words around it up to the nearest punctuation: what the figure is about. */
function claimOf(text: string, start: number, figure: string) {
	const before = text.slice(0, start);
	const from =
		Math.max(...[',', ';', ':', '.', '(', '«', '“'].map((c) => before.lastIndexOf(c))) + 1;
	const after = start + figure.length;
	const rest = text.slice(after);
	const stops = [', ', ';', '. ', ')', '»', '”'].map((c) => rest.indexOf(c)).filter((i) => i >= 0);
	const to = after + (stops.length ? Math.min(...stops) : rest.replace(/[.!?…]+$/u, '').length);
	// At most eight words before the figure and six from it on, so the figure always shows.
	const left = text
		.slice(from, start)
		.trim()
		.split(/[\s\u00a0\u202f]+/u)
		.filter(Boolean);
	const right = text
		.slice(start, to)
		.trim()
		.split(/[\s\u00a0\u202f]+/u)
		.filter(Boolean);
	const words = [
		...(left.length > 8 ? ['…', ...left.slice(-8)] : left),
		...(right.length > 6 ? [...right.slice(0, 6), '…'] : right)
	];
	const around = words.join(' ');
	return around && around !== figure
		? { fr: `${figure} : « ${around} »`, en: `${figure}: “${around}”` }
		: { fr: `Chiffre : ${figure}`, en: `Figure: ${figure}` };
}

/** A claim for every figure of the text, with the speaker of its sentence or quotation. */
export const figures: Detector = {
	name: 'figures',
	run(context) {
		context.paragraphs.forEach((text, paragraph) => {
			for (const match of text.matchAll(FIGURE)) {
				const figure = match[0].trim();
				const start = match.index + match[0].indexOf(figure);
				const speaker = speakerAt(context, paragraph, start);
				if (!speaker) continue;
				const who = mention(context, speaker);
				const mine = speaker === JOURNALIST;
				context.annotations.push({
					review: 'suggested',
					id: uniqueId(context, `figure ${figure}`),
					kind: 'claim',
					anchor: anchorFor(context.paragraphs, paragraph, start, start + figure.length),
					explanation: mine
						? {
								fr: `Le chiffre « ${figure} » est donné par le journaliste sans source : d’où vient-il ?`,
								en: `The figure “${figure}” is given by the journalist with no source: where does it come from?`
							}
						: {
								fr: `Le chiffre « ${figure} » vient ${who.of} : rien dans le texte ne le confirme. Cherche si une autre source donne le même.`,
								en: `The figure “${figure}” comes from ${who.en}: nothing in the text confirms it. Look for another source giving the same one.`
							},
					speaker,
					claim: claimOf(text, start, figure),
					evidence: null,
					status: mine ? 'background' : 'unconfirmed'
				});
			}
		});
	}
};
