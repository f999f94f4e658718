import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';
import { SEED_CASE_PAGE } from '../support/seed-case.ts';

const modulePage = () => builtPages().find((p) => /^\/courses\/[^/]+\/[^/]+\/$/.test(p.url))!.url;

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/courses/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every link and button in the main navigation is reachable by Tab', async ({ page }) => {
  await page.goto('/');
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  for (const name of ['Courses', 'Talks', 'Resources', 'Glossary', 'For trainers']) expect(names).toContain(name);
});

test('a glossary term opens its definition by keyboard and closes with Escape', async ({ page }) => {
  await page.goto(modulePage());
  const term = page.locator('.glossary-term .term').first();
  await term.focus();
  await page.keyboard.press('Enter');
  const definition = page.locator('.glossary-term [popover]:popover-open');
  await expect(definition).toHaveCount(1);
  await expect(definition.getByRole('link', { name: 'Full glossary entry' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.glossary-term [popover]:popover-open')).toHaveCount(0);
});

test('a glossary definition also opens on hover', async ({ page }) => {
  await page.goto(modulePage());
  await page.locator('.glossary-term .term').first().hover();
  await expect(page.locator('.glossary-term [popover]:popover-open')).toHaveCount(1);
});

test('without JavaScript, a model answer in a case opens by keyboard', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(SEED_CASE_PAGE);
  const summary = page.locator('[data-case-id] details summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-case-id] details').first()).toHaveAttribute('open', '');
});
