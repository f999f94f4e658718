import { expect, test, type Page } from '@playwright/test';
import { COMMON_WORDS_FILE } from '../../src/search/stop-words.ts';
import { wcagViolations } from '../support/axe.ts';
import { fullTextOutcome } from '../support/search-page-results.ts';
import { RELEVANCE_CASES, relevanceScores, TOP_FIVE_FLOOR } from '../support/search-relevance.ts';

/** Requests for search code or an index: the lazy search modules, the catalogue and anything of Pagefind's. */
const isSearchRequest = (url: string) =>
  /\/(pagefind\/|search\/catalogue\.json|_astro\/(header-search|search-page|search-session|catalogue-search|resource-library))/.test(
    url,
  );

function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isSearchRequest(request.url())) seen.push(request.url());
  });
  return seen;
}

/** Fails the test on any uncaught error in the page. */
function noPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

const statusOf = (page: Page) => page.locator('[data-search-page-results] [data-search-part="status"]');

async function searchPage(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  // The first query waits for the search code and both indexes.
  await expect(statusOf(page)).not.toBeEmpty({ timeout: 15_000 });
}

test.describe('loading', () => {
  for (const url of [
    '/',
    '/courses/assessment-and-decision-making/when-the-household-changes/',
    '/resources/',
    '/search/',
  ]) {
    test(`${url} fetches no search code or index until a search box has focus`, async ({ page }) => {
      const requests = searchRequests(page);
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(requests).toEqual([]);
      await page.keyboard.press('/');
      await page.keyboard.type('risk');
      await expect.poll(() => requests.some((r) => r.includes('/search/catalogue.json'))).toBe(true);
      await expect.poll(() => requests.some((r) => r.includes('/pagefind/'))).toBe(true);
    });
  }
});

