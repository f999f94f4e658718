import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptBytes, scriptsOfPage } from '../../scripts/page-weight.ts';
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

describe.each(pages.filter((page) => page.html.includes('data-case-id')))('$url, which has a case', ({ html }) => {
  it('hydrates the player only when it scrolls into view', () => {
    const islands = html.match(/<astro-island[^>]*>/g) ?? [];
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).toContain('client="visible"');
  });
});
