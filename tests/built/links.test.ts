import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtPages, DIST, readPage, type BuiltPage } from '../support/built-site.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));
const idsCache = new Map<string, Set<string>>();

function idsOf(page: BuiltPage): Set<string> {
  let ids = idsCache.get(page.url);
  if (!ids) {
    ids = new Set(
      readPage(page)
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
  if (!target) return existsSync(join(DIST, decodeURIComponent(url.pathname))) ? undefined : 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  return fragment && !idsOf(target).has(fragment) ? `no element with id "${fragment}"` : undefined;
}

it('has no broken internal links or anchors on any page', () => {
  const broken = pages.flatMap((page) =>
    readPage(page)
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((href) => !/^(https?:|mailto:|tel:)/.test(href))
      .flatMap((href) => {
        const reason = brokenReason(page, href);
        return reason ? [`${page.url} → ${href}: ${reason}`] : [];
      }),
  );
  expect(broken).toEqual([]);
  expect(pages.length).toBeGreaterThan(5);
});
