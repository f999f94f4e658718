import type { APIRoute } from 'astro';
import { entriesOf } from '../../data/entries.ts';
import { catalogueEntries } from '../../search/catalogue-entries.ts';
import { buildCatalogueFile } from '../../search/catalogue-index.ts';

/**
 * The instant catalogue's index, built from content metadata. Prerendered, so the same address serves it
 * from `npm run dev` (built on request) and from the static build (written to dist/).
 */
export const GET: APIRoute = async () => {
  const [courses, modules, talks, resources, glossary] = await Promise.all([
    entriesOf('courses'),
    entriesOf('modules'),
    entriesOf('talks'),
    entriesOf('resources'),
    entriesOf('glossary'),
  ]);
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const file = buildCatalogueFile(
    catalogueEntries({
      courses: data(courses),
      modules: data(modules),
      talks: data(talks),
      resources: data(resources),
      glossary: data(glossary),
    }),
  );
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
