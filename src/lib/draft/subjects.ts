// Who is the subject of a reporting verb, read off the words around it: "Pauline Marois a dit",
// "Le président du directoire de PSA, Philippe Varin, a précisé", "ce que le ministère a décrit",
// "Arnaud Montebourg, le ministre…, qui a déclaré", "« … » a indiqué V. Sapounov",
// "selon le représentant de l'armée". Plain string work: a French news sentence puts its
// subject in a few predictable places, and no parser is at hand.

/** A subject as the text writes it, and a description given beside a name. */
export interface SubjectPhrase {
	phrase: string;
	title?: string;
}

const SPACE = '[\\s\\u00a0\\u202f]';

/** Words that may stand between a subject and its verb (clitics, short adverbs, incises). */
const TRAILING = new RegExp(
	`(?:^|${SPACE})(?:ne|n['’]|se|s['’]|l['’]|le|la|les|lui|leur|y|en|me|m['’]|nous|vous|` +
		`aussi|également|encore|déjà|même|alors|ensuite|enfin|pourtant|cependant|néanmoins|toutefois|` +
		`hier|aujourd['’]hui|lui-même|elle-même|eux-mêmes|elles-mêmes|d['’]ailleurs)${SPACE}*$`,
	'iu'
);

/** Chunks between commas that are no subject: "selon lui", "pour sa part", "hier", "mercredi". */
const INCISE =
	/^(?:selon (?:lui|elle|eux|elles)|pour (?:sa|leur) part|quant à (?:lui|elle|eux|elles)|de (?:son|leur) côté|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|par ailleurs|toutefois|cependant|néanmoins|en outre|de plus|lui-même|elle-même|notamment|enfin|ensuite|alors|également|aussi)$/iu;

/** Where a clause starts: the subject is after the last of these. */
const BOUNDARY = new RegExp(
	`(?:[;:«»“”()\\[\\],]|(?:^|${SPACE})(?:(?:que|et|mais|or|car|puis|tandis que|alors que|lorsque|quand|si|dont|où|parce que|puisque|après que|avant que|pendant que|afin que|bien que)(?=${SPACE}|$)|(?:qu|lorsqu|puisqu)['’]))`,
	'giu'
);

