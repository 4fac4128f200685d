import { z } from 'zod';
import { lessonFiles } from './schema';

/** The JSON Schema text of each lesson file, keyed by name (lesson, glossary, …). */
export function jsonSchemas(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(lessonFiles).map(([name, { file, schema }]) => {
			// "input": what a teacher writes (defaults may be left out), not what the loader returns.
			const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
			const titled = { ...draftRules(name, json), title: `Qui dit quoi ? — ${file}` };
			return [name, JSON.stringify(titled, null, '\t') + '\n'];
		})
	);
}

type Json = Record<string, unknown>;

/**
 * What zod cannot say and editors should still underline: a glossary entry may leave out its
 * English and definition only while it is a suggestion (`review: suggested`), and a paragraph
 * its translation only while the lesson is a draft. The loader applies the same rules.
 */
function draftRules(name: string, json: Json): Json {
	const at = (object: unknown, ...keys: string[]) =>
		keys.reduce<Json>((node, key) => node[key] as Json, object as Json);
	if (name === 'glossary') {
		Object.assign(at(json, 'properties', 'terms', 'items'), {
			if: { required: ['review'] },
			else: { required: ['en', 'definition'] }
		});
	}
	if (name === 'lesson') {
		Object.assign(json, {
			if: { required: ['status'], properties: { status: { const: 'draft' } } },
			else: {
				properties: {
					title: { required: ['en'] },
					paragraphs: { items: { required: ['en'] } }
				}
			}
		});
	}
	return json;
}
