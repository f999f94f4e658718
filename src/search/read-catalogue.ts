import { loadSearchWords } from '../data/search-words.ts';
import { checkContentFolder } from '../validation/check-folder.ts';
import { playedCaseIds } from '../data/case-homes.ts';
import { catalogueEntries, moduleOutlines, type CatalogueEntry } from './catalogue-entries.ts';
import { buildCatalogueFile, type CatalogueFile } from './catalogue-index.ts';

/**
 * The catalogue entries of a content folder, read and validated as the build does, without Astro: for
 * tests and the search benchmark.
 */
export function catalogueEntriesOf(root: string): CatalogueEntry[] {
  const { content, problems } = checkContentFolder(root);
  if (problems.length > 0) throw new Error(`${root} has content problems: ${problems[0]?.message ?? ''}`);
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  return catalogueEntries({
    courses: data(content.courses),
    modules: data(content.modules),
    talks: data(content.talks),
    resources: data(content.resources),
    glossary: data(content.glossary),
    outlines: moduleOutlines(
      content.modules.map((m) => ({ id: m.data.id, caseIds: playedCaseIds(m.components) })),
      data(content.cases),
    ),
  });
}

/** The catalogue file of a content folder, as the build writes it: its entries and its search words. */
export const catalogueFileOf = (root: string): CatalogueFile =>
  buildCatalogueFile(catalogueEntriesOf(root), loadSearchWords(root));
