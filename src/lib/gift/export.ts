import type { TextRange } from '../lesson/anchor';
import { isToTranslate } from '../lesson/to-translate';
import type { Question } from '../quiz/schema';
import { markTargets } from '../quiz/words';
import { multilang } from './text';
import { CLAIM_STATUS_LABELS, EVIDENCE_EN, EVIDENCE_FR, TRUE_FALSE } from './words';

// Writes a lesson's quiz as GIFT for Moodle. What GIFT cannot say (ids, skill, scoring, the
// evidence's exact anchors) goes in `// key: value` comments that Moodle ignores and our import
// reads back, so a round trip gives the same questions. Types Moodle lacks are mapped:
// claim status → single choice over the four statuses, mark in the text → multiple answer over
// the paragraph's words, order → matching each item to its position.

/** What the export needs of a lesson. */
export interface ExportLesson {
	id: string;
	title: { fr: string; en: string };
	/** The French text of each paragraph, in order. */
	paragraphs: readonly string[];
	questions: readonly (Question & { evidenceRanges?: readonly TextRange[] })[];
}

export interface ExportOptions {
	/** French only: no English in multilang spans. */
	frOnly?: boolean;
}

/** Escapes what GIFT reads as syntax; a line break becomes Moodle's `\n`. */
export function escapeGift(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\r?\n/g, '\\n');
}

/** Moodle's grade for one of `n` right options (5 decimals, as Moodle lists 33.33333). */
function share(n: number): string {
	return String(Math.round((100 / n) * 100000) / 100000);
}

