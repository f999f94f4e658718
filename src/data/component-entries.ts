import { getEntry } from 'astro:content';
import { routes } from '../utils/routes.ts';
import { guidePage } from './guide-pages.ts';
import { guideExample } from './guide-examples.ts';

/**
 * The entries that `<Case>` and `<GlossaryTerm>` name. On the trainers' guide's pages they are the guide's
 * own examples (src/data/guide-examples.ts), never the site's content, so the guide builds and reads the
 * same whatever the content folder holds; everywhere else they are the content. The two never meet: an
 * organisation's entry with the same id as an example is the one its modules show, and the guide keeps
 * showing its example.
 */
const onGuidePage = (page: string) => page.startsWith(routes.trainers());

/** The case a `<Case>` on `page` names, and whether it is an example (played without saving). */
export async function caseFor(id: string, page: string) {
  if (onGuidePage(page)) {
    const example = guideExample('cases', id);
    return example && { data: example.data, example: true };
  }
  const entry = await getEntry('cases', id);
  return entry && { data: entry.data, example: false };
}

/** The glossary term a `<GlossaryTerm>` on `page` names, with the address of its full entry. */
export async function glossaryTermFor(id: string, page: string) {
  if (onGuidePage(page)) {
    const example = guideExample('glossary', id);
    // The example's full entry is shown in the guide, where it explains the glossary.
    return example && { data: example.data, href: `${guidePage('resources-and-glossary')}#${id}` };
  }
  const entry = await getEntry('glossary', id);
  return entry && { data: entry.data, href: routes.glossaryTerm(id) };
}
