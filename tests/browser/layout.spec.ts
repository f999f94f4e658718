import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const { url } of builtPages()) {
    test(`${url} fits without sideways scrolling`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('at 200% zoom a module page still fits and keeps its text', async ({ browser }) => {
  // 200% zoom of a 1280 px window lays the page out in 640 CSS px.
  const page = await browser.newPage({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  // A module's page: the course's certificate sits at the same depth.
  const module = builtPages().find((p) => /^\/courses\/[^/]+\/(?!certificate\/)[^/]+\/$/.test(p.url))!;
  await page.goto(module.url);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('print shows the text and leaves out the navigation', async ({ page }) => {
  // A module's page: the course's certificate sits at the same depth.
  const module = builtPages().find((p) => /^\/courses\/[^/]+\/(?!certificate\/)[^/]+\/$/.test(p.url))!;
  await page.goto(module.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main .prose').first()).toBeVisible();
});
