import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

/** Search code and indexes: loaded when a learner searches, never with a page (the search page aside). */
const SEARCH_FILES = /\/pagefind\/|lunr/i;

for (const { url } of builtPages()) {
  test(`${url} makes no request to any other host, nor for search code`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    const search: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
      else if (url !== '/search/' && SEARCH_FILES.test(new URL(request.url()).pathname)) search.push(request.url());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(elsewhere).toEqual([]);
    expect(search).toEqual([]);
  });
}