test.describe('the header search', () => {
  test('opens with / and with Ctrl+K, shows catalogue hits then full-text hits, and closes with Escape', async ({
    page,
  }) => {
    const errors = noPageErrors(page);
    await page.goto('/courses/');
    const dialog = page.getByRole('dialog', { name: 'Search Triangulate' });
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search Triangulate' })).toBeFocused();
    await page.keyboard.type('lundy');
    const catalogue = dialog.getByRole('region', { name: 'Courses, talks, resources and terms' });
    await expect(catalogue.getByRole('link', { name: 'Lundy model' })).toBeVisible();
    const fullText = dialog.getByRole('region', { name: 'In the text of pages' });
    await expect(fullText.getByRole('link').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(catalogue.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('does not take / while the learner types in a field', async ({ page }) => {
    await page.goto('/resources/');
    await page.getByRole('searchbox', { name: 'Words in the title or summary' }).fill('a/b');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('sends Enter to the search page with the query in the address', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('new partner');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=new\+partner$/);
    await expect(page.getByRole('searchbox', { name: 'Search Triangulate' }).last()).toHaveValue('new partner');
  });
});

test.describe('the search page', () => {
  test('keeps the query in the address, and the back button returns to the last one', async ({ page }) => {
    await searchPage(page, 'chronology');
    const box = page.locator('[data-search-page-box]');
    await expect(box).toHaveValue('chronology');
    await box.fill('supervision');
    await expect(page).toHaveURL(/\?q=supervision$/);
    await expect(page.locator('[data-search-page-results]')).toContainText('Supervision');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=chronology$/);
    await expect(box).toHaveValue('chronology');
    await expect(page.locator('[data-search-page-results]')).toContainText('Chronology');
  });

  test('narrows full-text results with a filter kept in the address', async ({ page }) => {
    await searchPage(page, 'risk');
    await page.getByRole('combobox', { name: 'Kind of page' }).selectOption('talk');
    await expect(page).toHaveURL(/[?&]type=talk/);
    // The unfiltered results stay until the filtered ones replace them, so wait for the first to change.
    const kinds = page.locator('[data-search-part="full-text"] > li .kind');
    await expect(kinds.first()).toHaveText('Talk');
    await expect(kinds.filter({ hasNotText: /^Talk$/ })).toHaveCount(0);
  });

  test('when no page has all the words, shows the pages with most of them and says which words it used', async ({
    page,
  }) => {
    // Each word is on some page, but no page has them all: "brier" is only where prison is not.
    await searchPage(page, 'released from prison brier score');
    const note = page.locator('[data-search-page-results] [data-search-part="full-text-note"]');
    await expect(note).toHaveText(/^No page has all of your words\. Showing pages with: .*\bprison\b/);
    await expect(note).not.toContainText('brier');
    const titles = page.locator('[data-search-part="full-text"] > li > a');
    await expect(titles.filter({ hasText: 'When the household changes' })).toHaveCount(1);
  });

  test('searches with the course’s words for a learner’s own (content/search.yaml), and says so', async ({ page }) => {
    await searchPage(page, 'boyfriend moved in');
    const note = page.locator('[data-search-page-results] [data-search-part="full-text-note"]');
    await expect(note).toContainText('Searched with the course’s own words: partner.');
    const titles = page.locator('[data-search-part="full-text"] > li > a');
    await expect(titles.filter({ hasText: 'When the household changes' })).toHaveCount(1);
    const catalogue = page.locator('[data-search-part="catalogue"] a');
    await expect(catalogue.filter({ hasText: 'When the household changes' })).toHaveCount(1);
  });

  test('when only a few pages have every word, follows them with the pages that have all but one', async ({ page }) => {
    await searchPage(page, 'partner answers questions for mum on a home visit');
    const note = page.locator('[data-search-page-results] [data-search-part="full-text-note"]');
    await expect(note).toHaveText(/^Few pages have all of your words\. After them come pages with: /);
    // The pages with every word still come first: more pages follow them, none go before them.
    await expect(statusOf(page)).toHaveText(/and ([5-9]|\d{2,}) pages for/);
  });

  test('leaves the trainers’ guide out unless the learner asks for it, fetching its index only then', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind-guide/')) fetched.push(request.url());
    });
    // "frontmatter" is a word of the guide alone.
    await searchPage(page, 'frontmatter');
    const kinds = page.locator('[data-search-part="full-text"] > li .kind');
    await expect(kinds.filter({ hasText: "Trainers' guide" })).toHaveCount(0);
    expect(fetched).toEqual([]);
    await page.getByRole('checkbox', { name: 'Include the trainers’ guide' }).check();
    await expect(page).toHaveURL(/[?&]guide=include/);
    await expect(kinds.first()).toHaveText("Trainers' guide");
    expect(fetched.length).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Include the trainers’ guide' })).toBeChecked();
    await expect(kinds.first()).toHaveText("Trainers' guide");
    // Unticked again, the guide's pages, merged in by now, are left out by their kind.
    await page.getByRole('checkbox', { name: 'Include the trainers’ guide' }).uncheck();
    await expect(kinds.first()).not.toHaveText("Trainers' guide");
    await expect(kinds.filter({ hasText: "Trainers' guide" })).toHaveCount(0);
  });

  test('the header search leaves the guide out on learners’ pages and keeps it in on the guide’s own', async ({
    page,
  }) => {
    const searchFrom = async (address: string) => {
      await page.goto(address);
      await page.keyboard.press('/');
      await page.keyboard.type('frontmatter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('[data-search-part="status"]')).toContainText('“frontmatter”');
      return dialog.getByRole('region', { name: 'In the text of pages' }).locator('li .kind');
    };
    await expect((await searchFrom('/courses/')).filter({ hasText: "Trainers' guide" })).toHaveCount(0);
    await expect((await searchFrom('/trainers/')).first()).toHaveText("Trainers' guide");
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=frontmatter&guide=include$/);
    await expect(page.getByRole('checkbox', { name: 'Include the trainers’ guide' })).toBeChecked();
  });

  test('leaves out of a query the words on nearly every page, fetching only the index of the others', async ({
    context,
  }) => {
    // The real site is too small to list common words (scripts/common-words.ts), so this serves the
    // list a large site's build writes; the index and Pagefind are the real ones.
    await context.route(`**/pagefind/${COMMON_WORDS_FILE}`, (route) => route.fulfill({ json: { assessment: 0.95 } }));
    const search = async (query: string) => {
      const page = await context.newPage();
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/index/')) chunks.push(request.url());
      });
      await searchPage(page, query);
      await page.waitForLoadState('networkidle');
      const results = await page
        .locator('[data-search-part="full-text"] > li > a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      await page.close();
      return { chunks: chunks.sort(), results };
    };
    const alone = await search('triangulation');
    expect(alone.results.length).toBeGreaterThan(0);
    expect(await search('assessment triangulation')).toEqual(alone);
  });

  test('shows full-text results five at a time, fetching the next page only when asked, by keyboard', async ({
    page,
  }) => {
    await searchPage(page, 'family');
    const items = page.locator('[data-search-part="full-text"] > li');
    await expect(items).toHaveCount(5);
    const total = Number(/and (\d+) pages for/.exec((await statusOf(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    const more = page.getByRole('button', { name: /^Show more results/ });
    await expect(more).toHaveText(`Show more results (${total - 5} left)`);
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(10);
    expect(fragments).toHaveLength(5);
    // Focus moves to the first new result, so the learner reads on from there.
    await expect(items.nth(5).locator('> a')).toBeFocused();
    await expect(statusOf(page)).toHaveText(`Showing 10 of ${total} pages for “family”.`);
    await expect(more).toHaveText(`Show more results (${total - 10} left)`);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('says when the next results cannot be loaded, keeps those shown, and loads them on a second press', async ({
    page,
  }) => {
    await searchPage(page, 'family');
    const items = page.locator('[data-search-part="full-text"] > li');
    await expect(items).toHaveCount(5);
    await page.route('**/pagefind/fragment/**', (route) => route.abort('internetdisconnected'));
    const more = page.getByRole('button', { name: /^Show more results/ });
    await more.click();
    await expect(statusOf(page)).toHaveText(/could not be loaded/);
    await expect(items).toHaveCount(5);
    await page.unroute('**/pagefind/fragment/**');
    await more.click();
    await expect(items).toHaveCount(10);
  });

  test('links a transcript hit to the moment in the talk', async ({ page }) => {
    await searchPage(page, 'gut feeling doorstep');
    const talk = page.locator('[data-search-part="full-text"] > li', { hasText: 'Intuition and analysis' });
    const section = talk.locator('.sections a').first();
    await expect(section).toHaveAttribute('href', /^\/talks\/intuition-and-analysis\/\?highlight=.*#[a-z-]+$/);
  });

  test('highlights the searched words on the page it opens', async ({ page }) => {
    await searchPage(page, 'doorstep');
    await page.locator('[data-search-part="full-text"] > li > a').first().click();
    await expect(page.locator('mark.search-highlight').first()).toBeVisible();
    await expect(page.locator('mark.search-highlight').first()).toHaveText(/doorstep/i);
  });

  const hostile = [
    'title:',
    '^',
    '*',
    '"unbalanced',
    'x'.repeat(2000),
    '<img src=x onerror="window.injected=1">',
    '<script>window.injected=1</script>',
    '</mark><b>bold</b>',
  ];
  for (const query of hostile) {
    test(`answers ${JSON.stringify(query.slice(0, 40))} with results or a friendly "no results"`, async ({ page }) => {
      const errors = noPageErrors(page);
      await page.goto('/search/');
      await page.locator('[data-search-page-box]').fill(query);
      await expect(statusOf(page)).toHaveText(/results? for|pages for|No results for/, { timeout: 15_000 });
      const results = page.locator('[data-search-page-results]');
      await expect(results.locator('img, script, b')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
      expect(errors).toEqual([]);
    });
  }

  test(`puts an expected page in the full-text top five for at least ${TOP_FIVE_FLOOR.fullText * 100}% of the tuning queries`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await searchPage(page, 'risk');
    const ranks: (number | undefined)[] = [];
    // One page for every query, as a learner would search: the indexes stay loaded.
    for (const relevanceCase of RELEVANCE_CASES.filter((c) => !c.locked))
      ranks.push((await fullTextOutcome(page, relevanceCase)).rank);
    expect(relevanceScores(ranks).topFive).toBeGreaterThanOrEqual(TOP_FIVE_FLOOR.fullText);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to everything it would find', async ({ page }) => {
    await page.goto('/search/?q=risk');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    for (const name of [
      'All courses and their modules',
      'The resource library, grouped by kind',
      'The glossary, A to Z',
    ]) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
  });

  test('the header search is a link to the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

test.describe('the resource library', () => {
  test('filters by kind, topic and words, with counts and a count of what is shown', async ({ page }) => {
    const errors = noPageErrors(page);
    await page.goto('/resources/');
    const resources = page.locator('[data-resource-id]:visible');
    const all = await resources.count();
    const filters = page.getByRole('search', { name: 'Filter the library' });
    await filters.getByRole('checkbox', { name: /^Legislation/ }).check();
    await expect(filters.getByRole('status')).toHaveText(/^Showing \d+ of \d+ resources\.$/);
    const legislation = await resources.count();
    expect(legislation).toBeGreaterThan(0);
    expect(legislation).toBeLessThan(all);
    await filters.getByRole('checkbox', { name: /^Legislation/ }).uncheck();
    await filters.getByRole('searchbox').fill('munro');
    await expect(resources.first()).toContainText('Munro');
    await filters.getByRole('searchbox').fill('zzzzqqq');
    await expect(filters.getByRole('status')).toHaveText(
      'No resource matches these filters. Clear a filter or try other words.',
    );
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(resources).toHaveCount(all);
    expect(errors).toEqual([]);
  });
});
