// The speakers of a text as the detectors find them: one speaker per person or body, whatever
// the text calls it ("Valentine Sapounov", "V. Sapounov", "l'expert", "elle"), plus the
// journalist and "no identifiable source". The aliases live beside the context, not in the
// lesson file, which has no place for them.
import type { Speaker } from '../lesson/annotation-schema';
import { slug } from './spans';
import type { DraftContext } from './types';

interface SpeakerRecord {
	id: string;
	/** The phrases the text used for it, lower case, determiner dropped. */
	aliases: Set<string>;
	/** Its proper-name words, lower case ("valentine", "sapounov"). */
	names: string[];
	/** Named by those words ("V. Sapounov"), not only described ("le gouvernement du Parti québécois"). */
	named: boolean;
	/** The first word of its description ("ministère"). */
	head: string;
}

interface Registry {
	records: SpeakerRecord[];
	/** The speaker named last, for "il", "elle", "l'expert". */
	last?: string;
}

const registries = new WeakMap<DraftContext, Registry>();

function registry(context: DraftContext): Registry {
	let found = registries.get(context);
	if (!found) {
		found = { records: [] };
		registries.set(context, found);
	}
	return found;
}

export const JOURNALIST = 'journalist';
export const UNSOURCED = 'unsourced';

/** The journalist: the voice of the text itself. */
export function journalist(context: DraftContext): string {
	if (!context.speakers.some((s) => s.id === JOURNALIST)) {
		context.speakers.push({
			id: JOURNALIST,
			name: { fr: 'le journaliste (le texte lui-même)', en: 'the journalist (the text itself)' },
			label: { fr: 'Journaliste', en: 'Journalist' },
			role: 'journalist'
		});
	}
	return JOURNALIST;
}

/** "No identifiable source": what nobody is named for. */
export function unsourced(context: DraftContext): string {
	if (!context.speakers.some((s) => s.id === UNSOURCED)) {
		context.speakers.push({
			id: UNSOURCED,
			name: { fr: 'aucune source identifiable', en: 'no identifiable source' },
			label: { fr: 'Source ?', en: 'No source' },
			role: 'unsourced'
		});
	}
	return UNSOURCED;
}

const DETERMINERS = new Set(
	(
		"le la les l' l’ un une des du de d' d’ au aux ce cet cette ces son sa ses leur leurs " +
		'notre nos votre vos tout toute tous toutes quelques plusieurs certains certaines chaque'
	).split(' ')
);
const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces']);
const DEFINITE = new Set(['le', 'la', 'les', "l'", 'l’', ...DEMONSTRATIVE]);
const LEADING_ADVERBS =
	/^(?:(?:notamment|aussi|également|encore|même|et|mais|or|donc|hier|alors|ainsi|enfin|ensuite|puis|toutefois|cependant|néanmoins|pourtant|surtout|lui-même|elle-même)[\s,]+)+/iu;

/** Subject pronouns that take up the last speaker. */
const PRONOUNS = new Set([
	'il',
	'elle',
	'ils',
	'elles',
	'lui',
	'eux',
	'celui-ci',
	'celle-ci',
	'ceux-ci',
	'celles-ci',
	'ce dernier',
	'cette dernière',
	'ces derniers',
	'ces dernières'
]);

/** Who is nobody in particular: "on dit", "selon des sources", "selon certains". */
const VAGUE = new Set([
	'on',
	'source',
	'sources',
	'témoin',
	'témoins',
	'rumeur',
	'rumeurs',
	'certains',
	'certaines',
	"d'aucuns",
	'observateurs',
	'médias',
	'bruits',
	'informations',
	'information',
	'estimations',
	'plusieurs'
]);

/**
 * Descriptions a text uses to take up someone it has just named ("l'expert", "la présentatrice",
 * "le représentant de l'armée"); a function held by one person ("le maire", "le procureur")
 * more often brings in someone new.
 */
const ROLES = new Set(
	(
		'expert experte chercheur chercheuse scientifique spécialiste porte-parole représentant ' +
		'représentante responsable dirigeant dirigeante journaliste présentatrice présentateur ' +
		'militant militante élu élue syndicaliste témoin intéressé intéressée'
	).split(' ')
);

const COMPLEMENT = new Set([
	'de',
	'du',
	'des',
	"d'",
	'd’',
	'la',
	'le',
	"l'",
	'l’',
	'les',
	'à',
	'au',
	'aux',
	'en'
]);

