import { expect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { url } of builtPages()) {
      test(`${url} has no WCAG 2.2 A or AA violations`, async ({ page }) => {
        await page.goto(url);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  });
}
