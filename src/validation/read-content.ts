import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import type { ContentFile } from './validate-content.ts';

/** Reads every content file under `root`, in a stable order, tagged with its collection. */
export function readContentFiles(root: string, projectRoot = process.cwd()): ContentFile[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const { base, pattern, format } = COLLECTIONS[collection];
    const folder = join(root, base);
    return globSync(pattern, { cwd: folder })
      .sort()
      .map((file) => {
        const absolute = join(folder, file);
        return { collection, format, path: relative(projectRoot, absolute), text: readFileSync(absolute, 'utf8') };
      });
  });
}
