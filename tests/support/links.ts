import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, readPage, type BuiltPage } from './built-site.ts';

/**
 * Every internal link, stylesheet, script and image address of a build (by default dist/) that points at
 * no page or file, or at an anchor its page does not have, as `page → address: why`.
 */
export function brokenLinks(dist = DIST): string[] {
  const pages = builtPages(dist);
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const idsCache = new Map<string, Set<string>>();

  function idsOf(page: BuiltPage): Set<string> {
    let ids = idsCache.get(page.url);
    if (!ids) {
      ids = new Set(
        readPage(page, dist)
          .querySelectorAll('[id]')
          .map((el) => el.id),
      );
      idsCache.set(page.url, ids);
    }
    return ids;
  }

  /** Why an internal link from `from` to `href` is broken, or undefined when it works. */
  function brokenReason(from: BuiltPage, href: string): string | undefined {
    const url = new URL(href, `http://site${from.url}`);
    if (url.host !== 'site') return undefined;
    const target = byUrl.get(url.pathname);
    if (!target) return existsSync(join(dist, decodeURIComponent(url.pathname))) ? undefined : 'no such page or file';
    const fragment = decodeURIComponent(url.hash.slice(1));
    return fragment && !idsOf(target).has(fragment) ? `no element with id "${fragment}"` : undefined;
  }

  return pages.flatMap((page) =>
    readPage(page, dist)
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((href) => !/^(https?:|mailto:|tel:)/.test(href))
      .flatMap((href) => {
        const reason = brokenReason(page, href);
        return reason ? [`${page.url} → ${href}: ${reason}`] : [];
      }),
  );
}
