import { resolve, sep } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { collectionFiles } from '../validation/read-content.ts';

/**
 * Loads one kind of content from the content folder with Astro's glob loader. A kind the site does not
 * have is simply empty: an organisation's site may have no talks or no glossary, its folder is then
 * missing or empty, and the glob loader, asked to read it, warns on every build. Here it is not asked.
 * In `astro dev` the content folder is watched instead, and the kind is read as soon as its first file is saved.
 */
export function contentFolder(collection: CollectionName, root: string): Loader {
  const { base, pattern } = COLLECTIONS[collection];
  const folder = `${root}/${base}`;
  const globLoader = glob({
    base: folder,
    pattern,
    // Ids come from the `id` field, never the file name.
    generateId: ({ data }) => String(data['id']),
  });
  return {
    name: 'triangulate:content-folder',
    load: async (context) => {
      const { watcher } = context;
      if (collectionFiles(root, collection).length > 0) return globLoader.load(context);
      context.store.clear();
      if (!watcher) return;
      // The folder may not exist yet, so its parent, the content folder, is watched.
      watcher.add(resolve(root));
      const inFolder = resolve(folder) + sep;
      const readOnFirstFile = (path: string) => {
        if (!resolve(path).startsWith(inFolder) || collectionFiles(root, collection).length === 0) return;
        watcher.off('add', readOnFirstFile);
        void globLoader.load(context);
      };
      watcher.on('add', readOnFirstFile);
    },
  };
}
