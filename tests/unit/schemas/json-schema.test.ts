import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../src/schemas/json-schema.ts';

it.each(jsonSchemaFiles())('$path is up to date with the zod schema (npm run generate:schemas)', ({ path, text }) => {
  expect(readFileSync(path, 'utf8')).toBe(text);
});
