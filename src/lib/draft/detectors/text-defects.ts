import { conjugate } from '../conjugate';
import { AVOIR, ETRE, REPORTING_FORMS } from '../reporting';
import { anchorFor, quotations, rangesOf, tokens, uniqueId, type QuoteStyle } from '../spans';
import type { Bilingual, DraftContext, Detector } from '../types';

// Defects of the text a reader should see through, each with a correction: a word doubled
// across a broken sentence ("2020. guerre"), one name spelled two ways (Yukhari / Yuktari),
// quotation marks or apostrophes of mixed styles, a capital without its accent ("Etat"), and a
// missing comma between a closing quotation mark and the reporting clause after it.
// (English words left in the text are another detector's.)

type Defect = 'spelling' | 'broken-sentence' | 'typography';

interface Found {
	paragraph: number;
	start: number;
	end: number;
	defect: Defect;
	correction: string;
	explanation: Bilingual;
}

const lower = (w: string) => w.toLocaleLowerCase('fr');

/** Edit distance, stopped early above `limit`. */
function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next[j] = Math.min(
				row[j]! + 1,
				next[j - 1]! + 1,
				row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		row = next;
	}
	return row[b.length]!;
}

function brokenSentences(context: DraftContext, found: Found[]) {
	tokens(context).forEach((words, paragraph) => {
		const text = context.paragraphs[paragraph]!;
		words.forEach((word, i) => {
			const previous = words[i - 1];
			if (!previous) return;
			const gap = text.slice(previous.end, word.start);
			// "… de 2020. guerre, …": a full stop, then a lower-case word already said just before.
			if (/^\.[\s\u00a0\u202f]+$/u.test(gap) && /^\p{Ll}/u.test(word.text)) {
				const recent = words.slice(Math.max(0, i - 6), i).map((w) => lower(w.text));
				if (recent.includes(lower(word.text))) {
					found.push({
						paragraph,
						start: previous.start,
						end: word.end,
						defect: 'broken-sentence',
						correction: previous.text,
						explanation: {
							fr: `La phrase est cassée : après le point, « ${word.text} » répète un mot qui vient d’être écrit. Un reste de traduction automatique ou de copier-coller, à supprimer.`,
							en: `The sentence is broken: after the full stop, “${word.text}” repeats a word just written. A leftover of machine translation or copy-paste, to delete.`
						}
					});
				}
			}
			// "le le", "de de": the same word twice in a row.
			if (
				/^[\s\u00a0\u202f]+$/u.test(gap) &&
				lower(word.text) === lower(previous.text) &&
				!/^(?:nous|vous|\d+)$/iu.test(word.text)
			) {
				found.push({
					paragraph,
					start: previous.start,
					end: word.end,
					defect: 'typography',
					correction: previous.text,
					explanation: {
						fr: `Le mot « ${word.text} » est écrit deux fois de suite.`,
						en: `The word “${word.text}” is written twice in a row.`
					}
				});
			}
		});
	});
}

