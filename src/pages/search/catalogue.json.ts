import type { APIRoute } from 'astro';
import { playedCaseIds } from '../../data/case-homes.ts';
import { entriesOf } from '../../data/entries.ts';
import { loadSearchWords } from '../../data/search-words.ts';
import { catalogueEntries, moduleOutlines } from '../../search/catalogue-entries.ts';
import { buildCatalogueFile } from '../../search/catalogue-index.ts';
import { findComponentUsages } from '../../validation/mdx-components.ts';

/**
 * The instant catalogue's index, built from content metadata and the cases played in each module, with
 * the site's search words. Prerendered, so the same address serves it from `npm run dev` (built on
 * request) and from the static build (written to dist/).
 */
export const GET: APIRoute = async () => {
  const [courses, modules, talks, resources, glossary, cases] = await Promise.all([
    entriesOf('courses'),
    entriesOf('modules'),
    entriesOf('talks'),
    entriesOf('resources'),
    entriesOf('glossary'),
    entriesOf('cases'),
  ]);
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const file = buildCatalogueFile(
    catalogueEntries({
      courses: data(courses),
      modules: data(modules),
      talks: data(talks),
      resources: data(resources),
      glossary: data(glossary),
      outlines: moduleOutlines(
        modules.map((m) => ({ id: m.data.id, caseIds: playedCaseIds(findComponentUsages(m.body ?? '')) })),
        data(cases),
      ),
    }),
    loadSearchWords(),
  );
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
