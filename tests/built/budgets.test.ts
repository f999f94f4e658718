import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASE_PAGE_JS_BUDGET,
  gzippedSize,
  inlineScriptBytes,
  pageJsBytes,
  scriptsOfPage,
} from '../../scripts/page-weight.ts';
import { builtPages, DIST } from '../support/built-site.ts';

// Deterministic budgets on the real build. Speed and the case page's total are measured by
// `npm run bench:weight`, not asserted here.
const pages = builtPages().map((page) => ({ ...page, html: readFileSync(join(DIST, page.file), 'utf8') }));
const needsPlayer = (html: string) => html.includes('data-case-id') || html.includes('data-learner-data');

describe.each(pages.filter((page) => !needsPlayer(page.html)))('$url, which has no case', ({ file, html }) => {
  it('loads no island or framework JavaScript', () => {
    expect(scriptsOfPage(DIST, file)).toEqual([]);
  });

  it('carries at most 1 KB of inline script (the glossary hover)', () => {
    expect(inlineScriptBytes(html)).toBeLessThanOrEqual(1024);
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
