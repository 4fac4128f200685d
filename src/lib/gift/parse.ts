// Reads Moodle's GIFT format the way Moodle's own importer (qformat_gift) reads it: questions
// are blocks separated by blank lines; whole lines starting with // are comments; the answer
// block is the text between the first { and the first }; a bare ":" in a question is ordinary
// text (only "::" opens a title), which matters for French (" : " is everywhere).

/** A message about the file, at a line (1-based), with its words as a locale key and values. */
export interface GiftMessage {
	line: number;
	code: string;
	values?: Record<string, string | number>;
}

export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** An answer of a choice, short-answer or numerical question, as written. */
export interface GiftAnswer {
	text: string;
	/** Moodle's fraction: 1 = 100 %, may be negative. */
	weight: number;
	feedback: string;
}

export interface GiftNumber {
	value: number;
	tolerance: number;
	weight: number;
	feedback: string;
}

interface Base {
	/** Line of the question's first line (its comments included). */
	line: number;
	title?: string;
	/** The category set by the last `$CATEGORY:` before the question. */
	category?: string;
	/** Comment lines of the block, without the `//`, trimmed. */
	comments: string[];
	format: GiftFormat;
	/** The question text; a missing-word question has `_____` where its answers were. */
	text: string;
	generalFeedback: string;
}

export type GiftQuestion = Base &
	(
		| { kind: 'description' }
		| { kind: 'essay' }
		| { kind: 'truefalse'; answer: boolean; rightFeedback: string; wrongFeedback: string }
		| { kind: 'multichoice'; single: boolean; missingWord: boolean; answers: GiftAnswer[] }
		| { kind: 'short'; missingWord: boolean; answers: GiftAnswer[] }
		| { kind: 'numerical'; answers: GiftNumber[]; wrongFeedback?: string }
		| { kind: 'match'; pairs: { left: string; right: string }[] }
	);

export type GiftKind = GiftQuestion['kind'];

export interface GiftParse {
	questions: GiftQuestion[];
	/** Mistakes that make the file unreadable as GIFT: nothing is imported while there is one. */
	errors: GiftMessage[];
}

/** The placeholder of each escaped character while the file is cut into parts. */
const ESCAPES: Record<string, string> = {
	':': '\uE000',
	'#': '\uE001',
	'=': '\uE002',
	'{': '\uE003',
	'}': '\uE004',
	'~': '\uE005',
	n: '\uE006'
};
const BACKSLASH = '\uE007';
const UNESCAPED: Record<string, string> = {
	'\uE000': ':',
	'\uE001': '#',
	'\uE002': '=',
	'\uE003': '{',
	'\uE004': '}',
	'\uE005': '~',
	'\uE006': '\n',
	'\uE007': '\\'
};

