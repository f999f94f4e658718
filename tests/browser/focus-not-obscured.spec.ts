import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';
import { focusHiddenStops } from '../support/focus-walk.ts';

// WCAG 2.2, 2.4.11 Focus Not Obscured: whatever sticks to the screen must never hide what has focus.
// axe cannot see this (it depends on where the browser scrolls on each Tab), so these tests Tab through
// the pages both ways and look at what is drawn at the focused element.

/** Pages with a part that sticks on some screen: talks (the player), modules (their contents), search. */
const STICKY_KINDS = /^\/talks\/[^/]+\/$|^\/courses\/[^/]+\/(?!certificate\/)[^/]+\/$|^\/search\/$/;
const walked = builtPages().filter(({ url }) => STICKY_KINDS.test(url));
const others = builtPages().filter(({ url }) => !STICKY_KINDS.test(url));

/** A desktop window; a tablet, where the talk player's controls wrap and it covers more; a phone. */
const SCREENS = [
  { width: 1280, height: 900 },
  { width: 800, height: 700 },
  { width: 360, height: 740 },
];

/** True when some visible part of the page sticks to the screen (`position: sticky` or `fixed`). */
const somethingSticks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')].some((element) => {
      const { position } = getComputedStyle(element);
      return (position === 'sticky' || position === 'fixed') && element.getBoundingClientRect().height > 0;
    }),
  );

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });
    for (const { url } of walked) {
      test(`${url}: focus is never hidden, tabbing forwards or backwards`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(url);
        // Where nothing sticks at this size (a phone), there is nothing to walk past; the search page is
        // walked at every size all the same.
        if (url !== '/search/' && !(await somethingSticks(page))) return;
        expect(await focusHiddenStops(page)).toEqual([]);
      });
    }

    test('on every other page where something sticks, focus is never hidden', async ({ page }) => {
      test.setTimeout(300_000);
      const hidden: string[] = [];
      for (const { url } of others) {
        await page.goto(url);
        if (await somethingSticks(page)) hidden.push(...(await focusHiddenStops(page)).map((stop) => `${url} ${stop}`));
      }
      expect(hidden).toEqual([]);
    });
  });
}

test.describe('when the talk player grows', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('focus still lands below it, tabbing backwards', async ({ page }) => {
    test.setTimeout(120_000);
    const talk = walked.find(({ url }) => url.startsWith('/talks/'))!;
    await page.goto(talk.url);
    const player = page.locator('[data-talk-player]');
    const before = (await player.boundingBox())!.height;
    // A long message in the player's status line, as a narrow or zoomed screen wraps its text.
    await page.locator('[data-status]').evaluate((status) => {
      status.textContent = 'A message long enough to wrap. '.repeat(12);
    });
    await expect.poll(async () => (await player.boundingBox())!.height).toBeGreaterThan(before + 40);
    expect(await focusHiddenStops(page)).toEqual([]);
  });
});