function nameSpellings(context: DraftContext, found: Found[]) {
	const seen = new Map<string, { paragraph: number; start: number; end: number }[]>();
	tokens(context).forEach((words, paragraph) => {
		for (const word of words) {
			if (word.text.length < 5 || !/^\p{Lu}\p{Ll}/u.test(word.text)) continue;
			// A capitalised common word (sentence start) is no name.
			if (context.lexicon.analyse(lower(word.text)).some((a) => a.pos !== 'proper-noun')) continue;
			const list = seen.get(word.text) ?? [];
			list.push({ paragraph, start: word.start, end: word.end });
			seen.set(word.text, list);
		}
	});
	const names = [...seen.keys()];
	const flagged = new Set<string>();
	for (const a of names) {
		for (const b of names) {
			if (a >= b || a[0] !== b[0]) continue;
			const limit = Math.min(a.length, b.length) >= 9 ? 2 : 1;
			if (distance(a, b, limit) > limit) continue;
			// Endings are grammar, not spelling: Sapounov / Sapounova, Français / Française.
			if (a.startsWith(b) || b.startsWith(a) || a.slice(0, -1) === b.slice(0, -1)) continue;
			const [countA, countB] = [seen.get(a)!.length, seen.get(b)!.length];
			const firstA = seen.get(a)![0]!;
			const firstB = seen.get(b)![0]!;
			const aFirst =
				firstA.paragraph < firstB.paragraph ||
				(firstA.paragraph === firstB.paragraph && firstA.start < firstB.start);
			const [wrong, right] = countA < countB || (countA === countB && !aFirst) ? [a, b] : [b, a];
			if (flagged.has(wrong)) continue;
			flagged.add(wrong);
			for (const place of seen.get(wrong)!) {
				found.push({
					...place,
					defect: 'spelling',
					correction: right,
					explanation: {
						fr: `Le même nom est écrit de deux façons dans le texte : « ${wrong} » ici, « ${right} » ailleurs. Une des deux est fausse ; on ne sait même pas si c’est le même lieu ou la même personne.`,
						en: `The same name is spelt two ways in the text: “${wrong}” here, “${right}” elsewhere. One of them is wrong; you cannot even be sure it is the same place or person.`
					}
				});
			}
		}
	}
}

const STYLE_NAMES: Record<QuoteStyle, Bilingual> = {
	guillemets: { fr: '« »', en: '« »' },
	curly: { fr: '“ ”', en: '“ ”' },
	straight: { fr: '" "', en: '" "' }
};

