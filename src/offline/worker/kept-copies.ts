import type { WorkboxPlugin } from 'workbox-core/types.js';

/** An address without its query and fragment: the key of every copy the site keeps. */
export const withoutQuery = (url: string): string => url.replace(/[?#].*$/, '');

/** Any copy the site keeps of an address, in whichever of its caches: a saved course's included. */
export const keptCopy = async (url: string): Promise<Response | undefined> =>
  caches.match(withoutQuery(url), { ignoreVary: true });

/**
 * One copy of a file whatever its query: Pagefind asks for its files with `?ts=…`, and the search page's
 * address holds the query (`/search/?q=…`). Without this, each query would keep a copy of its own.
 */
export const oneCopyPerFile: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => Promise.resolve(withoutQuery(request.url)),
};

/**
 * When a strategy's own cache has no copy: any copy the site keeps. A course saved for offline use has
 * its own cache, and so do the scripts of the version before this one. It comes after the strategy's
 * expiration plugin, which must see only its own cache's copies, or it would count others' as its own.
 */
export const anyKeptCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ?? (await keptCopy(request.url)) ?? null,
};
