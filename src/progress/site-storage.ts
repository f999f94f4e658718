import type { Persistence } from './persistence.ts';
import { KEY_PREFIX } from './store.ts';

/**
 * Where one site keeps its keys in the browser's storage. localStorage belongs to the host, not the
 * folder, so two sites on one host (`/` and `/learning/`, say) would otherwise read, export and delete
 * each other's learners' records. A site at the root keeps the keys it always had (`triangulate:progress`),
 * so its learners' progress stays where earlier versions saved it; a site in a folder names its keys
 * with it (`triangulate@/learning/:progress`). The `:` after the folder ends it, so no site's prefix is
 * the start of another's, and the root's `triangulate:` is the start of none in a folder.
 */
export const siteKeyPrefix = (base: string): string => (base === '/' ? KEY_PREFIX : `triangulate@${base}:`);

/** The key a site stores under for a key the store names (`triangulate:progress`). */
export const siteKey = (base: string, key: string): string =>
  key.startsWith(KEY_PREFIX) ? siteKeyPrefix(base) + key.slice(KEY_PREFIX.length) : key;

/**
 * The site's own part of the storage: the progress store names its keys as it always has
 * (src/progress/store.ts), and reads, writes, lists and hears only this site's.
 */
export function siteScoped(storage: Persistence, base: string): Persistence {
  if (base === '/') return storage;
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
