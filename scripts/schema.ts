// npm run schema — writes questions/schema/<name>.schema.json from the zod schema, so editors
// (VS Code with the YAML extension, IntelliJ…) autocomplete lesson files and underline mistakes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/lib/lesson/json-schema';

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'questions', 'schema');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
	const path = join(outDir, `${name}.schema.json`);
	writeFileSync(path, schema);
	console.log(`wrote ${path}`);
}
