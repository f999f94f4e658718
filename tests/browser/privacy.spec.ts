import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

for (const { url } of builtPages()) {
  test(`${url} makes no request to any other host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(elsewhere).toEqual([]);
  });
}
