import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

/**
 * The text a reader sees in the main landmark, leaving out cases (played interactively with JavaScript,
 * read as full text without it: tests/browser/case-player.spec.ts checks both), the learner's own
 * progress, which lives in the browser and can only be read by script, controls that only a script can
 * work (`data-needs-script`, such as a talk's speed and follow controls), and search controls, which
 * work only with script and say so without it (tests/browser/search.spec.ts checks both).
 */
async function mainText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main: HTMLElement) => {
    for (const element of main.querySelectorAll<HTMLElement>(
      '[data-case-id], [data-learner-data], [data-needs-script], [data-search-interactive]',
    ))
      element.hidden = true;
    return main.innerText;
  });
}

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
