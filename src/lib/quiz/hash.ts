import { createHash } from 'node:crypto';
import { question as questionSchema, type Question } from './schema';

// The fields each type of question has in the quiz file. Anything else on the object (such as
// the evidenceRanges the lesson loader adds, which move when the text is edited) is not part
// of the question's content.
const fieldsByType = new Map<string, readonly string[]>(
	questionSchema.options.map((member) => [member.shape.type.value, Object.keys(member.shape)])
);

/** JSON with object keys sorted (by code unit), so key order in the YAML file changes nothing. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, item]) => item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * A stable hash (SHA-256, hex) of a question's content as parsed from the quiz file (defaults
 * applied), stored with each answer so answers to an edited question can be told apart. Key
 * order does not change it; any change of text, key, feedback or evidence does. Server only.
 */
export function questionHash(question: Question): string {
	const fields = fieldsByType.get(question.type) ?? [];
	const content = Object.fromEntries(
		Object.entries(question).filter(([key]) => fields.includes(key))
	);
	return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
