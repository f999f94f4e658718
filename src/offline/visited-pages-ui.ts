import { decodeEntities } from '../utils/html-entities.ts';
import { routes } from '../utils/routes.ts';
import { cacheNames } from './cache-names.ts';

/** The page's title as its `<title>` gives it, without the site's name after it. */
export const pageTitle = (html: string): string =>
  decodeEntities((/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/ · [^·]*$/, ''));

/** Lists the pages the service worker has kept as the learner visited them, which open offline. */
export async function listVisitedPages(list: HTMLUListElement, empty: HTMLElement): Promise<void> {
  if (!('caches' in globalThis)) return;
  const cache = await caches.open(cacheNames(routes.home()).pages);
  const items: HTMLLIElement[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response || new URL(request.url).pathname === routes.offline()) continue;
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = request.url;
    link.textContent = pageTitle(await response.text()) || new URL(request.url).pathname;
    item.append(link);
    items.push(item);
  }
  list.replaceChildren(...items);
  empty.hidden = items.length > 0;
}
