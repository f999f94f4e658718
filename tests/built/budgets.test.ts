import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  CASE_PAGE_JS_BUDGET,
  gzippedSize,
  inlineScriptBytes,
  pageJsBytes,
  pageWeight,
  scriptsOfPage,
} from '../../scripts/page-weight.ts';
import { builtPages, DIST } from '../support/built-site.ts';

// Deterministic budgets on the real build. Speed and the case page's total are measured by
// `npm run bench:weight`, not asserted here.
const pages = builtPages().map((page) => ({ ...page, html: readFileSync(join(DIST, page.file), 'utf8') }));
const needsPlayer = (html: string) => html.includes('data-case-id') || html.includes('data-learner-data');

/** Scripts that only open search: the header's opener, the highlighter's check, Vite's preload helper. */
const isHeaderOpener = (url: string) => /\/(HeaderSearch\.astro|highlight|preload-helper)[^/]*\.js$/.test(url);
/** The search page's and the resource library's own openers. */
const isPageOpener = (url: string) => /\/(SearchForm|ResourceFacets)\.astro[^/]*\.js$/.test(url);
const gzipped = (urls: string[]) => urls.reduce((sum, url) => sum + gzippedSize(DIST, url), 0);

describe.each(pages.filter((page) => !needsPlayer(page.html)))('$url, which has no case', ({ file, html }) => {
  it('loads no island or framework JavaScript, only what opens search', () => {
    const loaded = scriptsOfPage(DIST, file, { upFront: true });
    expect(loaded.filter((url) => !isHeaderOpener(url) && !isPageOpener(url))).toEqual([]);
  });

  it('carries at most 1 KB of inline script (the glossary hover)', () => {
    expect(inlineScriptBytes(html)).toBeLessThanOrEqual(1024);
  });
});

describe.each(pages)('$url', ({ file }) => {
  // The rest of search loads when a search box gets focus (tests/browser/search.spec.ts checks requests).
  it('loads at most 2 KB of gzipped JavaScript to open search, and 0.6 KB more for a page of its own', () => {
    const loaded = scriptsOfPage(DIST, file, { upFront: true });
    expect(loaded.filter(isHeaderOpener).length).toBeGreaterThan(0);
    expect(gzipped(loaded.filter(isHeaderOpener))).toBeLessThanOrEqual(2 * 1024);
    expect(gzipped(loaded.filter(isPageOpener))).toBeLessThanOrEqual(600);
  });
});

/** Only React's own code has this marker: it tags every element React creates. */
const REACT_MARKER = 'react.transitional.element';
const code = (url: string) => readFileSync(join(DIST, url), 'utf8');

describe.each(pages.filter((page) => page.html.includes('data-case-id')))(
  '$url, which has a case',
  ({ file, html }) => {
    it(`loads at most ${CASE_PAGE_JS_BUDGET / 1024} KB of gzipped JavaScript, React included`, () => {
      expect(pageJsBytes(DIST, file)).toBeLessThanOrEqual(CASE_PAGE_JS_BUDGET);
    });

    it('loads React and the player only when a case scrolls into view', () => {
      const upFront = scriptsOfPage(DIST, file, { upFront: true });
      const later = scriptsOfPage(DIST, file).filter((url) => !upFront.includes(url));
      expect(upFront.some((url) => code(url).includes('IntersectionObserver'))).toBe(true);
      expect(upFront.filter((url) => code(url).includes(REACT_MARKER))).toEqual([]);
      expect(later.some((url) => code(url).includes(REACT_MARKER))).toBe(true);
      // What the page loads before then is the small loader (and the inline glossary hover).
      expect(upFront.reduce((sum, url) => sum + gzippedSize(DIST, url), 0)).toBeLessThanOrEqual(1024);
      expect(html).not.toContain('<astro-island');
    });
  },
);

// Bytes per page type on a first visit: gzipped HTML, CSS and the JavaScript that loads up front, and
// the requests for them. Goals from issue 8: a module page in at most 20 KB over at most 4 requests,
// at most 5 KB of JavaScript where there is no case. `npm run bench` reports the same for a generated
// catalogue of any size.
const KB = 1024;
const isModule = (url: string) => /^\/courses\/[^/]+\/[^/]+\/$/.test(url);
const hasCase = (html: string) => html.includes('data-case-id');
const BUDGETS: {
  type: string;
  pages: (page: (typeof pages)[number]) => boolean;
  firstVisit: number;
  requests: number;
  js?: number;
}[] = [
  // Home and course pages carry the progress script (bars, Continue where you left off): at most 5 KB.
  { type: 'the home page', pages: ({ url }) => url === '/', firstVisit: 12 * KB, requests: 4, js: 5 * KB },
  {
    type: 'a course page',
    pages: ({ url }) => /^\/courses\/[^/]+\/$/.test(url),
    firstVisit: 12 * KB,
    requests: 4,
    js: 5 * KB,
  },
  {
    type: 'a talk page',
    pages: ({ url }) => /^\/talks\/[^/]+\/$/.test(url),
    firstVisit: 20 * KB,
    requests: 4,
    js: 5 * KB,
  },
  // Every module here embeds a case, whose text is in the page twice (read without JavaScript, and the
  // player's data): 27 to 37 KB. The 20 KB goal holds for a module without a case (`npm run bench`
  // measures one at 14 KB); this line stops it growing while the case player's weight is worked on.
  {
    type: 'a module page with a case',
    pages: ({ url, html }) => isModule(url) && hasCase(html),
    firstVisit: 38 * KB,
    requests: 4,
  },
  {
    type: 'any other page without a case',
    pages: ({ url, html }) =>
      !hasCase(html) &&
      !isModule(url) &&
      !url.startsWith('/my-learning/') &&
      !/^\/(courses|talks)\/[^/]+\/$/.test(url) &&
      url !== '/',
    firstVisit: 20 * KB,
    requests: 4,
    js: 5 * KB,
  },
];

describe.each(BUDGETS)('$type', ({ pages: selects, firstVisit, requests, js }) => {
  const selected = pages.filter(selects);

  it('exists in the build', () => {
    expect(selected.length).toBeGreaterThan(0);
  });

  it.each(selected)(
    `$url loads at most ${firstVisit / KB} KB over at most ${requests} requests on a first visit`,
    ({ file }) => {
      const weight = pageWeight(DIST, file);
      expect(weight.firstVisit.bytes).toBeLessThanOrEqual(firstVisit);
      expect(weight.firstVisit.requests).toBeLessThanOrEqual(requests);
      if (js !== undefined) expect(weight.js).toBeLessThanOrEqual(js);
    },
  );
});

// Search code loads when a learner searches, never with a page: the search page is the only exception.
/** A message inside lunr's own code, which survives minification. */
const LUNR_MARKER = 'Version mismatch when loading serialised index';
const isSearchCode = (url: string) =>
  url.includes('/pagefind/') || readFileSync(join(DIST, url), 'utf8').includes(LUNR_MARKER);

describe.each(pages.filter(({ url }) => url !== '/search/'))('$url', ({ file, html }) => {
  it('loads no search code or index up front', () => {
    expect(scriptsOfPage(DIST, file, { upFront: true }).filter(isSearchCode)).toEqual([]);
    expect(html).not.toContain(LUNR_MARKER);
    const hinted = parse(html)
      .querySelectorAll('link[rel="preload"], link[rel="modulepreload"], link[rel="prefetch"]')
      .map((link) => link.getAttribute('href') ?? '');
    expect(hinted.filter((href) => /pagefind|lunr|search/i.test(href))).toEqual([]);
  });
});
