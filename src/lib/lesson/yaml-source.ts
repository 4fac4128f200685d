import {
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
	type YAMLError
} from 'yaml';
import { phrase, phrasedProblem } from './problem-text';
import { positionAt, type Problem } from './problems';

export type Path = readonly PropertyKey[];

/** Decodes a lesson file as UTF-8, or says where the first byte that is not UTF-8 is. */
export function decodeUtf8(
	file: string,
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; problem: Problem } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text };
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const { line, column } = positionAt(lossy, Math.max(0, lossy.indexOf('\uFFFD')));
		return {
			ok: false,
			problem: phrasedProblem({ file, line, column }, phrase('notUtf8'), phrase('notUtf8Fix'))
		};
	}
}

/** A parsed YAML file that remembers where every value came from. */
export class YamlSource {
	readonly problems: Problem[] = [];
	readonly data: unknown;
	private readonly doc: Document.Parsed;
	private readonly lines = new LineCounter();

	constructor(
		readonly file: string,
		readonly text: string
	) {
		this.doc = parseDocument(text, {
			lineCounter: this.lines,
			uniqueKeys: true,
			prettyErrors: false
		});
		const errors = this.doc.errors;
		for (const error of errors) {
			// yaml reports an over-indented line twice; keep the more telling of the two.
			const twin = errors.some(
				(other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === error.pos[0]
			);
			if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && twin) continue;
			this.problems.push(this.syntaxProblem(error));
		}
		this.data = this.problems.length === 0 ? this.doc.toJS() : undefined;
	}

	private syntaxProblem(error: YAMLError): Problem {
		const { file, text } = this;
		const at = (offset: number) => {
			const { line, col } = this.lines.linePos(offset);
			return { file, line, column: col };
		};
		const lineOf = (offset: number) => text.split('\n')[this.lines.linePos(offset).line - 1] ?? '';
		if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
			// yaml notices a missing closing quote where the file ends; the teacher needs the line
			// where the quote was opened.
			const opened = unclosedQuoteLine(text, error.pos[0]);
			if (opened) {
				return phrasedProblem(
					{ file, ...opened },
					phrase('unclosedQuote'),
					phrase('unclosedQuoteFix')
				);
			}
		}
		// French puts a space before ":" ("Attention : …"), which YAML reads as a new field when
		// the text is not quoted.
		const colon = ['BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW'].includes(error.code)
			? colonInPlainText(lineOf(error.pos[0]))
			: null;
		if (colon) {
			const { line } = this.lines.linePos(error.pos[0]);
			return phrasedProblem(
				{ file, line, column: colon.column + 1 },
				phrase(colon.inBraces ? 'colonInBraces' : 'colonInText'),
				phrase(colon.inBraces ? 'braceTextFix' : 'colonInTextFix')
			);
		}
		if (error.code === 'MULTILINE_IMPLICIT_KEY') {
			const { line } = this.lines.linePos(error.pos[1]);
			const lineText = text.split('\n')[line - 1] ?? '';
			return phrasedProblem(
				{ file, line, column: lineText.length - lineText.trimStart().length + 1 },
				phrase('overIndented'),
				phrase('overIndentedFix')
			);
		}
		if (error.code === 'DUPLICATE_KEY') {
			const key = /^[^,:}\n]*/.exec(text.slice(error.pos[0]))![0].trim();
			// In a one-line { fr: …, en: … }, a comma in the text starts a new "field": a text
			// with the same words twice gives a field that appears twice.
			if (insideBraces(lineOf(error.pos[0]), this.lines.linePos(error.pos[0]).col - 1)) {
				return phrasedProblem(
					at(error.pos[0]),
					phrase('braceComma', { piece: key }),
					phrase('braceTextFix')
				);
			}
			return phrasedProblem(
				at(error.pos[0]),
				phrase('duplicateKey', { key }),
				phrase('duplicateKeyFix')
			);
		}
		return phrasedProblem(
			at(error.pos[0]),
			phrase('syntax', { detail: firstLine(error.message) }),
			phrase(yamlFix(error.code))
		);
	}

	/** Whether the map at `path` is written on one line between { } (a "flow" map). */
	isBraces(path: Path): boolean {
		const { node, depth } = this.walk(path);
		return depth === path.length && isMap(node) && node.flow === true;
	}

	/** The node at `path`, or the deepest existing node on the way (and how deep it got). */
	private walk(path: Path): { node: Node | null; depth: number; keyNode: Node | null } {
		let node = this.doc.contents as Node | null;
		let keyNode: Node | null = null;
		let depth = 0;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
				if (!pair) break;
				keyNode = pair.key as Node;
				node = pair.value as Node | null;
			} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
				keyNode = null;
				node = node.items[segment] as Node;
			} else break;
			depth++;
		}
		return { node, depth, keyNode };
	}

	/** Whether `path` exists in the file (a missing field vs. a wrong one). */
	has(path: Path): boolean {
		return this.walk(path).depth === path.length;
	}

	/** Line and column of the value at `path` (of its key with `key: true`), or of its nearest parent. */
	position(path: Path, options: { key?: boolean } = {}): { line: number; column: number } {
		const { node, keyNode, depth } = this.walk(path);
		const target = options.key && depth === path.length && keyNode ? keyNode : node;
		const offset = target?.range?.[0] ?? 0;
		const pos = this.lines.linePos(offset);
		return { line: pos.line, column: pos.col };
	}

	/** Line and column of the first key of the map at `path`, or null if there is no such map. */
	firstKeyPosition(path: Path): { line: number; column: number } | null {
		const { node, depth } = this.walk(path);
		const first = depth === path.length && isMap(node) ? node.items[0]?.key : undefined;
		if (!isScalar(first) || !first.range) return null;
		const pos = this.lines.linePos(first.range[0]);
		return { line: pos.line, column: pos.col };
	}

	/** The first key of the map at `path`, else wherever `path` points. */
	firstKeyPositionOr(path: Path): { line: number; column: number } {
		return this.firstKeyPosition(path) ?? this.position(path);
	}

	/** Line and column of the key `name` inside the map at `path`. */
	keyPosition(path: Path, name: string): { line: number; column: number } {
		return this.position([...path, name], { key: true });
	}
}

