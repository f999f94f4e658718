import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRoot, type CollectionName } from '../schemas/collections.ts';
import { collectionFiles } from '../validation/read-content.ts';

/** Whether each kind has files, found once per build. */
const known = new Map<CollectionName, boolean>();

/** Whether the content folder has any entry of this kind; in `astro dev`, where files come and go, asked each time. */
function hasEntries(name: CollectionName): boolean {
  if (import.meta.env.DEV) return collectionFiles(contentRoot(), name).length > 0;
  let has = known.get(name);
  if (has === undefined) {
    has = collectionFiles(contentRoot(), name).length > 0;
    known.set(name, has);
  }
  return has;
}

/**
 * Every entry of one kind. A site may have none of a kind (no talks, say), and Astro's `getCollection`
 * then warns that the collection "does not exist or is empty" every time it is asked, with no way to say
 * that empty is expected (withastro/astro#15329). So a kind with no files is answered here, unasked.
 */
export async function entriesOf<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  return hasEntries(name) ? getCollection(name) : [];
}
