import type { Persistence } from './persistence.ts';
import { KEY_PREFIX, siteKeyPrefix } from './site-prefix.ts';

export { siteKeyPrefix };

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