function escapePre(text: string): string {
	return text
		.replaceAll('\\\\', BACKSLASH)
		.replace(/\\([:#={}~n])/g, (_, c: string) => ESCAPES[c]!);
}

/** Back to the characters the author meant, once the special ones have done their job. */
export function escapePost(text: string): string {
	return text.replace(/[\uE000-\uE007]/g, (c) => UNESCAPED[c]!);
}

const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'plain', 'markdown'];

/** A text with its optional `[format]` prefix, unescaped and trimmed. */
function withFormat(raw: string, fallback: GiftFormat): { text: string; format: GiftFormat } {
	const text = raw.trim();
	const named = /^\[([a-z]+)\]/.exec(text);
	if (named && FORMATS.includes(named[1] as GiftFormat)) {
		return { text: escapePost(text.slice(named[0].length)).trim(), format: named[1] as GiftFormat };
	}
	return { text: escapePost(text).trim(), format: fallback };
}

/** Moodle's weight, `%50%` or `%-33.33333%`, at the start of an answer. */
const WEIGHT = /^%(-?\d+(?:\.\d*)?)%/;

function answerParts(raw: string): { text: string; weight: number | null; feedback: string } {
	let rest = raw.trim();
	let weight: number | null = null;
	const w = WEIGHT.exec(rest);
	if (w) {
		weight = Number(w[1]) / 100;
		rest = rest.slice(w[0].length);
	}
	const hash = rest.indexOf('#');
	const text = hash < 0 ? rest : rest.slice(0, hash);
	const feedback = hash < 0 ? '' : rest.slice(hash + 1);
	return { text, weight, feedback };
}

/** Splits on `sep` and drops an empty first piece (text before the first marker). */
function pieces(text: string, sep: string): string[] {
	const parts = text.split(sep);
	if (parts[0]!.trim() === '') parts.shift();
	return parts;
}

interface Block {
	line: number;
	lines: string[];
}

/** Blocks of lines separated by blank lines, as Moodle cuts a file into questions. */
function blocks(text: string): Block[] {
	const all = text.split(/\r\n|\r|\n/);
	const found: Block[] = [];
	let current: Block | null = null;
	all.forEach((line, i) => {
		if (line.trim() === '') {
			current = null;
			return;
		}
		if (!current) {
			current = { line: i + 1, lines: [] };
			found.push(current);
		}
		current.lines.push(line);
	});
	return found;
}

/** Reads a GIFT file's text. */
export function parseGift(source: string): GiftParse {
	const questions: GiftQuestion[] = [];
	const errors: GiftMessage[] = [];
	let category: string | undefined;
	for (const block of blocks(source.replace(/^\uFEFF/, ''))) {
		const comments = block.lines
			.filter((line) => line.trim().startsWith('//'))
			.map((line) => line.trim().slice(2).trim());
		// Comment lines become empty lines, so an offset in `raw` still counts the file's lines.
		const raw = escapePre(
			block.lines.map((line) => (line.trim().startsWith('//') ? '' : line)).join('\n')
		);
		const lineAt = (offset: number) =>
			block.line + (raw.slice(0, offset).match(/\n/g)?.length ?? 0);
		const start = raw.search(/\S/);
		if (start < 0) continue; // comments only
		const firstLine = lineAt(start);
		let text = raw.slice(start).trimEnd();
		let offset = start;

		if (text.startsWith('$CATEGORY:')) {
			category = escapePost(text.slice('$CATEGORY:'.length)).trim();
			continue;
		}
		let title: string | undefined;
		if (text.startsWith('::')) {
			const end = text.indexOf('::', 2);
			if (end >= 0) {
				title = escapePost(text.slice(2, end)).trim();
				const rest = text.slice(end + 2);
				offset += end + 2 + (rest.length - rest.trimStart().length);
				text = rest.trimStart();
			} else {
				text = text.slice(2);
				offset += 2;
			}
		}

		const open = text.indexOf('{');
		const close = text.indexOf('}');
		const base = { line: firstLine, comments, ...(title ? { title } : {}), category };
		if (open < 0 && close < 0) {
			const { text: body, format } = withFormat(text, 'moodle');
			questions.push({ ...base, kind: 'description', text: body, format, generalFeedback: '' });
			continue;
		}
		if (close < 0) {
			errors.push({ line: lineAt(offset + open), code: 'unclosedBrace' });
			continue;
		}
		if (open < 0 || close < open) {
			errors.push({ line: lineAt(offset + close), code: 'closeWithoutOpen' });
			continue;
		}
		const braceLine = lineAt(offset + open);
		let answerText = text.slice(open + 1, close).trim();
		const missingWord = !text.endsWith('}');
		const questionRaw = missingWord
			? `${text.slice(0, open)}_____${text.slice(close + 1)}`
			: text.slice(0, open);

		let generalRaw = '';
		const gf = answerText.lastIndexOf('####');
		if (gf >= 0) {
			generalRaw = answerText.slice(gf + 4);
			answerText = answerText.slice(0, gf).trim();
		}
		const question = withFormat(questionRaw, 'moodle');
		const format = question.format;
		const general = withFormat(generalRaw, format).text;
		const common = { ...base, text: question.text, format, generalFeedback: general };
		const clean = (s: string) => withFormat(s, format).text;

		if (answerText === '') {
			questions.push({ ...common, kind: 'essay' });
			continue;
		}
		if (answerText.startsWith('#')) {
			let body = answerText.slice(1);
			let wrongFeedback: string | undefined;
			const tilde = body.indexOf('~');
			if (tilde >= 0) {
				wrongFeedback = clean(answerParts(body.slice(tilde + 1)).feedback);
				body = body.slice(0, tilde);
			}
			const answers: GiftNumber[] = [];
			const before = errors.length;
			for (const piece of pieces(body, '=')) {
				const part = answerParts(piece);
				const written = escapePost(part.text).trim();
				const range = /^(.+?)\.\.(.+)$/.exec(written);
				const margin = /^(.+?):(.+)$/.exec(written);
				let value: number;
				let tolerance: number;
				if (range) {
					const [min, max] = [Number(range[1]), Number(range[2])];
					value = (min + max) / 2;
					tolerance = max - value;
				} else if (margin) {
					value = Number(margin[1]);
					tolerance = Number(margin[2]);
				} else {
					value = Number(written);
					tolerance = 0;
				}
				if (written === '' || !Number.isFinite(value) || !Number.isFinite(tolerance)) {
					errors.push({ line: braceLine, code: 'notANumber', values: { answer: written } });
					continue;
				}
				answers.push({
					value,
					tolerance: Math.abs(tolerance),
					weight: part.weight ?? 1,
					feedback: clean(part.feedback)
				});
			}
			if (errors.length > before) continue;
			if (answers.length === 0) {
				errors.push({ line: braceLine, code: 'noNumber' });
				continue;
			}
			questions.push({
				...common,
				kind: 'numerical',
				answers,
				...(wrongFeedback ? { wrongFeedback } : {})
			});
			continue;
		}
		if (answerText.includes('~')) {
			const single = answerText.includes('=');
			const answers = pieces(answerText.replaceAll('=', '~='), '~').map((piece) => {
				const trimmed = piece.trim();
				const right = trimmed.startsWith('=');
				const part = answerParts(right ? trimmed.slice(1) : trimmed);
				return {
					text: clean(part.text),
					weight: right ? 1 : (part.weight ?? 0),
					feedback: clean(part.feedback)
				};
			});
			if (answers.length < 2) {
				errors.push({ line: braceLine, code: 'tooFewAnswers', values: { min: 2 } });
				continue;
			}
			questions.push({ ...common, kind: 'multichoice', single, missingWord, answers });
			continue;
		}
		if (answerText.includes('=') && answerText.includes('->')) {
			const pairs: { left: string; right: string }[] = [];
			let bad = false;
			for (const piece of pieces(answerText, '=')) {
				const arrow = piece.indexOf('->');
				if (arrow < 0) {
					errors.push({
						line: braceLine,
						code: 'matchWithoutArrow',
						values: { pair: escapePost(piece.trim()) }
					});
					bad = true;
					break;
				}
				pairs.push({
					left: clean(piece.slice(0, arrow)),
					right: escapePost(piece.slice(arrow + 2)).trim()
				});
			}
			if (bad) continue;
			if (pairs.length < 2) {
				errors.push({ line: braceLine, code: 'tooFewAnswers', values: { min: 2 } });
				continue;
			}
			questions.push({ ...common, kind: 'match', pairs });
			continue;
		}
		const hash = answerText.indexOf('#');
		const truth = (hash > 0 ? answerText.slice(0, hash) : answerText).trim();
		if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) {
			const [, wrong = '', right = ''] = answerText.split('#');
			questions.push({
				...common,
				kind: 'truefalse',
				answer: truth.startsWith('T'),
				wrongFeedback: clean(wrong),
				rightFeedback: clean(right)
			});
			continue;
		}
		const answers = pieces(answerText, '=').map((piece) => {
			const part = answerParts(piece);
			return { text: clean(part.text), weight: part.weight ?? 1, feedback: clean(part.feedback) };
		});
		if (answers.length < 1 || answers.some((a) => a.text === '')) {
			errors.push({ line: braceLine, code: 'tooFewAnswers', values: { min: 1 } });
			continue;
		}
		questions.push({ ...common, kind: 'short', missingWord, answers });
	}
	return { questions, errors };
}
