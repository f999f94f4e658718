import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';
import {
  CPD_RECORD_WITH_ENTRIES,
  everyKindOfProgress,
  MY_LEARNING_STATES,
  otherDeviceFile,
} from '../support/learner-states.ts';
import { openWithProgress } from '../support/seed-progress.ts';

/**
 * The screens every page must fit without sideways scrolling. Browser zoom at 200% halves the CSS
 * pixels of the window and doubles the device pixels per CSS pixel: a 1280×900 window lays the page
 * out at 640×450 CSS px, and media queries see 640 px. A viewport of that size with a scale factor of
 * 2 is what the browser itself does; CSS `zoom` on the page would leave media queries seeing 1280 px.
 */
const SCREENS = [
  { name: 'on a 360 px phone', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
  { name: 'at 200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

/** How far the page is wider than the window, once everything that waits for a script is shown. */
async function sidewaysOverflow(page: Page): Promise<number> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // A case's player starts when the case scrolls into view.
  const cases = page.locator('[data-case-player]');
  if ((await cases.count()) > 0) {
    for (const host of await cases.all()) await host.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
  }
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const { name, viewport, deviceScaleFactor } of SCREENS) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor });
    for (const { url } of builtPages()) {
      test(`${url} fits without sideways scrolling, with and without progress`, async ({ page }) => {
        await page.goto(url);
        expect(await sidewaysOverflow(page), 'without progress').toBeLessThanOrEqual(0);
        await openWithProgress(page, url, everyKindOfProgress());
        expect(await sidewaysOverflow(page), 'with progress').toBeLessThanOrEqual(0);
      });
    }
    for (const state of [...MY_LEARNING_STATES, CPD_RECORD_WITH_ENTRIES]) {
      test(`My learning ${state.name} fits without sideways scrolling`, async ({ page }, info) => {
        await state.reach(page, otherDeviceFile(info.outputPath('other-device.json')));
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  });
}

test('print shows the text and leaves out the navigation', async ({ page }) => {
  // A module's page: the course's certificate sits at the same depth.
  const module = builtPages().find((p) => /^\/courses\/[^/]+\/(?!certificate\/)[^/]+\/$/.test(p.url))!;
  await page.goto(module.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main .prose').first()).toBeVisible();
});

test('the printed CPD record keeps its table, even from a phone', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await CPD_RECORD_WITH_ENTRIES.reach(page, '');
  await page.emulateMedia({ media: 'print' });
  const table = page.getByRole('table', { name: 'CPD record, newest first' });
  await expect(table.getByRole('columnheader', { name: 'Minutes' })).toBeVisible();
  expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
  await page.close();
});
