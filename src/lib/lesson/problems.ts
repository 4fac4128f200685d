import type { Phrase } from './problem-text';

/** One thing wrong in a lesson file, said so a teacher can fix it without help. */
export interface Problem {
	/** Path as the teacher sees it, e.g. `questions/karabakh-revenge/glossary.yaml`. */
	file: string;
	/** 1-based line and column. */
	line: number;
	column: number;
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	fix: string;
	/** The same words as locale keys, so the teacher area can say them in French too. */
	phrases?: { message: Phrase; fix: Phrase };
}

/** `file:line:column: what is wrong — how to fix it`, the form editors and terminals link. */
export function formatProblem({ file, line, column, message, fix }: Problem): string {
	return `${file}:${line}:${column}: ${message} — ${fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
}

/** Line and column (1-based) of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
