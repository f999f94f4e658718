import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, contentRoot } from './schemas/collections.ts';

const root = contentRoot();

/** Each collection reads its files with the glob loader; ids come from the `id` field, never the file name. */
const collection = <S extends z.ZodType>({ base, pattern, schema }: { base: string; pattern: string; schema: S }) =>
  defineCollection({
    loader: glob({ base: `${root}/${base}`, pattern, generateId: ({ data }) => String(data['id']) }),
    schema,
  });

export const collections = {
  courses: collection(COLLECTIONS.courses),
  modules: collection(COLLECTIONS.modules),
  cases: collection(COLLECTIONS.cases),
  talks: collection(COLLECTIONS.talks),
  resources: collection(COLLECTIONS.resources),
  glossary: collection(COLLECTIONS.glossary),
};
