// Kept apart from the store, which is for pages, so that the service worker can name its caches as the
// store names its keys (src/offline/cache-names.ts) without taking in the pages' storage code.

/** The start of every key the site stores under in the browser, at the root of a host. */
export const KEY_PREFIX = 'triangulate:';

/**
 * Where one site keeps its keys in the browser's storage. localStorage belongs to the host, not the
 * folder, so two sites on one host (`/` and `/learning/`, say) would otherwise read, export and delete
 * each other's learners' records. A site at the root keeps the keys it always had (`triangulate:progress`),
 * so its learners' progress stays where earlier versions saved it; a site in a folder names its keys
 * with it (`triangulate@/learning/:progress`). The `:` after the folder ends it, so no site's prefix is
 * the start of another's, and the root's `triangulate:` is the start of none in a folder.
 */
export const siteKeyPrefix = (base: string): string => (base === '/' ? KEY_PREFIX : `triangulate@${base}:`);
