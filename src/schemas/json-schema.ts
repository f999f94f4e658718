import { z } from 'astro/zod';
import { COLLECTIONS } from './collections.ts';

export const JSON_SCHEMA_DIR = 'src/schemas/json';

/** File name per collection: the singular that authors see in `$schema=…/case.schema.json`. */
const FILE_NAMES = {
  courses: 'course',
  modules: 'module',
  cases: 'case',
  talks: 'talk',
  resources: 'resource',
  glossary: 'glossary',
} as const satisfies Record<keyof typeof COLLECTIONS, string>;

/**
 * JSON Schema for each collection, generated from the same zod schemas the build uses. Input shapes:
 * what an author may write, with each field's description as the editor's hover text.
 */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  return Object.entries(FILE_NAMES).map(([collection, name]) => {
    const schema = z.toJSONSchema(COLLECTIONS[collection as keyof typeof COLLECTIONS].schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
    });
    return { path: `${JSON_SCHEMA_DIR}/${name}.schema.json`, text: `${JSON.stringify(schema, null, 2)}\n` };
  });
}
