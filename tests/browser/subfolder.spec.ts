import { globSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { PROGRESS_KEY as STORE_PROGRESS_KEY } from '../../src/progress/store.ts';
import { siteKey } from '../../src/progress/site-storage.ts';
import { buildFixtureSite, serveSites, type BuiltFixture } from '../support/fixture-site.ts';
import { SEED_CASE_PAGE } from '../support/seed-case.ts';
import { SMALL_COURSE } from '../support/seed-progress.ts';

// The site as an organisation hosts it in a subfolder: built with BASE_PATH=/learning/ and served by a
// host that has nothing outside that folder, so any address that escapes it fails. Then two sites on
// one host: the main build at the root and this one in /learning/, sharing one origin's storage.
test.describe.configure({ mode: 'serial' });

const BASE = '/learning/';
const PORT = Number(process.env['TEST_PORT'] ?? 4322) + 2;
const SHARED_PORT = PORT + 1;
let site: BuiltFixture | undefined;
let servers: { origin: string; stop(): void }[] = [];
let origin = '';
let sharedOrigin = '';

test.beforeAll(async ({ browserName: _browser }, testInfo) => {
  testInfo.setTimeout(300_000);
  site = buildFixtureSite({ base: BASE });
  const alone = await serveSites(PORT, [`${site.outDir}=${BASE}`]);
  // The main build (dist/, which `npm test` builds for the root) beside it on one origin.
  const shared = await serveSites(SHARED_PORT, ['dist', `${site.outDir}=${BASE}`]);
  servers = [alone, shared];
  origin = alone.origin;
  sharedOrigin = shared.origin;
});

test.afterAll(() => {
  for (const server of servers) server.stop();
  site?.remove();
});

/** Every request the page makes, and every answer that failed. */
function watchRequests(page: Page) {
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // A request the page drops as it navigates away (a favicon, a recording half loaded) is not a failure.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${reason} ${request.url()}`);
  });
  return { requested, failed };
}

/** The addresses a page links to or loads, as written in its HTML. */
const addressesIn = (html: string) =>
  parse(html)
    .querySelectorAll('a[href], link[href], script[src], img[src], audio[src], video[src], track[src], source[src]')
    .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
    .filter((address) => !/^(https?:|mailto:|tel:|data:)/.test(address));

test('every page, link and file of the site works inside its folder, and nothing points outside it', async () => {
  // Every built page, and every page they link to (which must be among them).
  const built = globSync('**/index.html', { cwd: site!.outDir }).map(
    (file) => `${BASE}${file.replace(/index\.html$/, '')}`,
  );
  const pages = new Set(built);
  const files = new Set<string>();
  const broken: string[] = [];
  for (const path of pages) {
    const response = await fetch(`${origin}${path}`);
    if (!response.ok) {
      broken.push(`${path}: ${response.status}`);
      continue;
    }
    for (const address of addressesIn(await response.text())) {
      const url = new URL(address, `${origin}${path}`);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(BASE)) broken.push(`${path} → ${address}: outside ${BASE}`);
      else if (url.pathname.endsWith('/')) pages.add(url.pathname);
      else files.add(url.pathname);
    }
  }
  for (const file of files) {
    const response = await fetch(`${origin}${file}`);
    if (!response.ok) broken.push(`${file}: ${response.status}`);
  }
  expect(broken).toEqual([]);
  expect(built.length).toBeGreaterThan(30);
  expect(pages.size).toBe(built.length);
});

