import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { SITE_SETTINGS_FILE } from '../schemas/site.ts';
import type { ContentFile } from './validate-content.ts';

/**
 * The files of one collection under `root`, relative to its folder (`root/<base>`), in a stable order.
 * None when the folder is missing: a site need not have every kind of content.
 */
export function collectionFiles(root: string, collection: CollectionName): string[] {
  const { base, pattern } = COLLECTIONS[collection];
  return globSync(pattern, { cwd: join(root, base) }).sort();
}

/**
 * Reads every content file under `root`, in a stable order, tagged with its collection; then the site
 * settings file (`site.yaml`), if there is one, tagged `site`.
 */
export function readContentFiles(root: string, projectRoot = process.cwd()): ContentFile[] {
  const read = (absolute: string) => ({ path: relative(projectRoot, absolute), text: readFileSync(absolute, 'utf8') });
  const entries = COLLECTION_NAMES.flatMap((collection) => {
    const { base, format } = COLLECTIONS[collection];
    const folder = join(root, base);
    return collectionFiles(root, collection).map((file): ContentFile => ({
      collection,
      format,
      ...read(join(folder, file)),
    }));
  });
  const settings = join(root, SITE_SETTINGS_FILE);
  return existsSync(settings) ? [...entries, { collection: 'site', format: 'yaml', ...read(settings) }] : entries;
}
