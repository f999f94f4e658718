import type { Page } from '@playwright/test';
import { rankOf, type CaseOutcome, type RelevanceCase } from './search-relevance.ts';

/**
 * Searches for `query` on an open search page as a learner would, in the same box, and reads the
 * full-text results: their pages' addresses (up to ten: five, then five more on request, as the
 * catalogue's ranks are counted) and how many pages matched in all, from the status line.
 */
export async function fullTextResults(
  page: Page,
  query: string,
  { results = 5 }: { results?: 5 | 10 } = {},
): Promise<{ urls: string[]; total: number }> {
  const status = page.locator('[data-search-page-results] [data-search-part="status"]');
  await page.locator('[data-search-page-box]').fill(query);
  await status.filter({ hasText: `“${query}”` }).waitFor({ timeout: 30_000 });
  const more = page.locator('[data-search-part="more"]:not([hidden])');
  if (results === 10 && (await more.count()) > 0) {
    await more.click();
    await page.locator('[data-search-part="full-text"] > li').nth(5).waitFor({ timeout: 30_000 });
  }
  const urls = await page
    .locator('[data-search-part="full-text"] > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const total = Number(/(?:and|of) (\d+) pages? for/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
  return { urls, total };
}

/** What the full text did with a relevance case: the rank of its first answering page, and the matches. */
export async function fullTextOutcome(page: Page, { query, expected }: RelevanceCase): Promise<CaseOutcome> {
  const { urls, total } = await fullTextResults(page, query, { results: 10 });
  return { rank: rankOf(urls, expected, { page: true }), results: total };
}