test('a missing page in the folder answers with the site’s own 404 page, styled and linked into the folder', async ({
  page,
}) => {
  const response = await page.goto(`${origin}${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Courses', exact: true }).first().click();
  await expect(page).toHaveURL(`${origin}${BASE}courses/`);
});

test('a learner’s journey: home, course, module, case, My learning, search and a talk', async ({ page }) => {
  const { requested, failed } = watchRequests(page);
  await page.goto(`${origin}${BASE}`);
  await page.getByRole('link', { name: 'Courses', exact: true }).first().click();
  await page.getByRole('link', { name: SMALL_COURSE.title }).first().click();
  await expect(page).toHaveURL(`${origin}${BASE}courses/${SMALL_COURSE.id}/`);
  await page.getByRole('link', { name: SMALL_COURSE.modules[0].title }).first().click();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`${origin}${BASE}${SEED_CASE_PAGE.slice(1)}`);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await player.getByRole('button', { name: 'Start the case' }).click();
  await expect(player.getByRole('heading', { name: /Stage 1 of/ })).toBeFocused();

  await page.getByRole('link', { name: 'My learning' }).first().click();
  await expect(page.locator('.lp-course', { hasText: SMALL_COURSE.title })).toContainText('1 of 3 modules completed');

  await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent('new partner')}`);
  const results = page.locator('[data-search-page-results]');
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}`));

  await page.getByRole('link', { name: 'Talks', exact: true }).first().click();
  await page.locator('main').getByRole('link').first().click();
  await expect(page.locator('[data-talk-player]')).toBeVisible();
  await expect
    .poll(() =>
      page
        .locator('[data-talk-player] audio, [data-talk-player] video')
        .evaluate((media: HTMLMediaElement) => media.readyState),
    )
    .toBeGreaterThan(0);

  expect(failed).toEqual([]);
  expect(requested.filter((url) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);
  expect(requested.some((url) => url.includes(`${BASE}pagefind/`))).toBe(true);
  expect(requested.some((url) => url.includes(`${BASE}cases/`))).toBe(true);
});

test.describe('two sites on one host', () => {
  const rootKey = siteKey('/', STORE_PROGRESS_KEY);
  const folderKey = siteKey(BASE, STORE_PROGRESS_KEY);
  const moduleUrl = (base: string, index: 0 | 1) =>
    `${sharedOrigin}${base}courses/${SMALL_COURSE.id}/${SMALL_COURSE.modules[index].id}/`;
  const complete = async (page: Page, url: string) => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
  };
  const courseLine = (page: Page) => page.locator('.lp-course', { hasText: SMALL_COURSE.title });

  test('keep their learners’ progress, exports and “delete all” apart', async ({ page }) => {
    await complete(page, moduleUrl('/', 0));
    await complete(page, moduleUrl(BASE, 1));

    await page.goto(`${sharedOrigin}/my-learning/`);
    await expect(courseLine(page)).toContainText('1 of 3 modules completed');
    await page.goto(`${sharedOrigin}${BASE}my-learning/`);
    await expect(courseLine(page)).toContainText('1 of 3 modules completed');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { modules: Record<string, unknown> };
    expect(Object.keys(exported.modules)).toEqual([SMALL_COURSE.modules[1].id]);

    await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('All your data was deleted from this device.')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), folderKey)).toBeNull();

    await page.goto(`${sharedOrigin}/my-learning/`);
    await expect(courseLine(page)).toContainText('1 of 3 modules completed');
    const rootStored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), rootKey)) ?? '{}') as {
      modules: Record<string, unknown>;
    };
    expect(Object.keys(rootStored.modules)).toEqual([SMALL_COURSE.modules[0].id]);
  });

  test('the root site keeps progress where earlier versions saved it', async ({ page }) => {
    // Earlier versions, which could only be served from the root, kept it under this key.
    const earlierKey = 'triangulate:progress';
    await page.goto(`${sharedOrigin}/`);
    await complete(page, moduleUrl('/', 0));
    expect(await page.evaluate((key) => localStorage.getItem(key), earlierKey)).toContain(SMALL_COURSE.modules[0].id);
    await page.goto(`${sharedOrigin}${BASE}my-learning/`);
    await expect(courseLine(page)).toContainText('0 of 3 modules completed');
  });
});

test.describe('offline, in the folder', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the app, its service worker and its caches stay inside the folder, and pages open offline', async ({
    page,
    context,
  }) => {
    const module = `${origin}${BASE}courses/${SMALL_COURSE.id}/${SMALL_COURSE.modules[0].id}/`;
    await page.goto(module);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${origin}${BASE}`);
    const manifest = (await (await page.request.get(`${origin}${BASE}manifest.webmanifest`)).json()) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([BASE, BASE, BASE]);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(`${BASE}icons/`)).toBe(true);
      expect((await page.request.get(`${origin}${icon.src}`)).ok()).toBe(true);
    }
    // Named with the folder, so a site at the root of the same host keeps caches of its own.
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !name.startsWith(`triangulate@${BASE}`))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SMALL_COURSE.modules[0].title);
    await page.goto(`${origin}${BASE}talks/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });

  test('a site at the root of the host leaves the folder’s pages to the folder’s own site', async ({ page }) => {
    await page.goto(`${sharedOrigin}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Under the root's worker's scope, but not one of the root site's addresses.
    await page.goto(`${sharedOrigin}${BASE}courses/`);
    await page.goto(`${sharedOrigin}/courses/`);
    const rootPages = await page.evaluate(async () =>
      (await (await caches.open('triangulate:pages')).keys()).map((request) => new URL(request.url).pathname),
    );
    expect(rootPages).toContain('/courses/');
    expect(rootPages.filter((path) => path.startsWith(BASE))).toEqual([]);
  });
});
