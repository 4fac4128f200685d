// The reporting verbs the assistant knows, with the distance each one puts between the
// journalist and what is reported, and the conditions under which a verb reports speech at all
// ("assurant le contrôle" does not; "assurant que" does).
import { conjugate, type VerbFormKind } from './conjugate';

export type Distance = 'neutral' | 'distancing' | 'evaluative' | 'agentless';

/** When the verb reports speech only in some constructions. */
export type Needs =
	/** followed by que, a colon or a quotation ("assure que", "ajoutant :") */
	| 'that'
	/** only in an inverted clause after a quotation or such a complement ("a poursuivi l'expert") */
	| 'incise'
	/** only as a pronominal verb ("se réjouit", "s'indigne") */
	| 'reflexive'
	/** "qualifier de", "décrire comme" */
	| 'as'
	/** "appeler à" (call for), or "ce qu'il a appelé" (naming) */
	| 'call';

export interface ReportingLemma {
	distance: Exclude<Distance, 'agentless'>;
	needs?: Needs;
	/** A past participle alone reports too: "la fermeture annoncée" (nobody named). */
	adjectival?: boolean;
	/** The passive does not report: "a été condamné", "est reconnu". */
	noPassive?: boolean;
}

const table: Record<string, ReportingLemma> = {};
const add = (names: string, rule: ReportingLemma) => {
	for (const name of names.split(/\s+/).filter(Boolean)) table[name] = rule;
};

add(
	'affirmer déclarer indiquer préciser souligner confirmer répondre répliquer ' +
		'rétorquer écrire raconter relater proclamer objecter signaler témoigner révéler mentionner commenter communiquer ' +
		'informer demander réclamer exiger exhorter menacer promettre avertir réagir insister ' +
		'répéter détailler évoquer suggérer recommander plaider dire redire',
	{ distance: 'neutral' }
);
add('annoncer', { distance: 'neutral', adjectival: true });
add(
	'ajouter noter relever observer estimer juger considérer rappeler assurer garantir expliquer rapporter',
	{
		distance: 'neutral',
		needs: 'that'
	}
);
add('maintenir confier prévenir certifier jurer apprendre', { distance: 'neutral', needs: 'that' });
add('poursuivre conclure enchaîner continuer lancer glisser', {
	distance: 'neutral',
	needs: 'incise'
});
add('appeler', { distance: 'neutral', needs: 'call' });
add('décrire qualifier', { distance: 'distancing', needs: 'as' });
add('prétendre', { distance: 'distancing', adjectival: true });
add('alléguer clamer', { distance: 'distancing' });
add('avancer soutenir', { distance: 'distancing', needs: 'that' });
add(
	'dénoncer démentir nuancer accuser admettre avouer concéder nier réfuter contester ' +
		'critiquer fustiger déplorer regretter saluer marteler reprocher protester relativiser ' +
		'minimiser confesser récuser',
	{ distance: 'evaluative' }
);
add('reconnaître condamner', { distance: 'evaluative', noPassive: true });
add('exprimer interroger', { distance: 'neutral', needs: 'reflexive' });
add(
	'réjouir indigner inquiéter plaindre alarmer vanter targuer féliciter étonner offusquer insurger',
	{
		distance: 'evaluative',
		needs: 'reflexive'
	}
);

export const REPORTING_LEMMAS: Readonly<Record<string, ReportingLemma>> = table;

export interface ReportingForm {
	lemma: string;
	kinds: Set<VerbFormKind>;
}

/** Every written form of every reporting verb, lower case → its lemmas and kinds. */
export const REPORTING_FORMS: ReadonlyMap<string, ReportingForm[]> = (() => {
	const index = new Map<string, ReportingForm[]>();
	for (const lemma of Object.keys(table)) {
		for (const { form, kind } of conjugate(lemma)) {
			const list = index.get(form) ?? [];
			let entry = list.find((e) => e.lemma === lemma);
			if (!entry) {
				entry = { lemma, kinds: new Set() };
				list.push(entry);
				index.set(form, list);
			}
			entry.kinds.add(kind);
		}
	}
	return index;
})();

/** Forms of avoir and être that build compound tenses and the passive. */
export const AVOIR = new Set(
	'a ai as avons avez ont avait avais avaient avions aviez aura auras aurons aurez auront aurait aurais auraient aurions auriez eut eurent ait aient avoir ayant'.split(
		' '
	)
);
export const ETRE = new Set(
	'est es suis sommes êtes sont était étais étaient étions étiez sera seras serons serez seront serait serais seraient serions seriez fut furent soit soient être étant été'.split(
		' '
	)
);

/**
 * Reporting verbs that only modify a noun ("la fermeture annoncée"): they report, but do not
 * make the sentence someone's words. Kept beside the annotations the detector made.
 */
export const modifierReports = new WeakSet<object>();