export function exportGift(lesson: ExportLesson, options: ExportOptions = {}): string {
	const lang = (text: { fr: string; en: string }) =>
		escapeGift(
			multilang({ fr: text.fr, en: options.frOnly || isToTranslate(text.en) ? null : text.en })
		);
	const plain = (text: string) => escapeGift(multilang({ fr: text, en: null }));
	const out: string[] = [
		`// ${lesson.title.fr} (${lesson.id}), exported from Qui dit quoi ?`,
		`// The "// key: value" comments let Qui dit quoi ? read these questions back; Moodle ignores them.`,
		'',
		// Moodle reads the category as it is (no escapes); a slash would open a sub-category.
		`$CATEGORY: $course$/top/${lesson.title.fr.replace(/[/\r\n]+/g, ' ')}`,
		''
	];

	lesson.questions.forEach((q, n) => {
		const lines = [`// id: ${q.id}`, `// skill: ${q.skill}`, `// type: ${q.type}`];
		if (q.evidence) lines.push(`// evidence: ${JSON.stringify(q.evidence)}`);
		const title = `::${escapeGift(`${n + 1}. ${q.id}`)}::`;
		const quotes = (q.evidence ?? []).map((e, i) => {
			const paragraph = e.paragraph ?? (q.evidenceRanges?.[i]?.paragraph ?? -1) + 1;
			return { quote: e.quote, where: paragraph > 0 ? ` (§ ${paragraph})` : '' };
		});
		const general = lang({
			fr: [q.feedback.fr, ...quotes.map((e) => `${EVIDENCE_FR}${e.where} : « ${e.quote} »`)].join(
				'\n\n'
			),
			en: [q.feedback.en, ...quotes.map((e) => `${EVIDENCE_EN}${e.where} : « ${e.quote} »`)].join(
				'\n\n'
			)
		});
		const generalLine = `\t####${general}`;
		const feedback = (text?: { fr: string; en: string }) => (text ? `#${lang(text)}` : '');

		switch (q.type) {
			case 'single': {
				lines.push(`// option ids: ${q.options.map((o) => o.id).join(' ')}`);
				const [vrai, faux] = q.options;
				const trueFalse =
					q.options.length === 2 && vrai!.id === TRUE_FALSE[0].id && faux!.id === TRUE_FALSE[1].id;
				if (trueFalse) {
					const right = vrai!.correct ? vrai! : faux!;
					const wrong = vrai!.correct ? faux! : vrai!;
					// As Moodle writes it: "#wrong#right", "##right" or nothing.
					const said =
						(wrong.feedback ? `#${lang(wrong.feedback)}` : right.feedback ? '#' : '') +
						(right.feedback ? `#${lang(right.feedback)}` : '');
					lines.push(
						`${title}${lang(q.prompt)}{${vrai!.correct ? 'TRUE' : 'FALSE'}${said}####${general}}`
					);
					break;
				}
				lines.push(`${title}${lang(q.prompt)}{`);
				for (const o of q.options) {
					lines.push(`\t${o.correct ? '=' : '~'}${lang(o.text)}${feedback(o.feedback)}`);
				}
				lines.push(generalLine, '}');
				break;
			}
			case 'multiple': {
				lines.push(`// option ids: ${q.options.map((o) => o.id).join(' ')}`);
				lines.push(`// scoring: ${q.scoring}`);
				const right = share(q.options.filter((o) => o.correct).length);
				// all-or-nothing: any wrong option takes the whole grade away.
				const wrong = q.scoring === 'partial' ? right : '100';
				lines.push(`${title}${lang(q.prompt)}{`);
				for (const o of q.options) {
					lines.push(
						`\t~%${o.correct ? right : `-${wrong}`}%${lang(o.text)}${feedback(o.feedback)}`
					);
				}
				lines.push(generalLine, '}');
				break;
			}
			case 'claim': {
				lines.push(`${title}${lang(q.prompt)}\\n« ${lang(q.statement)} »{`);
				for (const [status, label] of Object.entries(CLAIM_STATUS_LABELS)) {
					const said = q.statusFeedback?.[status as keyof typeof CLAIM_STATUS_LABELS];
					lines.push(`\t${status === q.status ? '=' : '~'}${lang(label)}${feedback(said)}`);
				}
				lines.push(generalLine, '}');
				break;
			}
			case 'match': {
				lines.push(`// item ids: ${q.items.map((i) => i.id).join(' ')}`);
				const used = new Set(q.items.map((i) => i.answer));
				const unused = q.choices.filter((c) => !used.has(c.id));
				const choiceOrder = [...new Set(q.items.map((i) => i.answer)), ...unused.map((c) => c.id)];
				lines.push(`// choice ids: ${choiceOrder.join(' ')}`);
				// GIFT lists choices in the order of the pairs; the quiz shows them in this one.
				lines.push(`// choice order: ${q.choices.map((c) => c.id).join(' ')}`);
				lines.push(`${title}${lang(q.prompt)}{`);
				for (const item of q.items) {
					const choice = q.choices.find((c) => c.id === item.answer)!;
					lines.push(`\t=${lang(item.text)} -> ${lang(choice.text)}`);
				}
				for (const choice of unused) lines.push(`\t= -> ${lang(choice.text)}`);
				lines.push(generalLine, '}');
				break;
			}
			case 'mark': {
				const paragraph = lesson.paragraphs[q.paragraph - 1] ?? '';
				const found = markTargets(q, lesson.paragraphs);
				const required = new Set(found.ok ? found.targets.flatMap((t) => t.required) : []);
				const words = found.ok ? found.words : [];
				const right = share(Math.max(1, required.size));
				const seen = new Map<string, number>();
				lines.push(`${title}${lang(q.prompt)}\\n\\n${plain(paragraph)}{`);
				for (const word of words) {
					// The same word twice in a paragraph would be two identical options: number them.
					const count = (seen.get(word.text) ?? 0) + 1;
					seen.set(word.text, count);
					const label = count > 1 ? `${word.text} (${count})` : word.text;
					lines.push(`\t~%${required.has(word.index) ? right : `-${right}`}%${plain(label)}`);
				}
				lines.push(generalLine, '}');
				break;
			}
			case 'gap': {
				const [before, after] = q.sentence.split('___') as [string, string];
				const right = new Set(q.answers);
				const wrongFeedback = new Map(q.wrongAnswers.map((w) => [w.answer, w.feedback]));
				if (q.accents === 'forgiven') lines.push('// accents: forgiven');
				if (q.variants?.length) lines.push(`// variants: ${q.variants.join(' ')}`);
				const answers =
					q.mode === 'choose'
						? (q.choices ?? q.answers).map(
								(c) => `${right.has(c) ? '=' : '~'}${plain(c)}${feedback(wrongFeedback.get(c))}`
							)
						: [
								...q.answers.map((a) => `=${escapeGift(a)}`),
								...q.wrongAnswers.map((w) => `=%0%${escapeGift(w.answer)}${feedback(w.feedback)}`)
							];
				lines.push(
					`${title}${lang(q.prompt)}`,
					// Text after the braces is what makes Moodle read a missing word, not a question
					// followed by its answers: a gap at the very end keeps an (escaped) line break.
					`${plain(before)}{${answers.join(' ')} ####${general}}${after ? plain(after) : '\\n'}`
				);
				break;
			}
			case 'short': {
				if (q.accents === 'forgiven') lines.push('// accents: forgiven');
				if (q.variants?.length) lines.push(`// variants: ${q.variants.join(' ')}`);
				lines.push(`${title}${lang(q.prompt)}{`);
				// Moodle keeps short answers as plain text: escaped for GIFT, not for HTML.
				for (const a of q.answers) lines.push(`\t=${escapeGift(a)}`);
				for (const w of q.wrongAnswers) {
					lines.push(`\t=%0%${escapeGift(w.answer)}${feedback(w.feedback)}`);
				}
				lines.push(generalLine, '}');
				break;
			}
			case 'order': {
				lines.push(`// item ids: ${q.items.map((i) => i.id).join(' ')}`);
				lines.push(`${title}${lang(q.prompt)}{`);
				q.items.forEach((item, i) => lines.push(`\t=${lang(item.text)} -> ${i + 1}`));
				lines.push(generalLine, '}');
				break;
			}
		}
		out.push(...lines, '');
	});
	return out.join('\n');
}