function quotationMarks(context: DraftContext, found: Found[]) {
	const all = quotations(context).flat();
	const styles = new Set(all.map((q) => q.style));
	if (styles.size > 1) {
		for (const quote of all) {
			if (quote.style === 'guillemets' || quote.unclosed) continue;
			const text = context.paragraphs[quote.paragraph]!;
			const inner = text.slice(quote.inner.start, quote.inner.end);
			found.push({
				paragraph: quote.paragraph,
				start: quote.start,
				end: quote.end,
				defect: 'typography',
				correction: `« ${inner} »`,
				explanation: {
					fr: `Le texte mélange les guillemets : ${STYLE_NAMES[quote.style].fr} ici, « » ailleurs. En français, on écrit « ». Ce mélange trahit souvent un texte copié de plusieurs sources ou traduit automatiquement.`,
					en: `The text mixes quotation marks: ${STYLE_NAMES[quote.style].en} here, « » elsewhere. French uses « ». Such a mix often betrays a text copied from several sources or machine-translated.`
				}
			});
		}
	}
	// Spaces inside « »: the text's own habit, and the one quotation that breaks it.
	const guillemets = all.filter((q) => q.style === 'guillemets' && !q.unclosed);
	const spaced = (q: (typeof guillemets)[number]) => {
		const text = context.paragraphs[q.paragraph]!;
		return [
			/[\s\u00a0\u202f]/u.test(text[q.start + 1] ?? ''),
			/[\s\u00a0\u202f]/u.test(text[q.end - 2] ?? '')
		];
	};
	const habit = guillemets.filter((q) => spaced(q).every(Boolean)).length;
	if (habit * 2 > guillemets.length) {
		for (const quote of guillemets) {
			if (spaced(quote).every(Boolean)) continue;
			const text = context.paragraphs[quote.paragraph]!;
			const inner = text.slice(quote.inner.start, quote.inner.end);
			found.push({
				paragraph: quote.paragraph,
				start: quote.start,
				end: quote.end,
				defect: 'typography',
				correction: `« ${inner} »`,
				explanation: {
					fr: 'En français, on met une espace (insécable) après « et avant », comme partout ailleurs dans ce texte.',
					en: 'French puts a (non-breaking) space after « and before », as everywhere else in this text.'
				}
			});
		}
	}
	// Apostrophes: ' and ’ both in one text.
	const marks = context.paragraphs.flatMap((text, paragraph) =>
		[...text.matchAll(/(\p{L}+)(['’])(\p{L}+)/gu)].map((m) => ({ paragraph, match: m }))
	);
	const curly = marks.filter((m) => m.match[2] === '’').length;
	const straight = marks.length - curly;
	if (curly > 0 && straight > 0) {
		const minority = curly < straight ? '’' : "'";
		const majority = minority === '’' ? "'" : '’';
		for (const { paragraph, match } of marks) {
			if (match[2] !== minority) continue;
			found.push({
				paragraph,
				start: match.index,
				end: match.index + match[0].length,
				defect: 'typography',
				correction: match[0].replace(minority, majority),
				explanation: {
					fr: `Cette apostrophe (${minority}) n’est pas celle du reste du texte (${majority}) : un signe que ce passage a été copié d’ailleurs.`,
					en: `This apostrophe (${minority}) is not the one used in the rest of the text (${majority}): a sign that this passage was copied from elsewhere.`
				}
			});
		}
	}
}

/** Capitals French writes with their accent, for when the lexicon does not know the word. */
const ACCENTED_CAPITALS: Record<string, string> = {
	Etat: 'État',
	Etats: 'États',
	'Etats-Unis': 'États-Unis',
	Ecole: 'École',
	Eglise: 'Église',
	Egypte: 'Égypte',
	Elysée: 'Élysée',
	Election: 'Élection',
	Elections: 'Élections',
	Economie: 'Économie',
	Education: 'Éducation',
	Energie: 'Énergie',
	Equipe: 'Équipe',
	Etudiant: 'Étudiant',
	Etudiants: 'Étudiants',
	Etude: 'Étude',
	Etudes: 'Études',
	Evénement: 'Événement',
	Epoque: 'Époque',
	Etre: 'Être',
	Ile: 'Île',
	Iles: 'Îles',
	Ca: 'Ça'
};

function accents(context: DraftContext, found: Found[]) {
	context.paragraphs.forEach((text, paragraph) => {
		for (const match of text.matchAll(/(?<![\p{L}\d'’-])([EAICO])([\p{Ll}-]*)(?![\p{L}'’])/gu)) {
			const word = match[0];
			let correction = ACCENTED_CAPITALS[word];
			if (!correction && word === 'A') {
				// "A la suite" is "À la suite"; "A-t-il" is the verb.
				if (
					/^[\s\u00a0\u202f]+\p{L}/u.test(text.slice(match.index + 1)) &&
					!/^-t-/u.test(text.slice(match.index + 1))
				) {
					correction = 'À';
				}
			}
			if (!correction && match[1] === 'E' && word.length > 3) {
				const rest = word.slice(1);
				const accented = context.lexicon.analyse(`é${rest}`).length > 0;
				const plain = context.lexicon.analyse(`e${rest}`).length > 0;
				if (accented && !plain) correction = `É${rest}`;
			}
			if (!correction) continue;
			found.push({
				paragraph,
				start: match.index,
				end: match.index + word.length,
				defect: 'spelling',
				correction,
				explanation: {
					fr: `En français, les majuscules gardent leur accent : « ${correction} », pas « ${word} ».`,
					en: `In French, capitals keep their accent: “${correction}”, not “${word}”.`
				}
			});
		}
	});
}

function commaAfterQuote(context: DraftContext, found: Found[]) {
	for (const verb of rangesOf(context, 'reporting-verb')) {
		const text = context.paragraphs[verb.paragraph]!;
		const before = /([^\s\u00a0\u202f])([\s\u00a0\u202f]*)([»”"])([\s\u00a0\u202f]+)$/u.exec(
			text.slice(0, verb.start)
		);
		// After « … ? » or « … ! » French writes no comma.
		if (!before || /[?!…]/u.test(before[1]!)) continue;
		const start = verb.start - before[3]!.length - before[4]!.length;
		found.push({
			paragraph: verb.paragraph,
			start,
			end: verb.end,
			defect: 'typography',
			correction: `${before[3]},${before[4]}${text.slice(verb.start, verb.end)}`,
			explanation: {
				fr: `Il manque une virgule après le guillemet fermant, avant « ${text.slice(verb.start, verb.end)} » : on écrit ${before[3]}, ${text.slice(verb.start, verb.end)}.`,
				en: `A comma is missing after the closing quotation mark, before “${text.slice(verb.start, verb.end)}”: French writes ${before[3]}, ${text.slice(verb.start, verb.end)}.`
			}
		});
	}
}

const SPACE = '[\\s\\u00a0\\u202f]';

/**
 * Punctuation around reported words: "Le ministre…, Pauline Marois a dit" (an apposition opened
 * with a comma and never closed), ": « nous sommes" (a quoted sentence starts with a capital),
 * "an ajoutant" (en), "- 33 %" (a minus sign), "se sont réjouit" (a participle, not a verb).
 */
function punctuation(context: DraftContext, found: Found[]) {
	for (const verb of rangesOf(context, 'reporting-verb')) {
		const text = context.paragraphs[verb.paragraph]!;
		const sentence = context.sentences.find(
			(s) => s.paragraph === verb.paragraph && s.start <= verb.start && verb.start < s.end
		);
		const before = text.slice(sentence?.start ?? 0, verb.start);
		const opened = new RegExp(
			`^(?:Le|La|Les|L['’]|Un|Une)[^,;:«»]*,${SPACE}+((?:\\p{Lu}|avec${SPACE})[^,;:«»]*?)${SPACE}+$`,
			'u'
		).exec(before);
		const verbText = text.slice(verb.start, verb.end);
		if (opened && !/\b(?:qui|que|et)\b/u.test(opened[1]!)) {
			const last = /(\S+)$/u.exec(opened[1]!)!;
			const start = (sentence?.start ?? 0) + before.lastIndexOf(last[1]!);
			found.push({
				paragraph: verb.paragraph,
				start,
				end: verb.end,
				defect: 'typography',
				correction: `${last[1]}, ${verbText}`,
				explanation: {
					fr: `La virgule ouverte avant « ${opened[1]!.trim()} » n’est pas refermée : il faut une virgule avant « ${verbText} », sinon on ne voit plus qui parle.`,
					en: `The comma opened before “${opened[1]!.trim()}” is never closed: a comma is needed before “${verbText}”, or the reader loses track of who speaks.`
				}
			});
		}
		// "se sont réjouit": a conjugated verb where the participle belongs.
		const words = verbText.split(/[\s\u00a0\u202f]+/u);
		const lastWord = words.at(-1)!.toLocaleLowerCase('fr');
		const aux = words.slice(0, -1).map((w) => w.toLocaleLowerCase('fr').replace(/^[sn]['’]/u, ''));
		const entries = REPORTING_FORMS.get(lastWord);
		const auxiliary = aux.find((w) => AVOIR.has(w) || ETRE.has(w));
		if (auxiliary && entries && !entries.some((e) => e.kinds.has('past-participle'))) {
			const participle = conjugate(entries[0]!.lemma).find(
				(f) => f.kind === 'past-participle'
			)!.form;
			const agreed = ETRE.has(auxiliary)
				? `${participle}${/^(?:sont|étaient|seront|seraient|furent)$/u.test(auxiliary) ? '(e)s' : '(e)'}`
				: participle;
			const start = verb.end - words.at(-1)!.length;
			found.push({
				paragraph: verb.paragraph,
				start,
				end: verb.end,
				defect: 'spelling',
				correction: agreed,
				explanation: {
					fr: `Après « ${words.slice(0, -1).join(' ')} », il faut le participe passé : « ${agreed} », pas « ${words.at(-1)} ».`,
					en: `After “${words.slice(0, -1).join(' ')}”, French needs the past participle: “${agreed}”, not “${words.at(-1)}”.`
				}
			});
		}
	}
	context.paragraphs.forEach((text, paragraph) => {
		for (const match of text.matchAll(new RegExp(`:${SPACE}*«${SPACE}*(\\p{Ll})`, 'gu'))) {
			const quote = quotations(context)[paragraph]!.find(
				(q) => q.start === text.indexOf('«', match.index)
			);
			const inner = quote ? text.slice(quote.inner.start, quote.inner.end) : '';
			if (inner.split(/\s+/u).length < 4) continue;
			const start = text.indexOf('«', match.index);
			const end = match.index + match[0].length;
			const word = /^\p{L}+/u.exec(text.slice(end - 1))![0];
			found.push({
				paragraph,
				start,
				end: end - 1 + word.length,
				defect: 'typography',
				correction: `${text.slice(start, end - 1)}${word.charAt(0).toLocaleUpperCase('fr')}${word.slice(1)}`,
				explanation: {
					fr: 'Après deux-points, une citation qui forme une phrase complète commence par une majuscule.',
					en: 'After a colon, a quotation that is a full sentence starts with a capital letter.'
				}
			});
		}
		for (const match of text.matchAll(
			new RegExp(`(?<![\\p{L}'’])an(${SPACE}+)(\\p{L}+ant)(?!\\p{L})`, 'gu')
		)) {
			const previous = /(\p{L}+)[\s\u00a0\u202f]*$/u
				.exec(text.slice(0, match.index))?.[1]
				?.toLocaleLowerCase('fr');
			if (
				previous &&
				[
					'un',
					'par',
					'chaque',
					'cet',
					'le',
					'au',
					'dans',
					'depuis',
					'ce',
					'nouvel',
					'premier',
					'dernier'
				].includes(previous)
			)
				continue;
			found.push({
				paragraph,
				start: match.index,
				end: match.index + match[0].length,
				defect: 'spelling',
				correction: `en${match[1]}${match[2]}`,
				explanation: {
					fr: `« an ${match[2]} » : une faute de frappe pour « en ${match[2]} » (le gérondif se forme avec « en »).`,
					en: `“an ${match[2]}”: a typo for “en ${match[2]}” (the French gerund is built with “en”).`
				}
			});
		}
		for (const match of text.matchAll(new RegExp(`(?<=^|[\\s(])-${SPACE}(\\d[\\d,.]*)`, 'gu'))) {
			found.push({
				paragraph,
				start: match.index,
				end: match.index + match[0].length,
				defect: 'typography',
				correction: `−${match[1]}`,
				explanation: {
					fr: 'Un nombre négatif s’écrit avec le signe moins collé au chiffre (−33 %), pas avec un tiret suivi d’une espace.',
					en: 'A negative number is written with the minus sign against the digits (−33 %), not with a hyphen and a space.'
				}
			});
		}
	});
}

/** Text defects other than English words, each with its correction. */
export const textDefects: Detector = {
	name: 'text-defects',
	run(context) {
		const found: Found[] = [];
		brokenSentences(context, found);
		nameSpellings(context, found);
		quotationMarks(context, found);
		accents(context, found);
		commaAfterQuote(context, found);
		punctuation(context, found);
		const taken = rangesOf(context, 'text-quality');
		found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
		for (const item of found) {
			const overlaps = taken.some(
				(t) => t.paragraph === item.paragraph && t.start < item.end && item.start < t.end
			);
			if (overlaps) continue;
			taken.push(item as never);
			const quote = context.paragraphs[item.paragraph]!.slice(item.start, item.end);
			context.annotations.push({
				review: 'suggested',
				id: uniqueId(context, `defect ${quote}`),
				kind: 'text-quality',
				anchor: anchorFor(context.paragraphs, item.paragraph, item.start, item.end),
				explanation: item.explanation,
				defect: item.defect,
				correction: item.correction
			});
		}
	}
};
