import { z } from 'astro/zod';
import { COLLECTIONS } from './collections.ts';
import { searchWordsSchema } from './search-words.ts';
import { siteSchema } from './site.ts';

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

/** Every schema an author's file can name, by file name: each collection's, the site settings' and the search words'. */
const SCHEMAS: [name: string, schema: z.ZodType][] = [
  ...Object.entries(FILE_NAMES).map(([collection, name]): [string, z.ZodType] => [
    name,
    COLLECTIONS[collection as keyof typeof COLLECTIONS].schema,
  ]),
  ['site', siteSchema],
  ['search', searchWordsSchema],
];

/**
 * JSON Schema for each collection and for the site settings, generated from the same zod schemas the
 * build uses. Input shapes: what an author may write, with each field's description as the editor's
 * hover text.
 */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  return SCHEMAS.map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    return { path: `${JSON_SCHEMA_DIR}/${name}.schema.json`, text: `${JSON.stringify(json, null, 2)}\n` };
  });
}