/** The last line before `offset` that opens a quoted value and does not close it. */
function unclosedQuoteLine(text: string, offset: number): { line: number; column: number } | null {
	const lines = text.slice(0, offset).split('\n');
	for (let i = lines.length - 1; i >= 0; i--) {
		const opening = /(?:^|:\s+|-\s+)(["'])/.exec(lines[i]!);
		if (!opening) continue;
		const quote = opening[1]!;
		const after = lines[i]!.slice(opening.index + opening[0].length);
		const closed = quote === '"' ? /(^|[^\\])"\s*(#.*)?$/.test(after) : /'\s*(#.*)?$/.test(after);
		if (!closed) return { line: i + 1, column: opening.index + opening[0].length };
		return null;
	}
	return null;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The phrase that says how to fix a YAML syntax error with this code. */
function yamlFix(code: string): string {
	switch (code) {
		case 'TAB_AS_INDENT':
			return 'tabFix';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return 'punctuationFix';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'missingKeyFix';
		default:
			return 'syntaxFix';
	}
}

/** Whether column `column` (0-based) of a line is between an opened { and its }. */
function insideBraces(line: string, column: number): boolean {
	let depth = 0;
	for (const char of line.slice(0, column)) {
		if (char === '{') depth++;
		else if (char === '}') depth--;
	}
	return depth > 0;
}

/**
 * Where an unquoted text on this line has a ": " inside it (0-based column of that colon), and
 * whether it is between { } — or null. "definition: Attention : faux ami" has one; a quoted text,
 * a text after ">-", "10:30" or an address (https://…) does not.
 */
export function colonInPlainText(line: string): { column: number; inBraces: boolean } | null {
	const field = /^(\s*(?:-\s+)?[^\s:#'"{}[\],][^:#]*?:\s+)(.*)$/.exec(line);
	if (!field) return null;
	const start = field[1]!.length;
	const value = field[2]!;
	if (value.startsWith('{')) {
		// `{ fr: Attention : faux ami, en: … }`: a second ":" inside one "key: text" part.
		const part = /[{,]\s*[\w$-]+\s*:\s+(?!['"])[^,{}:]*:/.exec(value);
		return part ? { column: start + part.index + part[0].length - 1, inBraces: true } : null;
	}
	if (/^['"|>&*!#[]/.test(value)) return null;
	const colon = /:(\s|$)/.exec(value.replace(/\s#.*$/, ''));
	return colon ? { column: start + colon.index, inBraces: false } : null;
}
