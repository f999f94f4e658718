// The site's service worker, bundled by scripts/offline/offline-files.ts and given its precache list by
// workbox-build's injectManifest (the `self.__WB_MANIFEST` below), as the build ends.
//
// - The shell (the site's scripts, icons, the offline page) is precached, nothing more: its size does
//   not grow with the number of modules.
// - Pages: the network first, so a learner online always reads the current page; a page visited before,
//   or in a course saved for offline use, when the network fails or is slower than NETWORK_TIMEOUT.
// - Files named by a hash of their content (scripts, case data, Pagefind's chunks): from a cache first.
// - A page found nowhere: the offline page, which lists what is saved.
// - Only this site's addresses (site-paths.ts): another site on the same host is left alone.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { enable as enableNavigationPreload } from 'workbox-navigation-preload';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { cacheNames } from '../cache-names.ts';
import { OFFLINE_MESSAGES, OFFLINE_PAGE } from '../offline-paths.ts';
import { anyKeptCopy, keptCopy, oneCopyPerFile, withoutQuery } from './kept-copies.ts';
import { keepPreviousShell } from './previous-shell.ts';
import { siteAddresses } from './site-paths.ts';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** The entries at the top of the built site, written in by scripts/offline/offline-files.ts. */
declare const SITE_ENTRIES: string[];

/** How long a page may take from the network before a kept copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;
/** Visited pages kept, newest first: about 10 MB at the largest pages. */
const PAGES_KEPT = 200;
/** Case data, catalogue and Pagefind files kept as they are fetched. */
const DATA_KEPT = 400;

const base = new URL(self.registration.scope).pathname;
const names = cacheNames(base);
const inSite = (path: string) => `${base}${path}`;
const isOwn = siteAddresses(base, SITE_ENTRIES);
const own =
  (test: (url: URL, request: Request) => boolean) =>
  ({ url, request }: { url: URL; request: Request }) =>
    isOwn(url.pathname) && test(url, request);
const HASHED = new RegExp(
  `^${base}(?:_astro|cases|logo)/|^${base}pagefind[^/]*/(?:fragment|index|filter)/|\\.pf_meta$`,
);
const PAGEFIND_NAMED = new RegExp(`^${base}pagefind[^/]*/[^/]+\\.(?:js|json|pagefind|css)$`);
const MEDIA = /\.(?:m4a|mp3|mp4|ogg|webm)$/;
/** A request that asks for the network's copy: saving a course, or its list, which must be current. */
const wantsFresh = (request: Request) => request.cache === 'no-cache' || request.cache === 'reload';

// Workbox names its precache after the site, so a second site on the host keeps its own.
setCacheNameDetails({ prefix: names.precachePrefix.replace(/:$/, ''), suffix: 'shell' });
enableNavigationPreload();

/** Only complete answers are kept: not a host's redirect (adding a final `/`), nor an error page. */
const completeOnly = new CacheableResponsePlugin({ statuses: [200] });
const pagesExpiration = new ExpirationPlugin({ maxEntries: PAGES_KEPT });
const dataExpiration = new ExpirationPlugin({ maxEntries: DATA_KEPT });
const pages = new NetworkFirst({
  cacheName: names.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [oneCopyPerFile, completeOnly, pagesExpiration, anyKeptCopy],
});

self.addEventListener('install', (event) => {
  event.waitUntil(keepPreviousShell(inSite('_astro/'), names.previousShell));
});

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

registerRoute(
  own((_url, request) => wantsFresh(request) && request.mode !== 'navigate'),
  new NetworkOnly(),
);
registerRoute(
  own((_url, request) => request.mode === 'navigate'),
  pages,
);
registerRoute(
  own((url) => HASHED.test(url.pathname)),
  new CacheFirst({ cacheName: names.data, plugins: [oneCopyPerFile, completeOnly, dataExpiration, anyKeptCopy] }),
);
// The catalogue the instant results search: the kept copy at once, a fresh one for next time.
registerRoute(
  own((url) => url.pathname === inSite('search/catalogue.json')),
  new StaleWhileRevalidate({ cacheName: names.data, plugins: [oneCopyPerFile, completeOnly, anyKeptCopy] }),
);
// Pagefind's script, WebAssembly and entry file keep their names across versions: fresh when online.
registerRoute(
  own((url) => PAGEFIND_NAMED.test(url.pathname)),
  new NetworkFirst({ cacheName: names.data, plugins: [oneCopyPerFile, completeOnly, anyKeptCopy] }),
);
// A talk's recording, saved with its course, answers the player's range requests from the copy.
registerRoute(
  own((url) => MEDIA.test(url.pathname)),
  async ({ request }) => {
    const saved = await keptCopy(request.url);
    if (!saved) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, saved) : saved;
  },
);
// Anything else of the site (captions, a saved course's list): the network, or a kept copy offline.
registerRoute(
  own(() => true),
  new NetworkOnly(),
);

/**
 * When a strategy fails (offline, nothing kept in its own cache): any copy the site holds, a saved
 * course's included; for a page, the offline page; otherwise the failure.
 */
setCatchHandler(async ({ request }) => {
  const kept = await keptCopy(request.url);
  if (kept) return kept;
  if (request.mode === 'navigate') {
    const offline = await matchPrecache(inSite(`${OFFLINE_PAGE}index.html`));
    if (offline) return offline;
  }
  return Response.error();
});

self.addEventListener('message', (event) => {
  // A new version waits until the learner chooses to reload (src/offline/offline-state.ts), so a case in
  // progress is never interrupted and no page mixes two versions' scripts.
  if (event.data === OFFLINE_MESSAGES.skipWaiting) void self.skipWaiting();
  // "Delete all my data": the pages kept and their record of when each was read.
  if (event.data === OFFLINE_MESSAGES.forget)
    event.waitUntil(Promise.all([pagesExpiration.deleteCacheAndMetadata(), dataExpiration.deleteCacheAndMetadata()]));
});

// The first version takes charge of open pages at once: there is nothing older for them to mix with.
// The pages open then were fetched before there was a service worker to keep them: kept first, briefly,
// so that the page a learner first came to also opens offline. A later version only takes charge: the
// pages open then are kept already, and fetching them again could hold up a slow connection.
let firstVersion = false;
self.addEventListener('install', () => {
  firstVersion = self.registration.active === null;
});
self.addEventListener('activate', (event) => {
  event.waitUntil((firstVersion ? keepOpenPages(event) : Promise.resolve()).then(() => self.clients.claim()));
});
async function keepOpenPages(event: ExtendableEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map((client) => withoutQuery(client.url)).filter((url) => isOwn(new URL(url).pathname));
  const timeout = AbortSignal.timeout(NETWORK_TIMEOUT_SECONDS * 1000);
  await Promise.all(
    open.map((url) => pages.handle({ event, request: new Request(url, { signal: timeout }) }).catch(() => undefined)),
  );
}
