import { resolve, sep } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { collectionFiles } from '../validation/read-content.ts';

/**
 * Loads one kind of content from the content folder with Astro's glob loader, and adds two things to it.
 *
 * - **A kind the site does not have is simply empty.** An organisation's site may have no talks or no
 *   glossary: its folder is then missing or empty, and the glob loader, asked to read it, warns on every
 *   build. Here it is not asked. In `astro dev` the content folder is watched instead, and the kind is
 *   read as soon as its first file is saved.
 * - **A preview keeps going.** In `astro dev` (the only command that gives loaders a watcher), an entry
 *   that cannot be read or does not match its schema is left out of its collection, where the glob
 *   loader would stop the preview at start-up. The content check reports the entry's problems in the
 *   terminal and on every page (src/integrations/content-guard.ts). A build never gets this far with such
 *   an entry: the same check stops it first.
 */
export function contentFolder(collection: CollectionName, root: string): Loader {
  const { base, pattern } = COLLECTIONS[collection];
  const folder = `${root}/${base}`;
  const globLoader = glob({
    base: folder,
    pattern,
    // Ids come from the `id` field, never the file name. A file that cannot be read has none: it is named
    // by its path until it is left out (in a preview) or reported (by the check).
    generateId: ({ data, entry }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  });
  return {
    name: 'triangulate:content-folder',
    load: async (context) => {
      const { watcher } = context;
      const loaderContext = watcher ? leaveOutBrokenEntries(context) : context;
      if (collectionFiles(root, collection).length > 0) return globLoader.load(loaderContext);
      context.store.clear();
      if (!watcher) return;
      // The folder may not exist yet, so its parent, the content folder, is watched.
      watcher.add(resolve(root));
      const inFolder = resolve(folder) + sep;
      const readOnFirstFile = (path: string) => {
        if (!resolve(path).startsWith(inFolder) || collectionFiles(root, collection).length === 0) return;
        watcher.off('add', readOnFirstFile);
        void globLoader.load(loaderContext);
      };
      watcher.on('add', readOnFirstFile);
    },
  };
}

/** How Astro reads a file of one extension: not in Astro's public types, but given to every loader. */
interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown;
}
type GlobLoaderContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** What a file that cannot be read (broken YAML, say) reads as: nothing, which then fails its schema. */
const UNREADABLE = { data: {}, body: '', slug: '', rawData: '' };

/** The loader's context for a preview: entries that cannot be read or fail their schema are left out. */
function leaveOutBrokenEntries(context: GlobLoaderContext): GlobLoaderContext {
  const rejected = new Set<string>();
  const { entryTypes, store } = context;
  return {
    ...context,
    ...(entryTypes && {
      entryTypes: new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              try {
                return await type.getEntryInfo(params);
              } catch {
                return UNREADABLE;
              }
            },
          },
        ]),
      ),
    }),
    parseData: async (props) => {
      try {
        return await context.parseData(props);
      } catch {
        rejected.add(props.id);
        return props.data;
      }
    },
    store: {
      ...store,
      // The glob loader stores what it parsed: an entry that failed is dropped, with any earlier version of it.
      set: (entry) => {
        if (!rejected.delete(entry.id)) return store.set(entry);
        store.delete(entry.id);
        return false;
      },
    },
  };
}
