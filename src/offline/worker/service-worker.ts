// The site's service worker, bundled by scripts/build-offline.ts and given its precache list by
// workbox-build's injectManifest (the `self.__WB_MANIFEST` below), after the search index is written.
//
// - The shell (the site's scripts, icons, the offline page) is precached, nothing more: its size does
//   not grow with the number of modules.
// - Pages: the network first, so a learner online always reads the current page; a page visited before,
//   or in a course saved for offline use, when the network fails or is slower than NETWORK_TIMEOUT.
// - Files named by a hash of their content (scripts, case data, Pagefind's chunks): from a cache first.
// - A page or file found nowhere: the offline page, which lists what is saved.
import { enable as enableNavigationPreload } from 'workbox-navigation-preload';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cacheNames } from '../cache-names.ts';
import { OFFLINE_MESSAGES, OFFLINE_PAGE } from '../offline-paths.ts';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** How long a page may take from the network before a kept copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;
/** Visited pages kept, newest first: about 10 MB at the largest pages. */
const PAGES_KEPT = 200;
/** Case data, catalogue and Pagefind files kept as they are fetched. */
const DATA_KEPT = 400;

const base = new URL(self.registration.scope).pathname;
const names = cacheNames(base);
const inSite = (path: string) => `${base}${path}`;
const hashed = new RegExp(
  `^${base}(?:_astro|cases|logo)/|^${base}pagefind[^/]*/(?:fragment|index|filter)/|\\.pf_meta$`,
);

// Workbox names its precache after the site, so a second site on the host keeps its own.
setCacheNameDetails({ prefix: names.precachePrefix.replace(/:$/, ''), suffix: 'shell' });
enableNavigationPreload();

/**
 * Before the new shell replaces the old, the old scripts are copied aside: a page kept open across a
 * deploy loads its case player or search code lazily, and must get its own version's, not a 404.
 */
self.addEventListener('install', (event) => {
  event.waitUntil(keepPreviousShell());
});
async function keepPreviousShell(): Promise<void> {
  const precache = (await caches.keys()).find((name) => name.startsWith(names.precachePrefix.replace(/:$/, '-')));
  if (!precache) return;
  const [from, to] = await Promise.all([
    caches.open(precache),
    caches.delete(names.previousShell).then(() => caches.open(names.previousShell)),
  ]);
  for (const request of await from.keys()) {
    if (!new URL(request.url).pathname.startsWith(inSite('_astro/'))) continue;
    const response = await from.match(request);
    if (response) await to.put(new URL(request.url).pathname, response);
  }
}

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');
/**
 * One copy of a file whatever its query: Pagefind asks for its files with `?ts=…`, and the search page's
 * address holds the query (`/search/?q=…`). Without this, each query would keep a copy of its own.
 */
const oneCopyPerFile: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => Promise.resolve(withoutQuery(request.url)),
};
/**
 * When a strategy's own cache has no copy: any copy the site keeps. A course saved for offline use has
 * its own cache, and so do the scripts of the version before this one.
 */
const anyKeptCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ?? (await caches.match(withoutQuery(request.url), { ignoreVary: true })) ?? null,
};

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith(base),
  new NetworkFirst({
    cacheName: names.pages,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [oneCopyPerFile, anyKeptCopy, new ExpirationPlugin({ maxEntries: PAGES_KEPT })],
  }),
);
registerRoute(
  ({ url }) => hashed.test(url.pathname),
  new CacheFirst({
    cacheName: names.data,
    plugins: [oneCopyPerFile, anyKeptCopy, new ExpirationPlugin({ maxEntries: DATA_KEPT })],
  }),
);
// The catalogue the instant results search: the kept copy at once, a fresh one for next time.
registerRoute(
  ({ url }) => url.pathname === inSite('search/catalogue.json'),
  new StaleWhileRevalidate({ cacheName: names.data, plugins: [oneCopyPerFile, anyKeptCopy] }),
);
// Pagefind's script, WebAssembly and entry file keep their names across versions: fresh when online.
registerRoute(
  ({ url }) => new RegExp(`^${base}pagefind[^/]*/[^/]+\\.(?:js|json|pagefind|css)$`).test(url.pathname),
  new NetworkFirst({ cacheName: names.data, plugins: [oneCopyPerFile, anyKeptCopy] }),
);
// A talk's recording, saved with its course, answers the player's range requests from the copy.
registerRoute(
  ({ url }) => /\.(?:m4a|mp3|mp4|ogg|webm)$/.test(url.pathname),
  async ({ request }) => {
    const saved = await caches.match(withoutQuery(request.url), { ignoreVary: true });
    if (!saved) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, saved) : saved;
  },
);
setDefaultHandler(new NetworkOnly());

/**
 * When a strategy fails (offline, nothing kept in its own cache): any copy the site holds, a saved
 * course's included; for a page, the offline page; otherwise the failure.
 */
setCatchHandler(async ({ request }) => {
  const kept = await caches.match(withoutQuery(request.url), { ignoreVary: true });
  if (kept) return kept;
  if (request.mode === 'navigate') {
    const offline = await matchPrecache(inSite(`${OFFLINE_PAGE}index.html`));
    if (offline) return offline;
  }
  return Response.error();
});

// A new version waits until the learner chooses to reload (src/offline/offline-state.ts), so a case in
// progress is never interrupted and no page mixes two versions' scripts.
self.addEventListener('message', (event) => {
  if (event.data === OFFLINE_MESSAGES.skipWaiting) void self.skipWaiting();
});
// The first version takes charge of open pages at once: there is nothing older for them to mix with.
// The pages open now were fetched before there was a service worker to keep them: kept now, so that
// the page a learner first came to also opens offline.
self.addEventListener('activate', (event) => {
  // Kept first, so that a page under the service worker's control is always one it holds.
  event.waitUntil(keepOpenPages().then(() => self.clients.claim()));
});
async function keepOpenPages(): Promise<void> {
  const [windows, pages] = await Promise.all([
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
    caches.open(names.pages),
  ]);
  await Promise.all(
    windows
      .map((client) => withoutQuery(client.url))
      .filter((url) => new URL(url).pathname.startsWith(base))
      .map((url) => pages.add(url).catch(() => undefined)),
  );
}
