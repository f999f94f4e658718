import { catalogueEntries, type CatalogueEntry } from '../../src/search/catalogue-entries.ts';
import { readContentFiles } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

/** The catalogue entries of a content folder, read and validated as the build does. */
export function entriesOf(root: string): CatalogueEntry[] {
  const { content, problems } = validateContent(readContentFiles(root));
  if (problems.length > 0) throw new Error(`${root} has content problems: ${problems[0]?.message ?? ''}`);
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  return catalogueEntries({
    courses: data(content.courses),
    modules: data(content.modules),
    talks: data(content.talks),
    resources: data(content.resources),
    glossary: data(content.glossary),
  });
}
