import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { SEARCH_WORDS_FILE } from '../schemas/search-words.ts';
import { SITE_SETTINGS_FILE } from '../schemas/site.ts';
import { decodeContentFile } from './file-encoding.ts';
import { strayFile } from './stray-files.ts';
import type { ContentFile } from './validate-content.ts';

/**
 * The files of one collection under `root`, relative to its folder (`root/<base>`), in a stable order.
 * None when the folder is missing: a site need not have every kind of content.
 */
export function collectionFiles(root: string, collection: CollectionName): string[] {
  const { base, pattern } = COLLECTIONS[collection];
  return globSync(pattern, { cwd: join(root, base) }).sort();
}

/** The folders the collections live in (`courses` holds both courses and modules). */
const FOLDERS = [...new Set(COLLECTION_NAMES.map((collection) => COLLECTIONS[collection].base))];

/** Every file in the collections' folders, and at the top of the content folder, in a stable order. */
function allFiles(root: string): string[] {
  const files = (cwd: string, pattern: string) =>
    globSync(pattern, { cwd, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  return [...files(root, '*'), ...FOLDERS.flatMap((base) => files(join(root, base), '**/*'))].sort();
}

/** The settings files at the top of the content folder, each read when it is there. */
const SETTINGS_FILES = [
  { name: SITE_SETTINGS_FILE, collection: 'site' },
  { name: SEARCH_WORDS_FILE, collection: 'search' },
] as const;

/**
 * Reads every content file under `root`, in a stable order, tagged with its collection; then the
 * settings files (`site.yaml` tagged `site`, `search.yaml` tagged `search`), where they are. A file the build would not read as it is
 * (saved in another encoding, or with an extension the site does not read, such as `.yml` or `.md`) is
 * included with its `refusal`, so the check names the file and the fix instead of reporting only that
 * its entry is missing.
 */
export function readContentFiles(root: string, projectRoot = process.cwd()): ContentFile[] {
  const read = (absolute: string) => {
    const { text, refusal } = decodeContentFile(readFileSync(absolute));
    return { path: relative(projectRoot, absolute), text, ...(refusal && { refusal }) };
  };
  const entries = COLLECTION_NAMES.flatMap((collection) => {
    const { base, format } = COLLECTIONS[collection];
    const folder = join(root, base);
    return collectionFiles(root, collection).map((file): ContentFile => ({
      collection,
      format,
      ...read(join(folder, file)),
    }));
  });
  const entryPaths = new Set(entries.map((entry) => entry.path));
  const strays = allFiles(root)
    .filter((absolute) => !entryPaths.has(relative(projectRoot, absolute)))
    .flatMap((absolute): ContentFile[] => {
      const stray = strayFile(relative(root, absolute));
      if (!stray) return [];
      const file = read(absolute);
      return [{ ...stray, ...file, refusal: file.refusal ?? stray.refusal }];
    });
  const settings = SETTINGS_FILES.filter(({ name }) => existsSync(join(root, name))).map(
    ({ name, collection }): ContentFile => ({ collection, format: 'yaml', ...read(join(root, name)) }),
  );
  return [...entries, ...strays, ...settings];
}
