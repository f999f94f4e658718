import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { courseSchema } from './course.ts';
import { glossarySchema } from './glossary.ts';
import { moduleSchema } from './module.ts';
import { resourceSchema } from './resource.ts';
import { talkSchema } from './talk.ts';

/** Where each kind of content lives under the content folder, and the schema its entries follow. */
export interface CollectionDefinition {
  /** Folder under the content root. */
  base: string;
  /** Glob of the entry files inside it. */
  pattern: string;
  /** `mdx` files carry frontmatter and a body; `yaml` files are data only. */
  format: 'mdx' | 'yaml';
  schema: z.ZodType;
}

export const COLLECTIONS = {
  courses: { base: 'courses', pattern: '**/course.yaml', format: 'yaml', schema: courseSchema },
  modules: { base: 'courses', pattern: '**/*.mdx', format: 'mdx', schema: moduleSchema },
  cases: { base: 'cases', pattern: '**/*.yaml', format: 'yaml', schema: caseSchema },
  talks: { base: 'talks', pattern: '**/*.mdx', format: 'mdx', schema: talkSchema },
  resources: { base: 'resources', pattern: '**/*.yaml', format: 'yaml', schema: resourceSchema },
  glossary: { base: 'glossary', pattern: '**/*.yaml', format: 'yaml', schema: glossarySchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The content folder: `content/` unless TRIANGULATE_CONTENT points elsewhere (test fixtures, benchmarks). */
export const contentRoot = (env: Record<string, string | undefined> = process.env) =>
  env['TRIANGULATE_CONTENT'] ?? 'content';
