import { Document, isSeq, LineCounter, parseDocument, type YAMLSeq } from 'yaml';
import type { Question } from '../quiz/schema';

// Imported questions are added at the end of the quiz file's `questions:` list. What the
// teacher wrote stays byte for byte (comments, key order, quoting, line breaks): the new items
// are rendered with yaml's Document API and spliced in after the last item.

const NEW_FILE_HEADER = [
	'# yaml-language-server: $schema=../schema/quiz.schema.json',
	'# The quiz: questions in French and English, each with its evidence quoted from the text.',
	''
].join('\n');

/** Key order of a written question: what a teacher reads first comes first. */
const ORDER = ['id', 'review', 'type', 'skill', 'prompt'];

function ordered(question: Question): Record<string, unknown> {
	const entries = Object.entries(question).filter(([, v]) => v !== undefined);
	entries.sort(([a], [b]) => {
		const [ia, ib] = [ORDER.indexOf(a), ORDER.indexOf(b)];
		return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib);
	});
	return Object.fromEntries(entries);
}

/** The YAML of `questions` as the items of a block list indented by `indent` spaces. */
function itemsText(questions: readonly Question[], indent: number): string {
	const doc = new Document(questions.map(ordered));
	const text = doc.toString({ lineWidth: 0, indentSeq: true });
	return text
		.split('\n')
		.map((line) => (line === '' ? line : ' '.repeat(indent) + line))
		.join('\n');
}

/**
 * The quiz file's text with `questions` appended. `source` is the file as read (null when the
 * lesson has no quiz yet). Throws if the file's YAML does not parse: it is never rewritten then.
 */
export function appendQuestions(source: string | null, questions: readonly Question[]): string {
	if (questions.length === 0 && source !== null) return source;
	if (source === null || source.trim() === '') {
		return `${source?.trim() ? source : NEW_FILE_HEADER}questions:\n${itemsText(questions, 2)}`;
	}
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines });
	if (doc.errors.length > 0) throw new Error(`quiz.yaml does not parse: ${doc.errors[0]!.message}`);
	const list = doc.get('questions', true);
	const blockList = isSeq(list) && !list.flow && list.items.length > 0;
	if (!blockList) {
		// No list yet, or an empty `questions: []`: the Document API writes it, comments kept.
		if (list !== undefined && !(isSeq(list) && list.items.length === 0)) {
			throw new Error('quiz.yaml: "questions" is not a list');
		}
		const seq = doc.createNode(questions.map(ordered)) as YAMLSeq;
		doc.set('questions', seq);
		return doc.toString({ lineWidth: 0, indentSeq: true });
	}
	const seq = list as YAMLSeq;
	const first = seq.items[0] as { range?: [number, number, number] };
	const firstStart = first.range?.[0] ?? seq.range![0];
	// The column of the first item's "- ": the new items line up with it.
	const lineStart = source.lastIndexOf('\n', firstStart - 1) + 1;
	const dash = source.slice(lineStart, firstStart).indexOf('-');
	const indent = dash >= 0 ? dash : 2;
	const end = seq.range![1];
	// After the last item's value: at the start of the next line.
	const breakAt = source.indexOf('\n', end - 1);
	const insertAt = breakAt < 0 ? source.length : breakAt + 1;
	const before = source.slice(0, insertAt);
	const glue = before.endsWith('\n') ? '' : '\n';
	return before + glue + itemsText(questions, indent) + source.slice(insertAt);
}