/** People the text does not name: "Des leaders du Parti", "Quelques associations", "deux des plus importantes associations". */
const INDEFINITE_PLURAL =
	/^(?:des|plusieurs|certains|certaines|quelques|de nombreux|de nombreuses|nombre de|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) (?:des|de ses|de leurs|d['’]entre))[\s\u00a0\u202f]/iu;

const THIRD_PARTY =
	/\b(?:quotidien|journal|hebdomadaire|agence|presse|médias?|radio|magazine|site|onu|osce|ong|nations unies|organisation|observatoire|afp|reuters|ap|dpa|ansa|xinhua|tass|bloomberg|expert|experte|analyste)\b/iu;

/** A phrase as a speaker's name: leading adverbs, brackets and final punctuation dropped. */
export function cleanPhrase(phrase: string): string {
	return phrase
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[\s\u00a0\u202f]+/gu, ' ')
		.trim()
		.replace(LEADING_ADVERBS, '')
		.replace(/[\s,;:.!?»”"]+$/u, '')
		.trim();
}

/** The words of a phrase, an elided determiner kept apart: "l’Armée" → "l’", "Armée". */
function splitWords(phrase: string): string[] {
	return phrase
		.split(/[\s\u00a0\u202f]+/u)
		.flatMap((w) => {
			const elided = /^([ldj]['’])(.+)$/iu.exec(w);
			return elided ? [elided[1]!, elided[2]!] : [w];
		})
		.map((w) => w.replace(/^[«“"(]+|[»”",;:)]+$/gu, ''))
		.filter(Boolean);
}

/** Proper-name words: capitalised, apart from a capitalised determiner that starts the phrase. */
export function nameWords(phrase: string): string[] {
	const list = splitWords(phrase);
	return list.filter(
		(w, i) =>
			/^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLocaleLowerCase('fr'))) && w !== 'À'
	);
}

/** The phrase without its determiners, lower case: "Le ministère de la Défense" → "ministère de la défense". */
function bare(phrase: string): string {
	const list = splitWords(phrase);
	while (list.length > 1 && DETERMINERS.has(list[0]!.toLocaleLowerCase('fr'))) list.shift();
	return list.join(' ').toLocaleLowerCase('fr');
}

function headWord(phrase: string): string {
	return bare(phrase).split(' ')[0] ?? '';
}

/** Two name words name the same: equal, or one is the other's initial ("V." and "Valentine"). */
function sameName(a: string, b: string): boolean {
	const [x, y] = [
		a.toLocaleLowerCase('fr').replace(/\.$/, ''),
		b.toLocaleLowerCase('fr').replace(/\.$/, '')
	];
	if (x === y) return true;
	return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

const within = (small: string[], large: string[]) =>
	small.length > 0 && small.every((w) => large.some((v) => sameName(w, v)));

export interface ResolvedSpeaker {
	id: string;
	/** Nobody is named ("on", "des sources"). */
	agentless: boolean;
	/** The text takes up a speaker named before ("il", "l'expert"). */
	carried: boolean;
}

/** Whether a phrase names nobody in particular ("on", "des sources", "certains"). */
export function isVague(phrase: string): boolean {
	const clean = cleanPhrase(phrase).toLocaleLowerCase('fr');
	if (VAGUE.has(clean)) return true;
	if (nameWords(cleanPhrase(phrase)).length > 0) return false;
	const first = splitWords(clean)[0] ?? '';
	const head = bare(clean).split(' ').slice(0, 3);
	const vagueHead = head.some(
		(w) => VAGUE.has(w) && !['on', 'plusieurs', 'certains', 'certaines'].includes(w)
	);
	return vagueHead || (VAGUE.has(first) && first !== 'on');
}

function role(phrase: string): Speaker['role'] {
	return THIRD_PARTY.test(phrase) ? 'third-party' : 'party';
}

function capitalise(text: string) {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/**
 * The speaker a phrase of the text names, added to the context's speakers if new. A name seen
 * before, shortened ("V. Sapounov", "Pastor") or with fewer words ("le ministère de la Défense"),
 * a demonstrative ("ces associations"), a role ("l'expert") or a pronoun ("elle") take up a
 * speaker already found. `title` is a description given beside a name ("le ministre…, X").
 */
export function resolveSpeaker(
	context: DraftContext,
	phrase: string,
	title?: string
): ResolvedSpeaker | undefined {
	const reg = registry(context);
	const clean = cleanPhrase(phrase);
	if (!clean || clean.length > 140) return undefined;
	const lower = clean.toLocaleLowerCase('fr');
	if (isVague(clean)) return { id: unsourced(context), agentless: true, carried: false };
	if (PRONOUNS.has(lower)) {
		return reg.last ? { id: reg.last, agentless: false, carried: true } : undefined;
	}
	const names = nameWords(clean);
	const alias = bare(clean);
	const head = headWord(clean);
	const first = splitWords(clean)[0]?.toLocaleLowerCase('fr') ?? '';
	// A name at the end ("le quotidien El Punt Avui") names the speaker; a name inside a
	// complement ("le gouvernement du Parti québécois") only describes it.
	const list = splitWords(clean);
	const trailing: string[] = [];
	for (let i = list.length - 1; i >= 0 && /^\p{Lu}/u.test(list[i]!); i--) {
		trailing.unshift(list[i]!);
	}
	const beforeRun = list[list.length - trailing.length - 1]?.toLocaleLowerCase('fr') ?? '';
	const named =
		trailing.length > 0 &&
		!DETERMINERS.has(trailing[0]!.toLocaleLowerCase('fr')) &&
		!COMPLEMENT.has(beforeRun);
	const nameText = named ? trailing.join(' ') : undefined;
	const own = (nameText ? trailing : names).map((n) => n.toLocaleLowerCase('fr'));
	let found: SpeakerRecord | undefined;
	let carried = false;
	const recent = [...reg.records].reverse();
	if (nameText) {
		found = recent.find((r) => r.named && (within(own, r.names) || within(r.names, own)));
	} else if (names.length > 0) {
		// Described speakers match on their description: same head word, same names.
		found = recent.find(
			(r) => !r.named && r.head === head && within(own, r.names) && within(r.names, own)
		);
	} else if (DEFINITE.has(first) || DEMONSTRATIVE.has(first)) {
		found = recent.find((r) => [...r.aliases].some((a) => a.split(/[\s'’]/).includes(head)));
		if (!found && ROLES.has(head) && reg.last) {
			found = reg.records.find((r) => r.id === reg.last);
			carried = true;
		}
	}
	if (found) {
		found.aliases.add(alias);
		if (title) found.aliases.add(bare(title));
		reg.last = found.id;
		return { id: found.id, agentless: false, carried };
	}
	if (!/\p{L}/u.test(alias)) return undefined;
	const taken = new Set(context.speakers.map((s) => s.id));
	const base = nameText
		? slug(nameText, 3)
		: slug(
				alias
					.split(/[\s'’]+/u)
					.filter((w) => !COMPLEMENT.has(w) && w !== 'et' && w.length > 1)
					.join(' '),
				3
			);
	let id = base === JOURNALIST || base === UNSOURCED ? `${base}-2` : base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	const withoutDeterminer = clean.replace(
		/^(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|toute|tout|tous|toutes|quelques|plusieurs|certains|certaines)[\s\u00a0\u202f]+|l['’])+/iu,
		''
	);
	const label =
		nameText ??
		capitalise(
			withoutDeterminer
				.split(/[\s\u00a0\u202f]+/u)
				.slice(0, 6)
				.join(' ')
		);
	// A name is the speaker's name ("Libération", not "le quotidien français Libération"): the
	// description stays with the alias, so that a later "le quotidien" still finds it.
	const full = nameText ?? clean;
	context.speakers.push({
		id,
		name: { fr: full, en: full },
		label: { fr: label, en: label },
		role: INDEFINITE_PLURAL.test(clean) ? 'unsourced' : role(`${title ?? ''} ${clean}`)
	});
	const record: SpeakerRecord = {
		id,
		aliases: new Set([alias, ...(title ? [bare(title)] : [])]),
		names: own,
		named: !!nameText,
		head
	};
	reg.records.push(record);
	reg.last = id;
	return { id, agentless: false, carried: false };
}

/** How an explanation names a speaker, with the French contractions ("du ministère", "au maire"). */
export interface Mention {
	/** "le ministère de la Défense", "Pauline Marois" */
	fr: string;
	/** "du ministère de la Défense", "de Pauline Marois", "d’Anne Roy" */
	of: string;
	/** "au ministère de la Défense", "à Pauline Marois" */
	to: string;
	/** "Pauline Marois", or the French description in quotation marks */
	en: string;
}

/** The words an explanation uses for a speaker. */
export function mention(context: DraftContext, id: string | undefined): Mention {
	const speaker = context.speakers.find((s) => s.id === id);
	if (!speaker) return { fr: 'quelqu’un', of: 'de quelqu’un', to: 'à quelqu’un', en: 'someone' };
	const fr = speaker.name.fr.replace(
		/^(Le|La|Les|L['’]|Un|Une|Des|Ces|Ce|Cette|Toute|Tout|Tous|Toutes|Quelques|Plusieurs|Deux)(?=[\s'’])/u,
		(d) => d.toLocaleLowerCase('fr')
	);
	const of = /^le\s/u.test(fr)
		? `du ${fr.slice(3)}`
		: /^les\s/u.test(fr)
			? `des ${fr.slice(4)}`
			: /^des\s/u.test(fr)
				? `de ${fr.slice(4)}`
				: /^[aeiouyéèêàâîôûœh]/iu.test(fr)
					? `d’${fr}`
					: `de ${fr}`;
	const to = /^le\s/u.test(fr)
		? `au ${fr.slice(3)}`
		: /^les\s/u.test(fr)
			? `aux ${fr.slice(4)}`
			: `à ${fr}`;
	const named = /^\p{Lu}/u.test(fr);
	return { fr, of, to, en: named ? fr : `“${fr}”` };
}
