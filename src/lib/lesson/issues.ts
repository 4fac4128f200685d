import type { z } from 'zod';
import { phrase, phrasedProblem, type Phrase } from './problem-text';
import type { Problem } from './problems';
import { ID } from './primitives';
import type { Path, YamlSource } from './yaml-source';

type AnySchema = z.core.$ZodType;

/**
 * The schema that validates the value at `path`, looking through optional/default/nullable, and
 * through a list of kinds (question `type`, annotation `kind`) to the one the file's value names.
 */
function schemaAt(schema: AnySchema, path: Path, data: unknown): AnySchema | undefined {
	let current: AnySchema | undefined = unwrap(schema, data);
	for (let i = 0; i < path.length; i++) {
		const segment = path[i]!;
		const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
		if (def?.type === 'object') {
			current = (def as z.core.$ZodObjectDef).shape[String(segment)];
		} else if (def?.type === 'array') {
			current = (def as z.core.$ZodArrayDef).element;
		} else return undefined;
		current = unwrap(current, valueAt(data, path.slice(0, i + 1)));
	}
	return current;
}

function unwrap(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
	let current = schema;
	while (current) {
		const def = current._zod.def as {
			type: string;
			innerType?: AnySchema;
			options?: AnySchema[];
			discriminator?: string;
		};
		if (['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) {
			current = def.innerType;
		} else if (def.type === 'union' && def.discriminator && def.options) {
			const named = (value as Record<string, unknown> | null)?.[def.discriminator];
			current = def.options.find((option) =>
				kindsOf(option, def.discriminator!).includes(named as string)
			);
		} else break;
	}
	return current;
}

/** The values of the discriminator field (`type`, `kind`) that a union option accepts. */
function kindsOf(option: AnySchema, discriminator: string): unknown[] {
	const def = option._zod.def as z.core.$ZodObjectDef;
	const field = def.shape?.[discriminator]?._zod.def as { values?: unknown[] } | undefined;
	return field?.values ?? [];
}

function knownKeys(schema: AnySchema, path: Path, data: unknown): string[] {
	const at = schemaAt(schema, path, data);
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

/** A value of the file, described in a few words. */
function describeValue(value: unknown): Phrase {
	if (value === null) return phrase('value.null');
	if (Array.isArray(value)) return phrase('value.list');
	if (typeof value === 'object') return phrase('value.block');
	if (typeof value === 'string')
		return phrase('value.text', { text: value.length > 40 ? value.slice(0, 37) + '…' : value });
	if (typeof value === 'number') return phrase('value.number', { value });
	return phrase('value.other', { value: String(value) });
}

const expectedKinds = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** What a field should hold, in a teacher's words. */
function expected(kind: string): Phrase | string {
	return expectedKinds.has(kind) ? phrase(`expected.${kind}`) : kind;
}

function fieldName(path: Path): Phrase {
	const named = [...path].reverse().find((s) => typeof s === 'string');
	return named === undefined ? phrase('theFile') : phrase('field', { name: String(named) });
}

/** The block a path leads to: "the file", "item 2 of "questions"", ""prompt"". */
function blockName(path: Path): Phrase | string {
	const last = path.at(-1);
	if (last === undefined) return phrase('theFile');
	if (typeof last === 'number') {
		return phrase('itemOf', { number: last + 1, list: fieldName(path.slice(0, -1)) });
	}
	return phrase('field', { name: String(last) });
}

function valueAt(data: unknown, path: Path): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

/** The id a teacher probably meant: accents dropped, lower case, other characters as hyphens. */
export function suggestedId(value: string): string {
	return (
		value
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'mon-id'
	);
}

const startsWith = (path: Path, prefix: Path) => prefix.every((segment, i) => path[i] === segment);

/**
 * Turns zod's issues for one file into problems at the right line and column, in a teacher's
 * words. A field indented one step too far or too little shows up to zod as two issues (a
 * missing field here, an unknown one there): they become one problem, on the line to move.
 */
export function issuesProblems(
	issues: readonly z.core.$ZodIssue[],
	source: YamlSource,
	schema: AnySchema
): Problem[] {
	const problems: Problem[] = [];
	const moved = new Set<string>();
	for (const issue of issues) {
		if (issue.code !== 'invalid_type' || source.has(issue.path as Path)) continue;
		const path = issue.path as Path;
		const key = path.at(-1);
		const owner = path.slice(0, -1);
		const stray = issues.find(
			(other) =>
				other.code === 'unrecognized_keys' &&
				other.keys.includes(String(key)) &&
				(startsWith(owner, other.path as Path) || startsWith(other.path as Path, owner))
		);
		if (!stray || typeof key !== 'string') continue;
		const strayPath = stray.path as Path;
		moved.add(`${strayPath.join('/')}/${key}`);
		moved.add(path.join('/'));
		const sibling = source.firstKeyPosition(owner);
		problems.push(
			phrasedProblem(
				{ file: source.file, ...source.keyPosition(strayPath, key) },
				phrase('misplaced', { key, found: blockName(strayPath), owner: blockName(owner) }),
				sibling
					? phrase('misplacedFix', { column: sibling.column, line: sibling.line })
					: phrase('misplacedFixNoSibling', { owner: blockName(owner) })
			)
		);
	}
	// A misspelled field ("option") is also a missing one ("options"): its "did you mean" says both.
	const misspelt = (path: Path) =>
		issues.some(
			(other) =>
				other.code === 'unrecognized_keys' &&
				(other.path as Path).join('/') === path.slice(0, -1).join('/') &&
				other.keys.some((key) => {
					const name = String(path.at(-1));
					return distance(key.toLowerCase(), name.toLowerCase()) <= Math.max(2, name.length / 3);
				})
		);
	for (const issue of issues) {
		const path = issue.path as Path;
		if (issue.code === 'invalid_type' && moved.has(path.join('/'))) continue;
		if (issue.code === 'invalid_type' && !source.has(path) && misspelt(path)) continue;
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.filter((k) => !moved.has(`${(issue.path as Path).join('/')}/${k}`));
			if (keys.length === 0) continue;
			problems.push(...issueProblems({ ...issue, keys }, source, schema));
			continue;
		}
		problems.push(...issueProblems(issue, source, schema));
	}
	return problems;
}

/** Turns one zod issue into problems at the right line and column, in a teacher's words. */
export function issueProblems(
	issue: z.core.$ZodIssue,
	source: YamlSource,
	schema: AnySchema
): Problem[] {
	const path = issue.path as Path;
	const at = (p: Path, key = false) => ({ file: source.file, ...source.position(p, { key }) });
	const field = fieldName(path);
	const found = () => describeValue(valueAt(source.data, path));

	switch (issue.code) {
		case 'unrecognized_keys': {
			const parent = valueAt(source.data, path) as Record<string, unknown>;
			// In `{ fr: …, en: … }` a comma in a text cuts it: the rest becomes a field with no value.
			if (source.isBraces(path) && issue.keys.every((key) => parent?.[key] === null)) {
				return issue.keys.map((key) =>
					phrasedProblem(
						{ file: source.file, ...source.keyPosition(path, key) },
						phrase('braceComma', { piece: key }),
						phrase('braceTextFix')
					)
				);
			}
			const allowed = knownKeys(schema, path, source.data);
			return issue.keys.map((key) => {
				const closest = allowed
					.map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
					.sort((a, b) => a.d - b.d)[0];
				const near = closest && closest.d <= Math.max(2, key.length / 3);
				return phrasedProblem(
					{ file: source.file, ...source.keyPosition(path, key) },
					phrase('unknownField', { key }),
					allowed.length === 0
						? phrase('unknownFieldFixNoList')
						: near
							? phrase('unknownFieldFixNear', { name: closest.name, allowed: allowed.join(', ') })
							: phrase('unknownFieldFix', { allowed: allowed.join(', ') })
				);
			});
		}
		case 'invalid_type': {
			if (!source.has(path)) {
				return [
					phrasedProblem(
						at(path.slice(0, -1)),
						phrase('missingField', { field }),
						phrase('missingFieldFix', {
							key: String(path.at(-1)),
							expected: expected(issue.expected)
						})
					)
				];
			}
			return [
				phrasedProblem(
					at(path),
					phrase('wrongType', { field, expected: expected(issue.expected), found: found() }),
					issue.expected === 'string'
						? phrase('wrongTypeFixText')
						: phrase('wrongTypeFix', { expected: expected(issue.expected) })
				)
			];
		}
		case 'invalid_value': {
			const values = issue.values.map((v) => String(v)).join(', ');
			if (!source.has(path)) {
				return [
					phrasedProblem(
						at(path.slice(0, -1)),
						phrase('missingField', { field }),
						phrase('missingFieldFixOneOf', { key: String(path.at(-1)), values })
					)
				];
			}
			return [
				phrasedProblem(
					at(path),
					phrase('badValue', { field, found: found() }),
					phrase('useOneOf', { values })
				)
			];
		}
		case 'invalid_union': {
			const kinds = (issue as { options?: unknown[] }).options;
			if (!kinds) break;
			const values = kinds.map((v) => String(v)).join(', ');
			if (!source.has(path)) {
				return [
					phrasedProblem(
						at(path.slice(0, -1)),
						phrase('missingField', { field }),
						phrase('missingFieldFixOneOf', { key: String(path.at(-1)), values })
					)
				];
			}
			return [
				phrasedProblem(
					at(path),
					phrase('badValue', { field, found: found() }),
					phrase('useOneOf', { values })
				)
			];
		}
		case 'too_small':
			return [
				issue.origin === 'string'
					? phrasedProblem(at(path), phrase('emptyText', { field }), phrase('emptyTextFix'))
					: issue.origin === 'array'
						? phrasedProblem(
								at(path),
								phrase('tooFewItems', { field, count: Number(issue.minimum) }),
								phrase('tooFewItemsFix')
							)
						: phrasedProblem(
								at(path),
								phrase('tooSmall', { field, minimum: String(issue.minimum) }),
								phrase('tooSmallFix', { minimum: String(issue.minimum) })
							)
			];
		case 'too_big':
			return [
				phrasedProblem(
					at(path),
					phrase('tooBig', { field, maximum: String(issue.maximum) }),
					phrase('tooBigFix', { maximum: String(issue.maximum) })
				)
			];
		case 'invalid_format': {
			const value = valueAt(source.data, path);
			if (issue.format === 'regex' && issue.pattern === String(ID) && typeof value === 'string') {
				const accented = /[^\x00-\x7f]/.test(value);
				return [
					phrasedProblem(
						at(path),
						phrase(accented ? 'idWithAccents' : 'badId', { field, value }),
						phrase('idFix', { suggestion: suggestedId(value) })
					)
				];
			}
			if (issue.format === 'regex' && issue.pattern?.includes('___')) {
				return [phrasedProblem(at(path), phrase('gapSentence'), phrase('gapSentenceFix'))];
			}
			break;
		}
	}
	return [
		phrasedProblem(at(path), phrase('other', { field, detail: issue.message }), phrase('otherFix'))
	];
}
