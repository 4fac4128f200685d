import { anchorFor, slug, uniqueAnnotationId } from '../anchor-for';
import { bare, capitalised, hyphenated, sentenceInitial } from '../lexical';
import type { Detector } from '../types';

// English words left in a French text (machine translation leaves them: "positions de fight",
// "relativement secure"): words of an English list that no French list has, names and the
// anglicisms French has adopted aside, plus the anglicisms French dictionaries list but a
// careful editor replaces ("leader" → "dirigeant").

/** English words French uses as its own and that no French list of the lexicon has yet. */
const ADOPTED = new Set(
	(
		'quiz drone drones podcast podcasts smartphone smartphones hashtag hashtags tweet tweets ' +
		'tweeter retweet streaming start-up start-ups startup startups selfie selfies covid web blog ' +
		'blogs wifi wi-fi spoiler gaming cloud cluster clusters pitch buzz playlist playlists replay ' +
		'geek geeks queer trading blockbuster blockbusters phishing hacking malware ok'
	).split(' ')
);

/**
 * French corrections: for the English words machine translation leaves most, and for the
 * anglicisms French dictionaries list but a careful editor replaces (flagged although French).
 */
const CORRECTIONS: Record<string, string> = {
	fight: 'combat',
	fighting: 'combats',
	secure: 'sûr',
	safe: 'sûr',
	scenario: 'scénario',
	lengthy: 'long',
	proceed: 'continue',
	supply: 'source',
	hazard: 'danger',
	photographs: 'photographies',
	photograph: 'photographie',
	revenge: 'vengeance',
	threat: 'menace',
	attack: 'attaque',
	attacks: 'attaques',
	army: 'armée',
	troops: 'troupes',
	border: 'frontière',
	ceasefire: 'cessez-le-feu',
	statement: 'déclaration',
	according: 'selon',
	however: 'cependant',
	meanwhile: 'pendant ce temps',
	killed: 'tués',
	wounded: 'blessés',
	government: 'gouvernement',
	spokesman: 'porte-parole',
	spokesperson: 'porte-parole',
	despite: 'malgré',
	between: 'entre',
	since: 'depuis',
	against: 'contre',
	also: 'aussi',
	still: 'encore',
	deadline: 'date limite',
	feedback: 'retour',
	meeting: 'réunion',
	meetings: 'réunions',
	briefing: 'point presse',
	leader: 'dirigeant',
	leaders: 'dirigeants',
	interview: 'entretien',
	interviews: 'entretiens',
	'low-cost': 'à bas coût',
	challenge: 'défi',
	challenges: 'défis',
	timing: 'calendrier',
	staff: 'équipe',
	business: 'affaires',
	weekend: 'week-end',
	online: 'en ligne',
	offline: 'hors ligne',
	team: 'équipe',
	fashion: 'mode',
	laptop: 'ordinateur portable',
	desktop: 'ordinateur de bureau',
	password: 'mot de passe',
	login: 'identifiant',
	lockdown: 'confinement',
	fake: 'faux',
	sneakers: 'baskets',
	deal: 'accord',
	reality: 'réalité',
	talk: 'discussion',
	bestseller: 'succès de librairie',
	app: 'application'
};

/** Anglicisms French dictionaries list that are flagged all the same (they have a French word). */
const REPLACEABLE = new Set([
	'leader',
	'leaders',
	'interview',
	'interviews',
	'low-cost',
	'deadline',
	'feedback',
	'meeting',
	'meetings',
	'briefing',
	'challenge',
	'challenges',
	'timing',
	'staff',
	'business'
]);

/** Latin words of science and law, in no English-minus-French list's blind spot otherwise. */
const LATIN = new Set([
	'sapiens',
	'homo',
	'erectus',
	'neanderthalensis',
	'versa',
	'hoc',
	'qua',
	'facto',
	'jure',
	'intra',
	'muros',
	'extra'
]);

/** Words shorter than this are left alone: "a", "on", "us" are French or abbreviations. */
const MIN_LENGTH = 3;

export const englishWords: Detector = {
	name: 'english-words',
	run(context) {
		const { words, lexicon } = context;
		const isEnglish = lexicon.english?.bind(lexicon);
		if (!isEnglish) return;
		const names = new Set(
			words
				.filter((word, index) => capitalised(word.text) && !sentenceInitial(context, index))
				.map((word) => word.text.toLocaleLowerCase('fr'))
		);
		for (let index = 0; index < words.length; index++) {
			const word = words[index]!;
			const compound = hyphenated(context, index);
			const form = bare(word);
			const text = compound.count > 1 ? compound.text : form.text;
			const start = compound.count > 1 ? word.start : form.start;
			const end = compound.count > 1 ? compound.end : form.end;
			index += compound.count - 1;
			const key = text.toLocaleLowerCase('fr');
			if (key.length < MIN_LENGTH || /\d/.test(key) || ADOPTED.has(key) || LATIN.has(key)) continue;
			// Names: a capital inside a sentence (after « too: operation “Revenge”), a capitalised
			// word the text also writes with a capital inside a sentence, a name of the lexicon.
			const first = index - compound.count + 1;
			const previous = words[first - 1];
			const opensSentence = !previous || previous.sentence !== word.sentence;
			if (capitalised(text) && (!opensSentence || names.has(key))) continue;
			// At the start of a sentence a capital may still be a name ("Trump a dit"): only the
			// leftovers the table knows are flagged there.
			if (capitalised(text) && !(key in CORRECTIONS) && !REPLACEABLE.has(key)) continue;
			if (lexicon.analyse(text).some((a) => a.pos === 'proper-noun')) continue;
			const parts = key.split('-');
			const english =
				REPLACEABLE.has(key) ||
				(lexicon.analyse(text).length === 0 &&
					(isEnglish(key) || (parts.length > 1 && parts.every((part) => isEnglish(part)))));
			if (!english) continue;
			const correction = correctionFor(key, text);
			context.annotations.push({
				review: 'suggested',
				id: uniqueAnnotationId(context, `english-${slug(text)}`),
				kind: 'text-quality',
				defect: 'english-word',
				anchor: anchorFor(context.paragraphs, word.paragraph, start, end),
				correction: correction ?? text,
				explanation: correction
					? {
							fr: `« ${text} » est un mot anglais resté dans le texte français (souvent la trace d’une traduction automatique). En français : « ${correction} ».`,
							en: `“${text}” is an English word left in the French text (often a trace of machine translation). In French: “${correction}”.`
						}
					: {
							fr: `« ${text} » est un mot anglais resté dans le texte français (souvent la trace d’une traduction automatique). Le mot français est à écrire : la correction proposée ne fait que répéter le mot.`,
							en: `“${text}” is an English word left in the French text (often a trace of machine translation). The French word is still to be written: the correction offered only repeats the word.`
						}
			});
		}
	}
};

/** The French for an English word, keeping a capital at the start of a sentence. */
function correctionFor(key: string, text: string): string | undefined {
	const french =
		CORRECTIONS[key] ?? (key.endsWith('s') ? plural(CORRECTIONS[key.slice(0, -1)]) : undefined);
	if (!french) return undefined;
	return capitalised(text) ? french[0]!.toLocaleUpperCase('fr') + french.slice(1) : french;
}

const plural = (french: string | undefined) => (french ? `${french}s` : undefined);
