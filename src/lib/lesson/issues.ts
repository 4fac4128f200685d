import type { z } from 'zod';
import type { Problem } from './problems';
import type { Path, YamlSource } from './yaml-source';

type AnySchema = z.core.$ZodType;

/** The schema that validates the value at `path`, looking through optional/default/nullable. */
function schemaAt(schema: AnySchema, path: Path): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const segment of path) {
		current = unwrap(current);
		const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
		if (def?.type === 'object') {
			current = (def as z.core.$ZodObjectDef).shape[String(segment)];
		} else if (def?.type === 'array') {
			current = (def as z.core.$ZodArrayDef).element;
		} else return undefined;
	}
	return unwrap(current);
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
	let current = schema;
	while (current) {
		const def = current._zod.def as { type: string; innerType?: AnySchema };
		if (['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) {
			current = def.innerType;
		} else break;
	}
	return current;
}

function knownKeys(schema: AnySchema, path: Path): string[] {
	const at = schemaAt(schema, path);
	const def = at?._zod.def;
	if (def?.type !== 'object') return [];
	return Object.keys((def as z.core.$ZodObjectDef).shape).filter((k) => k !== '$schema');
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

function describeValue(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a block of fields';
	if (typeof value === 'string')
		return `the text "${value.length > 40 ? value.slice(0, 37) + '…' : value}"`;
	return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const expectedWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list (lines starting with "- ")',
	object: 'a block of fields (key: value lines, indented)'
};

function fieldName(path: Path): string {
	const named = [...path].reverse().find((s) => typeof s === 'string');
	return named === undefined ? 'the file' : `"${String(named)}"`;
}

function valueAt(data: unknown, path: Path): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

/** Turns each zod issue into problems at the right line and column, in a teacher's words. */
export function issueProblems(
	issue: z.core.$ZodIssue,
	source: YamlSource,
	schema: AnySchema
): Problem[] {
	const path = issue.path as Path;
	const at = (p: Path, key = false) => ({ file: source.file, ...source.position(p, { key }) });
	const field = fieldName(path);

	switch (issue.code) {
		case 'unrecognized_keys': {
			const allowed = knownKeys(schema, path);
			return issue.keys.map((key) => {
				const closest = allowed
					.map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
					.sort((a, b) => a.d - b.d)[0];
				const suggestion =
					closest && closest.d <= Math.max(2, key.length / 3)
						? `did you mean "${closest.name}"? `
						: '';
				return {
					file: source.file,
					...source.keyPosition(path, key),
					message: `unknown field "${key}"`,
					fix: `${suggestion}remove it or fix its spelling; fields allowed here: ${allowed.join(', ')}`
				};
			});
		}
		case 'invalid_type': {
			if (!source.has(path)) {
				const parent = path.slice(0, -1);
				return [
					{
						...at(parent),
						message: `missing field ${field}`,
						fix: `add "${String(path.at(-1))}:" with ${expectedWords[issue.expected] ?? issue.expected} in this block`
					}
				];
			}
			const found = valueAt(source.data, path);
			return [
				{
					...at(path),
					message: `${field} should be ${expectedWords[issue.expected] ?? issue.expected}, but it is ${describeValue(found)}`,
					fix:
						issue.expected === 'string'
							? 'write text here (put it in quotes if it looks like a number or yes/no)'
							: `write ${expectedWords[issue.expected] ?? issue.expected} here`
				}
			];
		}
		case 'invalid_value':
			if (!source.has(path)) {
				return [
					{
						...at(path.slice(0, -1)),
						message: `missing field ${field}`,
						fix: `add "${String(path.at(-1))}:" with one of: ${issue.values.map((v) => String(v)).join(', ')}`
					}
				];
			}
			return [
				{
					...at(path),
					message: `${field} cannot be ${describeValue(valueAt(source.data, path))}`,
					fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`
				}
			];
		case 'too_small':
			return [
				{
					...at(path),
					message:
						issue.origin === 'string'
							? `${field}: ${issue.message}`
							: issue.origin === 'array'
								? `${field}: ${issue.message}`
								: `${field} must be at least ${String(issue.minimum)}`,
					fix:
						issue.origin === 'string'
							? 'write the text, or remove the line'
							: issue.origin === 'array'
								? 'add at least one item (a line starting with "- ")'
								: `use ${String(issue.minimum)} or more`
				}
			];
		case 'too_big':
			return [
				{
					...at(path),
					message: `${field} must be at most ${String(issue.maximum)}`,
					fix: `use ${String(issue.maximum)} or less`
				}
			];
		case 'invalid_format':
			return [{ ...at(path), message: `${field} is not valid`, fix: issue.message }];
		default:
			return [
				{
					...at(path),
					message: `${field}: ${issue.message}`,
					fix: 'see the lesson format in docs/lessons.md'
				}
			];
	}
}
