// Every written form of a handful of French verbs, so that reporting verbs are found in any
// tense without depending on how complete a lexicon is: regular -er verbs (with their spelling
// changes: annonçait, jugeant, répète, appelle, martèle), regular -ir verbs (réagissait) and the
// irregular verbs journalists report with (dire, écrire, admettre, reconnaître, démentir…).

/** What a form is, as far as finding a reporting verb needs. */
export type VerbFormKind = 'finite' | 'infinitive' | 'present-participle' | 'past-participle';

export interface VerbForm {
	form: string;
	kind: VerbFormKind;
}

/** The principal parts of an irregular verb; the rest follows from them. */
interface Parts {
	/** je, tu, il, nous, vous, ils */
	present: readonly string[];
	/** Stem of the imperfect (and of the present participle): "dis" → disais, disant. */
	imperfect: string;
	simplePast: readonly string[];
	/** Stem of the future and conditional: "dir" → dira, dirait. */
	future: string;
	/** Stem of the present subjunctive: "dis" → dise, disent. */
	subjunctive: string;
	/** Past participle, masculine singular; the feminine and plurals follow. */
	participle: string;
}

const IMPERFECT = ['ais', 'ait', 'ions', 'iez', 'aient'];
const FUTURE = ['ai', 'as', 'a', 'ons', 'ez', 'ont'];
const CONDITIONAL = ['ais', 'ait', 'ions', 'iez', 'aient'];
const SUBJUNCTIVE = ['e', 'es', 'ions', 'iez', 'ent'];

const IRREGULAR: Record<string, Parts> = {
	dire: {
		present: ['dis', 'dit', 'disons', 'dites', 'disent'],
		imperfect: 'dis',
		simplePast: ['dis', 'dit', 'dîmes', 'dîtes', 'dirent'],
		future: 'dir',
		subjunctive: 'dis',
		participle: 'dit'
	},
	écrire: {
		present: ['écris', 'écrit', 'écrivons', 'écrivez', 'écrivent'],
		imperfect: 'écriv',
		simplePast: ['écrivis', 'écrivit', 'écrivîmes', 'écrivîtes', 'écrivirent'],
		future: 'écrir',
		subjunctive: 'écriv',
		participle: 'écrit'
	},
	croire: {
		present: ['crois', 'croit', 'croyons', 'croyez', 'croient'],
		imperfect: 'croy',
		simplePast: ['crus', 'crut', 'crûmes', 'crûtes', 'crurent'],
		future: 'croir',
		subjunctive: 'croi',
		participle: 'cru'
	},
	prétendre: {
		present: ['prétends', 'prétend', 'prétendons', 'prétendez', 'prétendent'],
		imperfect: 'prétend',
		simplePast: ['prétendis', 'prétendit', 'prétendîmes', 'prétendîtes', 'prétendirent'],
		future: 'prétendr',
		subjunctive: 'prétend',
		participle: 'prétendu'
	},
	répondre: {
		present: ['réponds', 'répond', 'répondons', 'répondez', 'répondent'],
		imperfect: 'répond',
		simplePast: ['répondis', 'répondit', 'répondîmes', 'répondîtes', 'répondirent'],
		future: 'répondr',
		subjunctive: 'répond',
		participle: 'répondu'
	},
	admettre: {
		present: ['admets', 'admet', 'admettons', 'admettez', 'admettent'],
		imperfect: 'admett',
		simplePast: ['admis', 'admit', 'admîmes', 'admîtes', 'admirent'],
		future: 'admettr',
		subjunctive: 'admett',
		participle: 'admis'
	},
	reconnaître: {
		present: [
			'reconnais',
			'reconnaît',
			'reconnait',
			'reconnaissons',
			'reconnaissez',
			'reconnaissent'
		],
		imperfect: 'reconnaiss',
		simplePast: ['reconnus', 'reconnut', 'reconnûmes', 'reconnûtes', 'reconnurent'],
		future: 'reconnaîtr',
		subjunctive: 'reconnaiss',
		participle: 'reconnu'
	},
	soutenir: {
		present: ['soutiens', 'soutient', 'soutenons', 'soutenez', 'soutiennent'],
		imperfect: 'souten',
		simplePast: ['soutins', 'soutint', 'soutînmes', 'soutîntes', 'soutinrent'],
		future: 'soutiendr',
		subjunctive: 'soutienn',
		participle: 'soutenu'
	},
	démentir: {
		present: ['démens', 'dément', 'démentons', 'démentez', 'démentent'],
		imperfect: 'dément',
		simplePast: ['démentis', 'démentit', 'démentîmes', 'démentîtes', 'démentirent'],
		future: 'démentir',
		subjunctive: 'dément',
		participle: 'démenti'
	},
	conclure: {
		present: ['conclus', 'conclut', 'concluons', 'concluez', 'concluent'],
		imperfect: 'conclu',
		simplePast: ['conclus', 'conclut', 'conclûmes', 'conclûtes', 'conclurent'],
		future: 'conclur',
		subjunctive: 'conclu',
		participle: 'conclu'
	},
	poursuivre: {
		present: ['poursuis', 'poursuit', 'poursuivons', 'poursuivez', 'poursuivent'],
		imperfect: 'poursuiv',
		simplePast: ['poursuivis', 'poursuivit', 'poursuivîmes', 'poursuivîtes', 'poursuivirent'],
		future: 'poursuivr',
		subjunctive: 'poursuiv',
		participle: 'poursuivi'
	},
	plaindre: {
		present: ['plains', 'plaint', 'plaignons', 'plaignez', 'plaignent'],
		imperfect: 'plaign',
		simplePast: ['plaignis', 'plaignit', 'plaignîmes', 'plaignîtes', 'plaignirent'],
		future: 'plaindr',
		subjunctive: 'plaign',
		participle: 'plaint'
	},
	apprendre: {
		present: ['apprends', 'apprend', 'apprenons', 'apprenez', 'apprennent'],
		imperfect: 'appren',
		simplePast: ['appris', 'apprit', 'apprîmes', 'apprîtes', 'apprirent'],
		future: 'apprendr',
		subjunctive: 'apprenn',
		participle: 'appris'
	},
	prévenir: {
		present: ['préviens', 'prévient', 'prévenons', 'prévenez', 'préviennent'],
		imperfect: 'préven',
		simplePast: ['prévins', 'prévint', 'prévînmes', 'prévîntes', 'prévinrent'],
		future: 'préviendr',
		subjunctive: 'prévienn',
		participle: 'prévenu'
	}
};

