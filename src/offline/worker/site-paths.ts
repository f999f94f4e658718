/**
 * Whether an address belongs to this site: its folder, or one of the entries at the top of its build
 * (`courses`, `search`, `favicon.svg`…), which scripts/offline/offline-files.ts writes into the worker. A site at
 * the root of a host has the whole host in its scope, and must leave alone the pages of a site served
 * in a folder beside it (`/learning/`), which has its own service worker and caches.
 */
export function siteAddresses(base: string, topLevelEntries: readonly string[]) {
  const entries = new Set(topLevelEntries);
  return (pathname: string): boolean => {
    if (!pathname.startsWith(base)) return false;
    const rest = pathname.slice(base.length);
    return rest === '' || entries.has(rest.split('/')[0] ?? '');
  };
}
