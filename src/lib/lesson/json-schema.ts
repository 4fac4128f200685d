import { z } from 'zod';
import { lessonFiles } from './schema';

/** The JSON Schema text of each lesson file, keyed by name (lesson, glossary, …). */
export function jsonSchemas(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(lessonFiles).map(([name, { file, schema }]) => {
			// "input": what a teacher writes (defaults may be left out), not what the loader returns.
			const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
			const titled = { ...json, title: `Qui dit quoi ? — ${file}` };
			return [name, JSON.stringify(titled, null, '\t') + '\n'];
		})
	);
}
