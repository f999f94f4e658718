import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import { SITE_SETTINGS_FILE } from '../schemas/site.ts';
import type { ContentFile } from './validate-content.ts';

/**
 * Reads every content file under `root`, in a stable order, tagged with its collection; then the site
 * settings file (`site.yaml`), if there is one, tagged `site`.
 */
export function readContentFiles(root: string, projectRoot = process.cwd()): ContentFile[] {
  const read = (absolute: string) => ({ path: relative(projectRoot, absolute), text: readFileSync(absolute, 'utf8') });
  const entries = COLLECTION_NAMES.flatMap((collection) => {
    const { base, pattern, format } = COLLECTIONS[collection];
    const folder = join(root, base);
    return globSync(pattern, { cwd: folder })
      .sort()
      .map((file): ContentFile => ({ collection, format, ...read(join(folder, file)) }));
  });
  const settings = join(root, SITE_SETTINGS_FILE);
  return existsSync(settings) ? [...entries, { collection: 'site', format: 'yaml', ...read(settings) }] : entries;
}
