import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageMatching, readPage } from '../support/built-site.ts';

const urls = builtPages().map((page) => page.url);

it('builds every page type', () => {
  for (const pattern of [
    /^\/$/,
    /^\/courses\/$/,
    /^\/courses\/[^/]+\/$/,
    /^\/courses\/[^/]+\/[^/]+\/$/,
    /^\/talks\/$/,
    /^\/talks\/[^/]+\/$/,
    /^\/resources\/$/,
    /^\/glossary\/$/,
    /^\/404$/,
    /^\/trainers\/$/,
  ]) {
    expect(
      urls.some((url) => pattern.test(url)),
      String(pattern),
    ).toBe(true);
  }
});

describe('a module page', () => {
  const html = readPage(pageMatching(/^\/courses\/[^/]+\/[^/]+\/$/));

  it('has breadcrumbs, a table of contents, objectives, time and previous/next links', () => {
    expect(html.querySelectorAll('nav[aria-label="Breadcrumb"] li').length).toBeGreaterThanOrEqual(4);
    expect(html.querySelectorAll('nav.toc a[href^="#"]').length).toBeGreaterThan(0);
    expect(html.querySelectorAll('#objectives + ul li').length).toBeGreaterThan(0);
    expect(html.querySelector('.facts')?.text).toMatch(/\d+ (min|hr)/);
    expect(html.querySelectorAll('nav.prev-next a').length).toBeGreaterThan(0);
  });

  it('lists its references, each linking to the resource library', () => {
    const refs = html.querySelectorAll('.references a');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref.getAttribute('href')).toMatch(/^\/resources\/#/);
  });
});

describe('a module with a case', () => {
  const page = builtPages().find((p) => readPage(p).querySelector('[data-case-id]'));

  it('shows every stage and question as text, with model answers behind disclosures kept out of search', () => {
    expect(page).toBeDefined();
    const html = readPage(page!);
    const caseSection = html.querySelector('[data-case-id]')!;
    expect(caseSection.querySelectorAll('.stage').length).toBeGreaterThanOrEqual(3);
    const answers = caseSection.querySelectorAll('details');
    expect(answers.length).toBe(caseSection.querySelectorAll('.question').length);
    for (const details of answers) expect(details.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

it('writes a Pagefind index for the pages marked for search', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  expect(existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))).toBe(true);
});
