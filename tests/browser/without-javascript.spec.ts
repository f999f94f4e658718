import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

/** The text a reader sees in the main landmark. */
const mainText = (page: import('@playwright/test').Page) => page.locator('main').innerText();

for (const { url } of builtPages()) {
  test(`${url} reads the same without JavaScript`, async ({ browser }) => {
    const withJs = await browser.newPage();
    const withoutJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await withJs.goto(url);
    await withoutJs.goto(url);
    const text = await mainText(withoutJs);
    expect(text.length).toBeGreaterThan(40);
    expect(text).toBe(await mainText(withJs));
  });
}
