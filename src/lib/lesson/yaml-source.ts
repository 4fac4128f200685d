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
			problem: {
				file,
				line,
				column,
				message: 'the file is not UTF-8 text (an accent was saved in another encoding)',
				fix: 'save the file again as UTF-8 (in most editors: “Save with encoding” → UTF-8)'
			}
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
		if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
			// yaml notices a missing closing quote where the file ends; the teacher needs the line
			// where the quote was opened.
			const opened = unclosedQuoteLine(text, error.pos[0]);
			if (opened) {
				return {
					file,
					...opened,
					message: 'the closing quotation mark of the text opened on this line is missing',
					fix: 'add the closing quotation mark at the end of the text, or write the text after ">-" on the next line without quotes'
				};
			}
		}
		if (error.code === 'MULTILINE_IMPLICIT_KEY') {
			const { line } = this.lines.linePos(error.pos[1]);
			const lineText = text.split('\n')[line - 1] ?? '';
			return {
				file,
				line,
				column: lineText.length - lineText.trimStart().length + 1,
				message: 'this line is indented more than the fields of its block',
				fix: 'line it up with the field above it (same number of spaces)'
			};
		}
		const pos = this.lines.linePos(error.pos[0]);
		return {
			file,
			line: pos.line,
			column: pos.col,
			message: `YAML syntax: ${firstLine(error.message)}`,
			fix: yamlFix(error.code)
		};
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

function yamlFix(code: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'a field appears twice in the same block: keep one';
		case 'TAB_AS_INDENT':
			return 'indent with spaces, not tabs';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return 'check the indentation and the punctuation on this line; put text containing ": " or "#" in quotes, or after ">-" on the next line';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a line is missing its "key:" or is indented too far';
		default:
			return 'check the indentation and quoting around this line';
	}
}