/** Verbs built on an irregular one: contredire like dire, décrire like écrire… */
const BUILT_ON: Record<string, [base: string, strip: string, prefix: string]> = {
	contredire: ['dire', '', 'contre'],
	redire: ['dire', '', 're'],
	décrire: ['écrire', '', 'd'],
	promettre: ['admettre', 'ad', 'pro'],
	émettre: ['admettre', 'ad', 'é'],
	maintenir: ['soutenir', 'sou', 'main']
};

function withPrefix(parts: Parts, prefix: string, strip: string): Parts {
	const change = (form: string) => prefix + form.slice(strip.length);
	return {
		present: parts.present.map(change),
		imperfect: change(parts.imperfect),
		simplePast: parts.simplePast.map(change),
		future: change(parts.future),
		subjunctive: change(parts.subjunctive),
		participle: change(parts.participle)
	};
}

function participles(masculine: string): string[] {
	const plural = /[sx]$/.test(masculine) ? masculine : `${masculine}s`;
	return [masculine, `${masculine}e`, plural, `${masculine}es`];
}

function fromParts(lemma: string, parts: Parts): VerbForm[] {
	const finite = [
		...parts.present,
		...IMPERFECT.map((e) => parts.imperfect + e),
		...parts.simplePast,
		...FUTURE.map((e) => parts.future + e),
		...CONDITIONAL.map((e) => parts.future + e),
		...SUBJUNCTIVE.map((e) => parts.subjunctive + e)
	];
	return [
		{ form: lemma, kind: 'infinitive' },
		...finite.map((form) => ({ form, kind: 'finite' as const })),
		{ form: `${parts.imperfect}ant`, kind: 'present-participle' },
		...participles(parts.participle).map((form) => ({ form, kind: 'past-participle' as const }))
	];
}

/** annonc → annonç, jug → juge: the stem before an ending that starts with a or o. */
const soft = (stem: string) =>
	stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;

/** The stem before a silent e: répét → répèt, appel → appell, martel → martèl. */
function heavy(stem: string): string {
	if (/(?:^|[^p])(?:appel|jet)$/.test(stem) || /^(?:re)?appel$|^rappel$/.test(stem)) {
		return stem + stem.at(-1);
	}
	return stem.replace(/[eé]([^aeiouyéèêëîï])$/, 'è$1');
}

function firstGroup(lemma: string): VerbForm[] {
	const stem = lemma.slice(0, -2);
	const before = soft(stem);
	const silent = heavy(stem);
	const finite = [
		...['e', 'es', 'ent'].map((e) => silent + e),
		`${before}ons`,
		`${stem}ez`,
		...['ais', 'ait', 'aient'].map((e) => before + e),
		`${stem}ions`,
		`${stem}iez`,
		...['ai', 'as', 'a', 'âmes', 'âtes'].map((e) => before + e),
		`${stem}èrent`,
		...[...FUTURE, ...CONDITIONAL].map((e) => `${silent === stem ? stem : silent}er${e}`),
		...[...FUTURE, ...CONDITIONAL].map((e) => `${stem}er${e}`),
		...SUBJUNCTIVE.map((e) => (e.startsWith('i') ? stem : silent) + e)
	];
	return [
		{ form: lemma, kind: 'infinitive' },
		...finite.map((form) => ({ form, kind: 'finite' as const })),
		{ form: `${before}ant`, kind: 'present-participle' },
		...participles(`${stem}é`).map((form) => ({ form, kind: 'past-participle' as const }))
	];
}

function secondGroup(lemma: string): VerbForm[] {
	const stem = lemma.slice(0, -2);
	const long = `${stem}iss`;
	return fromParts(lemma, {
		present: ['is', 'it', 'issons', 'issez', 'issent'].map((e) => stem + e),
		imperfect: long,
		simplePast: ['is', 'it', 'îmes', 'îtes', 'irent'].map((e) => stem + e),
		future: `${stem}ir`,
		subjunctive: long,
		participle: `${stem}i`
	});
}

/**
 * Every form of a French verb given by its infinitive: finite forms (all tenses and moods, all
 * persons), the infinitive, the present participle and the four past participles. Irregular verbs
 * outside the table and in -re are not guessed: the list is then empty.
 */
export function conjugate(lemma: string): VerbForm[] {
	const built = BUILT_ON[lemma];
	if (built) {
		const [base, strip, prefix] = built;
		return fromParts(lemma, withPrefix(IRREGULAR[base]!, prefix, strip));
	}
	const parts = IRREGULAR[lemma];
	if (parts) return fromParts(lemma, parts);
	if (lemma.endsWith('er')) return firstGroup(lemma);
	if (lemma.endsWith('ir')) return secondGroup(lemma);
	return [];
}
