import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzippedSize, inlineScriptBytes, scriptsOfPage } from '../../scripts/page-weight.ts';
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
    const loaded = scriptsOfPage(DIST, file, { lazy: false });
    expect(loaded.filter((url) => !isHeaderOpener(url) && !isPageOpener(url))).toEqual([]);
  });

  it('carries at most 1 KB of inline script (the glossary hover)', () => {
    expect(inlineScriptBytes(html)).toBeLessThanOrEqual(1024);
  });
});

describe.each(pages)('$url', ({ file }) => {
  // Search code and indexes load when a search box gets focus; tests/browser/search.spec.ts checks requests.
  it('loads at most 2 KB of gzipped JavaScript to open search, and 0.6 KB more for a page of its own', () => {
    const loaded = scriptsOfPage(DIST, file, { lazy: false });
    expect(loaded.filter(isHeaderOpener).length).toBeGreaterThan(0);
    expect(gzipped(loaded.filter(isHeaderOpener))).toBeLessThanOrEqual(2048);
    expect(gzipped(loaded.filter(isPageOpener))).toBeLessThanOrEqual(600);
  });
});

describe.each(pages.filter((page) => page.html.includes('data-case-id')))('$url, which has a case', ({ html }) => {
  it('hydrates the player only when it scrolls into view', () => {
    const islands = html.match(/<astro-island[^>]*>/g) ?? [];
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).toContain('client="visible"');
  });
});