const PREPOSITION =
	/^(?:à|au|aux|dans|pour|par|avec|sur|sous|après|avant|depuis|lors|suite|selon|d['’]après|entre|vers|chez|contre|malgré|pendant|parmi|outre|dès|en)(?:\s|$)/iu;

const DETERMINER =
	/^(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|tout|toute|tous|toutes|quelques|plusieurs|certains|certaines|deux|trois|quatre|cinq|de nombreux|de nombreuses|chaque)(?:\s|(?<=['’]))/iu;

const NAME_RUN =
	/((?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|du|des|la|le|van|von|da|di|del|al|ben|bin|el)\s+)?\s*)+)$/u;

function stripTrailing(text: string): string {
	let previous: string;
	do {
		previous = text;
		text = text.replace(/[\s\u00a0\u202f]+$/u, '').replace(TRAILING, '');
	} while (text !== previous);
	return text;
}

function afterLastBoundary(text: string): string {
	let cut = 0;
	for (const match of text.matchAll(BOUNDARY)) cut = match.index + match[0].length;
	return text.slice(cut).trim();
}

/** Split on commas outside brackets. */
function chunks(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '(' || c === '«' || c === '“') depth++;
		else if ((c === ')' || c === '»' || c === '”') && depth > 0) depth--;
		else if (c === ',' && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts.map((p) => p.trim());
}

const isName = (chunk: string) => /^\p{Lu}/u.test(chunk) && !DETERMINER.test(chunk);
const isNounPhrase = (chunk: string) => DETERMINER.test(chunk) || isName(chunk);

function acceptable(phrase: string): string | undefined {
	const clean = phrase
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[\s\u00a0\u202f]+/gu, ' ')
		.trim();
	if (!clean || PREPOSITION.test(clean)) return undefined;
	if (!/\p{L}/u.test(clean) || clean.split(' ').length > 14) return undefined;
	return clean;
}

/**
 * The subject written before a verb, given the sentence's text up to the verb (the verb's own
 * auxiliary excluded). Undefined when none can be read.
 */
export function subjectBefore(upToVerb: string): SubjectPhrase | undefined {
	let text = stripTrailing(upToVerb.replace(/\([^)]*\)[\s\u00a0\u202f]*$/u, ''));
	// A relative clause: its antecedent speaks ("Libération qui a accusé").
	const relative = /(?:^|[\s,])qui$/iu.exec(text);
	if (relative) text = text.slice(0, relative.index + 1).replace(/[\s\u00a0\u202f]+$/u, '');
	if (!text.trim()) return undefined;
	if (!/,$/u.test(text)) {
		let tail = afterLastBoundary(text);
		// "L'opposition socialiste, avec X (PSOE) demanda": the body before "avec" speaks.
		if (/^avec\s/iu.test(tail)) {
			const parts = chunks(text);
			tail = parts.length > 1 ? afterLastBoundary(parts.at(-2)!) : '';
		}
		const phrase = acceptable(tail);
		return phrase ? { phrase } : undefined;
	}
	// Appositions between commas: "X, le ministre…," or "Le ministre…, X,".
	const parts = chunks(text.replace(/,[\s\u00a0\u202f]*$/u, ''));
	while (parts.length > 1 && INCISE.test(parts.at(-1)!)) parts.pop();
	const last = parts.at(-1)!;
	const before = parts.length > 1 ? parts.at(-2)! : undefined;
	if (/^avec\s/iu.test(last) && before !== undefined) {
		const phrase = acceptable(afterLastBoundary(before));
		return phrase ? { phrase } : undefined;
	}
	if (isName(last) && before && DETERMINER.test(before) && parts.length === 2) {
		return { phrase: last, title: before };
	}
	if (isName(last)) {
		const phrase = acceptable(afterLastBoundary(last));
		return phrase ? { phrase } : undefined;
	}
	if (DETERMINER.test(last) && before) {
		const run = NAME_RUN.exec(before.trim())?.[1]?.trim();
		if (run) return { phrase: run, title: last };
	}
	if (!isNounPhrase(last) && before) {
		const phrase = acceptable(afterLastBoundary(before));
		return phrase ? { phrase, title: last } : undefined;
	}
	const phrase = acceptable(afterLastBoundary(last));
	return phrase ? { phrase } : undefined;
}

const LEADING =
	/^(?:[\s\u00a0\u202f]|notamment|encore|aussi|également|hier|alors|ensuite|enfin|le lendemain|la veille|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans un communiqué|sur twitter|sur son compte)+/iu;

/**
 * The subject written after an inverted verb ("a indiqué V. Sapounov", "écrit notamment le
 * quotidien El Punt Avui", "a annoncé à l'agence RIA Novosti Valentine Sapounov"), given the
 * text after the verb.
 */
export function subjectAfter(afterVerb: string): SubjectPhrase | undefined {
	const stop = /[,;:!?»”()\n]|(?<![\s.]\p{Lu})\./u.exec(afterVerb);
	let text = (stop ? afterVerb.slice(0, stop.index) : afterVerb).replace(LEADING, '').trim();
	// "a déclaré le ministre de l'Intérieur, Süleyman Soylu, lors de…": the name in apposition.
	if (stop?.[0] === ',' && DETERMINER.test(text)) {
		const apposition =
			/^[\s\u00a0\u202f]*(\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}.'’-]*)+)[\s\u00a0\u202f]*(?:[,.;]|$)/u.exec(
				afterVerb.slice(stop.index + 1)
			);
		if (apposition) return { phrase: apposition[1]!, title: text };
	}
	if (/^(?:à|au|aux)\s/iu.test(text)) {
		// The person comes after whom they spoke to: keep the last proper name (two words at most).
		const run = NAME_RUN.exec(text)?.[1]?.trim();
		if (!run) return undefined;
		const names = run.split(/\s+/);
		text = names.length >= 3 ? names.slice(-2).join(' ') : run;
	}
	if (!isNounPhrase(text)) return undefined;
	// "a annoncé Valentin Orlov à l'agence Tass": the subject ends where a complement starts.
	text = text.replace(
		/[\s\u00a0\u202f]+(?:à|au|aux|devant|dans|sur|lors|pendant|depuis|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s\u00a0\u202f].*$/u,
		''
	);
	const phrase = acceptable(text);
	return phrase ? { phrase } : undefined;
}

/** "-t-il", "-elle", "-on" after an inverted verb. */
export function invertedPronoun(afterVerb: string): string | undefined {
	return /^-(?:t-)?(il|elle|ils|elles|on)\b/iu.exec(afterVerb)?.[1]?.toLocaleLowerCase('fr');
}
