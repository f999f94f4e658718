import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentFolder } from './loaders/content-folder.ts';
import { COLLECTIONS, contentRoot, type CollectionName } from './schemas/collections.ts';

const root = contentRoot();

/** Each collection reads its folder under the content root (see loaders/content-folder.ts) with its schema. */
const collection = <S extends z.ZodType>(name: CollectionName, schema: S) =>
  defineCollection({ loader: contentFolder(name, root), schema });

export const collections = {
  courses: collection('courses', COLLECTIONS.courses.schema),
  modules: collection('modules', COLLECTIONS.modules.schema),
  cases: collection('cases', COLLECTIONS.cases.schema),
  talks: collection('talks', COLLECTIONS.talks.schema),
  resources: collection('resources', COLLECTIONS.resources.schema),
  glossary: collection('glossary', COLLECTIONS.glossary.schema),
};
