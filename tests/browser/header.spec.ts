import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

// The site header on a phone: one row (the site's name, the menu, search), the links in a menu that opens
// by touch, by keyboard and without JavaScript; on a wide screen the links stand in the row.

const SMALL_PHONE = { width: 360, height: 740 };
const PHONE = { width: 390, height: 844 };
const PHONES = [SMALL_PHONE, PHONE];
/** One row of controls 44 px high, with the header's padding and border. */
const ONE_ROW = 64;

const header = (page: Page) => page.locator('header.site-header');
const menuButton = (page: Page) => header(page).getByRole('button', { name: 'Menu', exact: true });

/**
 * Whether Chromium tells assistive technology the menu button is expanded. A `popovertarget` button has
 * that state from the browser itself, which Playwright's own role queries do not model, so it is read
 * from Chromium's accessibility tree.
 */
async function menuExpanded(page: Page): Promise<boolean | undefined> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === 'Menu');
  return button?.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
}
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

for (const viewport of PHONES) {
  test.describe(`on a ${viewport.width} px phone`, () => {
    test.use({ viewport });

    test('every page has a one-row header with the menu and search in it', async ({ page }) => {
      test.setTimeout(240_000);
      for (const { url } of builtPages()) {
        await page.goto(url);
        const box = await header(page).boundingBox();
        expect.soft(box?.height, url).toBeLessThanOrEqual(ONE_ROW);
        await expect.soft(menuButton(page), url).toBeInViewport();
        await expect.soft(header(page).getByRole('link', { name: 'Search' }), url).toBeInViewport();
        await expect.soft(mainNavigation(page), url).toBeHidden();
      }
    });

    test('the menu opens and closes by keyboard, and its links follow the button', async ({ page }) => {
      await page.goto('/');
      await menuButton(page).focus();
      await page.keyboard.press('Enter');
      await expect(mainNavigation(page)).toBeVisible();
      expect(await menuExpanded(page)).toBe(true);
      await page.keyboard.press('Tab');
      await expect(mainNavigation(page).getByRole('link', { name: 'Courses' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(mainNavigation(page)).toBeHidden();
      await expect(menuButton(page)).toBeFocused();
      expect(await menuExpanded(page)).toBe(false);
    });

    test('the menu has a button that closes it', async ({ page }) => {
      await page.goto('/talks/');
      await menuButton(page).click();
      await expect(mainNavigation(page).getByRole('link', { name: 'Talks' })).toHaveAttribute('aria-current', 'page');
      await mainNavigation(page).getByRole('button', { name: 'Close menu' }).click();
      await expect(mainNavigation(page)).toBeHidden();
    });
  });
}

test.describe('without JavaScript, on a phone', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the menu still opens, and its links lead to their pages', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).click();
    await mainNavigation(page).getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary\/$/);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the links stand in the header, with no menu button', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toBeHidden();
    await expect(mainNavigation(page).getByRole('link', { name: 'My learning' })).toBeVisible();
    expect((await header(page).boundingBox())?.height).toBeLessThanOrEqual(ONE_ROW);
  });
});

test.describe('the space above each section heading', () => {
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    test(`on the home page at ${viewport.width} px, no heading touches what comes before it`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const gaps = await page.locator('main h2').evaluateAll((headings) =>
        headings.map((heading) => {
          // What ends just above the heading: the nearest earlier element that is drawn.
          const top = heading.getBoundingClientRect().top;
          const above = [...document.querySelectorAll('main *')]
            .filter((element) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING)
            .filter((element) => !element.contains(heading) && element.getClientRects().length > 0)
            .map((element) => element.getBoundingClientRect().bottom)
            .filter((bottom) => bottom <= top + 1);
          return { heading: heading.textContent?.trim(), gap: above.length ? top - Math.max(...above) : Infinity };
        }),
      );
      for (const { heading, gap } of gaps) expect(gap, heading).toBeGreaterThanOrEqual(16);
    });
  }
});
