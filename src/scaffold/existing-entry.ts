import { COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';

/** What a new entry must fit in with: an entry already in the content folder. */
export interface ExistingEntry {
  collection: CollectionName;
  /** Path from the content root, with `/` between folders. */
  path: string;
  id?: string | undefined;
  /** A module's course. */
  course?: string | undefined;
  /** A module's position in its course. */
  order?: number | undefined;
}

/**
 * The fields a new entry is checked against, read from an entry's parsed data. The data may be half
 * written, so anything of the wrong type is left out rather than trusted.
 */
export function existingEntry(collection: CollectionName, path: string, data: unknown): ExistingEntry {
  const { id, course, order } = (data ?? {}) as Record<string, unknown>;
  return {
    collection,
    path,
    id: typeof id === 'string' ? id : undefined,
    course: typeof course === 'string' ? course : undefined,
    order: typeof order === 'number' ? order : undefined,
  };
}

/** The entries of one collection that have an id. */
export const entriesOf = (existing: readonly ExistingEntry[], collection: CollectionName) =>
  existing.filter((entry): entry is ExistingEntry & { id: string } => entry.collection === collection && !!entry.id);

/** True for a collection's name; false for the site settings and for files that belong to no collection. */
export const isCollectionName = (name: string): name is CollectionName => (COLLECTION_NAMES as string[]).includes(name);
