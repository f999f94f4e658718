import { mergeDocuments, parseDocument, serializeDocument } from './document.ts';
import type { Persistence } from './persistence.ts';
import { KEY_PREFIX, PROGRESS_KEY, RESCUE_KEY } from './store.ts';

/**
 * Where one site keeps its keys in the browser's storage. localStorage belongs to the host, not the
 * folder, so two sites on one host (`/learning/` and `/induction/`, say) would otherwise read, export
 * and delete each other's learners' records. Each site's keys carry its folder: `triangulate@/learning/:progress`.
 * The `:` after the folder ends it, so no site's prefix is the start of another's.
 */
export const siteKeyPrefix = (base: string): string => `triangulate@${base}:`;

/** The key a site stores under for a key the store names (`triangulate:progress`). */
export const siteKey = (base: string, key: string): string =>
  key.startsWith(KEY_PREFIX) ? siteKeyPrefix(base) + key.slice(KEY_PREFIX.length) : key;

/**
 * The site's own part of the storage: the progress store names its keys as it always has
 * (src/progress/store.ts), and reads, writes, lists and hears only this site's.
 */
export function siteScoped(storage: Persistence, base: string): Persistence {
  const own = siteKeyPrefix(base);
  const named = (key: string) => KEY_PREFIX + key.slice(own.length);
  return {
    read: (key) => storage.read(siteKey(base, key)),
    write: (key, text) => storage.write(siteKey(base, key), text),
    remove: (key) => storage.remove(siteKey(base, key)),
    keys: (prefix) => storage.keys(siteKey(base, prefix)).map(named),
    subscribe: (prefix, onChange) => storage.subscribe(siteKey(base, prefix), onChange),
  };
}

/**
 * Moves progress kept before sites had their own keys (`triangulate:progress`) into the site's keys.
 * Only a site at the root of its host does this: no earlier version could be served from a folder, so
 * those keys were written by the site at the root, and a site in a folder must leave them to it. The
 * stored document is merged with any the site already keeps (a tab of the earlier version left open
 * across the update may have saved since), and other keys are moved as they are. Each old key is
 * removed only once its contents are safely written; a document that cannot be merged is kept aside
 * as unreadable data, as the store keeps anything it cannot read, never dropped.
 */
export function moveEarlierProgress(storage: Persistence, base: string): void {
  if (base !== '/') return;
  for (const key of storage.keys(KEY_PREFIX)) {
    try {
      const text = storage.read(key);
      if (text === null) continue;
      storage.write(...destination(storage, base, key, text));
      storage.remove(key);
    } catch {
      // Storage refused (full, or blocked): the old key stays where it is, and the next page tries again.
    }
  }
}

/** Where an earlier key's text goes, and what is written there. */
function destination(storage: Persistence, base: string, key: string, text: string): [string, string] {
  const target = siteKey(base, key);
  const existing = storage.read(target);
  if (existing === null) return [target, text];
  if (key !== PROGRESS_KEY) return [siteKey(base, `${key}:earlier`), text];
  const earlier = parseDocument(text);
  const current = parseDocument(existing);
  // Only whole documents are merged: a record this version cannot read would be lost in the merge.
  if (earlier.status === 'ok' && current.status === 'ok' && earlier.problems.length + current.problems.length === 0)
    return [target, serializeDocument(mergeDocuments(current.document, earlier.document))];
  return [siteKey(base, `${RESCUE_KEY}:${new Date().toISOString()}:earlier`), text];
}
