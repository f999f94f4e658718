// Writes src/schemas/json/*.schema.json from the zod schemas, so editors can autocomplete and check
// content files that start with `# yaml-language-server: $schema=…`. Run: npm run generate:schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaFiles, JSON_SCHEMA_DIR } from '../src/schemas/json-schema.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const { path, text } of jsonSchemaFiles()) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
