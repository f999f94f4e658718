import { describe, expect, it } from 'vitest';
import { hostHeaderRules, IMMUTABLE, renderHeaders, REVALIDATE } from '../../../src/utils/host-headers.ts';
import { headersFor, parseHeadersFile } from '../../support/headers-file.ts';

describe('renderHeaders', () => {
  const rules = [
    { why: 'Hashed.', paths: ['/_astro/*', '/cases/*'], headers: { 'Cache-Control': IMMUTABLE } },
    { why: 'Pages.', paths: ['/'], headers: { 'Cache-Control': REVALIDATE, 'Referrer-Policy': 'no-referrer' } },
  ];

  it('writes one block a path, its reason above, at the root', () => {
    expect(renderHeaders(rules, '/')).toMatchInlineSnapshot(`
      "# Hashed.
      /_astro/*
        Cache-Control: public, max-age=31536000, immutable
      /cases/*
        Cache-Control: public, max-age=31536000, immutable

      # Pages.
      /
        Cache-Control: no-cache
        Referrer-Policy: no-referrer
      "
    `);
  });

  it('puts every path under the folder the site is served from', () => {
    expect(parseHeadersFile(renderHeaders(rules, '/learning/')).map(({ path }) => path)).toEqual([
      '/learning/_astro/*',
      '/learning/cases/*',
      '/learning/',
    ]);
  });
});

/** The top level of a build, as the integration lists it (a folder's name ending in `/`). */
const BUILT = [
  '404.html',
  '_astro/',
  'accessibility/',
  'cases/',
  'courses/',
  'favicon.svg',
  'index.html',
  'logo/',
  'my-learning/',
  'search/',
  'talks/',
  'trainers/',
];

describe.each(['/', '/learning/'])('the rules of a build served from %s', (base) => {
  const blocks = parseHeadersFile(renderHeaders(hostHeaderRules(BUILT), base));
  const at = (path: string) => headersFor(blocks, `${base}${path.slice(1)}`);

  it.each([
    { path: '/_astro/BaseLayout.astro_astro_type_script_index_0_lang.BcBxzuCi.js', cache: IMMUTABLE },
    { path: '/cases/kim-ava-leo/2f664801d1c9.json', cache: IMMUTABLE },
    { path: '/pagefind/fragment/en-gb_f5a43c3.pf_fragment', cache: IMMUTABLE },
    { path: '/pagefind/index/en-gb_dab98cc.pf_index', cache: IMMUTABLE },
    { path: '/pagefind/filter/en-gb_aede99b.pf_filter', cache: IMMUTABLE },
    { path: '/pagefind/pagefind.en-gb_fe64b208ef22d.pf_meta', cache: IMMUTABLE },
    { path: '/logo/3f2a9c0b1d4e.svg', cache: IMMUTABLE },
    { path: '/accessibility/', cache: REVALIDATE },
    { path: '/', cache: REVALIDATE },
    { path: '/404.html', cache: REVALIDATE },
    { path: '/favicon.svg', cache: REVALIDATE },
    { path: '/courses/', cache: REVALIDATE },
    { path: '/courses/listening-to-children/lundys-model/', cache: REVALIDATE },
    { path: '/my-learning/cpd/', cache: REVALIDATE },
    { path: '/search/catalogue.json', cache: REVALIDATE },
    { path: '/talks/intuition-and-analysis/captions.vtt', cache: REVALIDATE },
    { path: '/talks/intuition-and-analysis.m4a', cache: REVALIDATE },
    { path: '/trainers/components/', cache: REVALIDATE },
    { path: '/pagefind/pagefind.js', cache: REVALIDATE },
    { path: '/pagefind/pagefind-entry.json', cache: REVALIDATE },
    { path: '/pagefind/common-words.json', cache: REVALIDATE },
    { path: '/pagefind/wasm.en-gb.pagefind', cache: REVALIDATE },
    { path: '/pagefind/pagefind-ui.css', cache: REVALIDATE },
  ])('caches $path with exactly one rule: $cache', ({ path, cache }) => {
    const headers = at(path);
    expect(headers.get('cache-control')).toEqual([cache]);
    expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
    expect(headers.get('referrer-policy')).toEqual(['no-referrer']);
  });
});

it('leaves a path outside the folder the site is served from to the host', () => {
  const blocks = parseHeadersFile(renderHeaders(hostHeaderRules(BUILT), '/learning/'));
  expect(headersFor(blocks, '/_astro/another-site.AbCd1234.js').size).toBe(0);
});
