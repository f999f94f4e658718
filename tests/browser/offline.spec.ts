import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { imageSize } from '../../src/utils/image-size.ts';
import { wcagViolations } from '../support/axe.ts';
import { answerSeedCase } from '../support/play-case.ts';
import { SEED_CASE_PAGE } from '../support/seed-case.ts';
import { serveSites } from '../support/fixture-site.ts';
import { PROGRESS_KEY } from '../support/seed-progress.ts';

// The site as a web app that works offline, in Chromium with its service worker. Going offline is
// Playwright's `setOffline`, which in the pinned version (1.65) also fails the service worker's own
// fetches: the test that opens a page never visited gets the offline page, which only the service
// worker's failed fetch can give. The update test stops its server as well, so no answer can come from it.
test.use({ serviceWorkers: 'allow' });

/** The course whose module has the seed case. */
const COURSE_PAGE = '/courses/assessment-and-decision-making/';
/** A course that links to a talk, and the talk. */
const TALK_COURSE_PAGE = '/courses/judgement-in-family-assessments/';
const TALK_PAGE = '/talks/intuition-and-analysis/';
const PORT = Number(process.env['TEST_PORT'] ?? 4322) + 4;

/** Opens `url` and waits until the service worker controls the page, as it does from the first visit on. */
async function openControlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function saveCourse(page: Page, coursePage = COURSE_PAGE): Promise<void> {
  await openControlled(page, coursePage);
  const section = page.getByRole('region', { name: 'Use this course offline' });
  await section.scrollIntoViewIfNeeded();
  // The size comes before the choice to save.
  await expect(section.getByRole('status')).toHaveText(/^Saving takes about [\d.]+ (MB|kB) of space on this device\.$/);
  await section.getByRole('button', { name: 'Save this course for offline use' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Saved on this device for offline use \([\d.]+ MB\)\./);
  expect(await wcagViolations(page)).toEqual([]);
}

/** How many attempts at the seed case the stored progress holds as finished. */
const finishedAttempts = (stored: string) =>
  (JSON.parse(stored) as { caseAttempts: Record<string, { completedAt: string | null }[]> }).caseAttempts[
    'kim-ava-leo'
  ]?.filter((attempt) => attempt.completedAt).length;

/** The addresses of kept pages that Workbox's expiration records hold (its IndexedDB database). */
const keptPageRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('workbox-expiration');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cache-entries')) return resolve([]);
          const all = db.transaction('cache-entries').objectStore('cache-entries').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { cacheName: string; url: string }[])
                .filter((entry) => entry.cacheName === 'triangulate:pages')
                .map((entry) => entry.url),
            );
        };
        open.onerror = () => resolve([]);
      }),
  );

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('the site is installable: Chrome finds no installability error, and the manifest names the site', async ({
  playwright,
}, testInfo) => {
  // Chrome never offers to install from a private window, which a new browser context is: a profile on disk is not.
  const profile = mkdtempSync(join(tmpdir(), 'triangulate-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    serviceWorkers: 'allow',
    baseURL: testInfo.project.use.baseURL!,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openControlled(page, '/');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Triangulate', start_url: '/', scope: '/', display: 'standalone' });
    for (const icon of manifest.icons) {
      const bytes = await (await page.request.get(icon.src)).body();
      const { width, height } = imageSize(new Uint8Array(bytes))!;
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a page visited online opens offline; one never visited gets the offline page, which lists what does', async ({
  page,
  context,
}) => {
  // The first page of a first visit, fetched before the service worker started, is kept too.
  await openControlled(page, SEED_CASE_PAGE);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('When the household changes');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  const visited = page.getByRole('region', { name: 'Pages you have opened on this device' });
  await expect(visited.getByRole('link', { name: 'When the household changes' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved for offline use' })).toContainText(
    'No course is saved on this device yet.',
  );

  // Back online, the notice goes.
  await context.setOffline(false);
  await page.goto(SEED_CASE_PAGE);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toHaveCount(0);
});

test('a saved course works offline: its case plays, its talk plays with captions, and CPD is recorded', async ({
  page,
  context,
}) => {
  // Two courses saved, a whole case played, a talk and a CPD entry: a long walk through the site.
  test.setTimeout(90_000);
  await saveCourse(page);
  await saveCourse(page, TALK_COURSE_PAGE);
  await page.goto('/my-learning/');
  const saved = page.getByRole('region', { name: 'Saved for offline use' });
  await expect(saved).toContainText(/2 saved, [\d.]+ MB in all\./);
  await expect(saved.getByRole('link', { name: 'Assessment and decision making' })).toBeVisible();
  await expect(saved.getByRole('link', { name: 'Judgement in family assessments' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  // What the service worker kept as the pages were saved goes: what follows comes from the saved courses.
  await page.evaluate(async () => Promise.all([caches.delete('triangulate:pages'), caches.delete('triangulate:data')]));
  await context.setOffline(true);
  // A module page never opened online, with its case, whose data was saved with the course.
  await page.goto(SEED_CASE_PAGE);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await player.getByRole('button', { name: 'Start the case' }).click();
  await answerSeedCase(player);
  await player.getByRole('button', { name: 'See how you did' }).click();
  await expect(player).toContainText(/You scored \d+%\. The pass mark is 70%\./);

  // The talk this course links to, with its recording and captions from the saved copy.
  await page.goto(TALK_PAGE);
  const audio = page.locator('[data-talk-player] audio');
  await audio.evaluate((element: HTMLAudioElement) => {
    element.muted = true;
    return element.play();
  });
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime)).toBeGreaterThan(0.2);
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.textTracks[0]?.cues?.length ?? 0))
    .toBeGreaterThan(0);

  // The CPD record, kept on the device as always.
  await page.goto('/my-learning/cpd/');
  await page.goto('/my-learning/');
  const record = page.locator('section', { has: page.getByRole('heading', { name: 'Your CPD record' }) });
  const form = record.locator('form');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await form.getByLabel('Date').fill('2026-12-05');
  await form.getByLabel('Activity').fill('Reading on the train');
  await form.getByLabel('Minutes').fill('30');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(record.getByRole('status')).toHaveText('Entry saved.');
  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY);
  expect(stored).toContain('Reading on the train');
  expect(finishedAttempts(stored)).toBe(1);

  // Removed, it is gone from the list and from the browser's caches.
  await context.setOffline(false);
  await page.reload();
  const title = 'Assessment and decision making in child protection';
  await saved.getByRole('button', { name: `Remove the saved copy of ${title}` }).click();
  await expect(saved.getByRole('status')).toHaveText(`Removed the saved copy of ${title}.`);
  await expect(saved.getByRole('heading', { name: 'Saved for offline use' })).toBeFocused();
  await expect(saved).toContainText('1 saved');
  expect((await cacheNames(page)).filter((name) => name.includes(':saved:assessment'))).toEqual([]);
});

test('search offline: the quick results answer from the saved catalogue, and full text says it needs a connection', async ({
  page,
  context,
}) => {
  await saveCourse(page);
  await context.setOffline(true);
  await page.goto('/search/?q=household');
  await expect(page.getByRole('link', { name: 'When the household changes' }).first()).toBeVisible();
  await expect(page.locator('main')).toContainText('Full-text search needs a connection');
});

test('“Delete all my data” also removes the pages and courses kept for offline use, not the shell', async ({
  page,
}) => {
  await saveCourse(page);
  await page.goto('/my-learning/');
  await expect.poll(() => keptPageRecords(page)).not.toEqual([]);
  await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this device.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved for offline use' })).toContainText(
    'No course is saved on this device yet.',
  );
  await expect.poll(() => cacheNames(page)).toEqual(['triangulate-precache-v2-shell']);
  // Nor is there any record left of which pages were read, which Workbox keeps beside its caches.
  await expect.poll(() => keptPageRecords(page)).toEqual([]);
});

/**
 * Saves the course page's course with room for the site's shell and the pages already kept, not for a
 * course's recordings, and checks the learner is told and nothing of the save is left.
 */
async function saveWithTooLittleSpace(page: Page): Promise<void> {
  await openControlled(page, COURSE_PAGE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1_500_000 });
  const section = page.getByRole('region', { name: 'Use this course offline' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Save this course for offline use' }).click();
  await expect(section.getByRole('status')).toHaveText(/^There is not enough space on this device to save this course/);
  await expect(section.getByRole('button', { name: 'Save this course for offline use' })).toBeEnabled();
  expect((await cacheNames(page)).filter((name) => name.includes(':saved:'))).toEqual([]);
}

test('saving a course with too little space says so before downloading, and leaves nothing behind', async ({
  page,
}) => {
  await saveWithTooLittleSpace(page);
  await page.goto('/my-learning/');
  await expect(page.getByRole('region', { name: 'Saved for offline use' })).toContainText(
    'No course is saved on this device yet.',
  );
});

test('space running out in the middle of a save: a clear message, and nothing of it left behind', async ({ page }) => {
  // The browser's estimate of the space left is only an estimate: here it says there is plenty, so the
  // save starts, and the browser refuses a file part way through.
  await page.addInitScript(() => {
    navigator.storage.estimate = () => Promise.resolve({ quota: 10 ** 10, usage: 0 });
  });
  await saveWithTooLittleSpace(page);
});

test.describe('a new version deployed while the site is open', () => {
  // One copy of the site and one server for the two tests, which deploy to it in turn.
  test.describe.configure({ mode: 'serial' });
  let site = '';
  let server: { origin: string; stop(): void } | undefined;
  test.beforeEach(async () => {
    // The built site, copied, so that a deploy can change it under the test's own server.
    site = mkdtempSync(join(tmpdir(), 'triangulate-deploy-'));
    cpSync('dist', site, { recursive: true });
    server = await serveSites(PORT, [site]);
  });
  test.afterEach(() => {
    server?.stop();
    rmSync(site, { recursive: true, force: true });
  });

  /**
   * A deploy that changes the shell: the offline page's text, and so the service worker's precache list;
   * and, with `withoutCasePlayer`, the case player's script gone, as a new version's player would have a
   * new name and the old file be deleted from the host.
   */
  function deploy({ withoutCasePlayer = false } = {}) {
    const offlinePage = join(site, 'offline', 'index.html');
    writeFileSync(offlinePage, readFileSync(offlinePage, 'utf8').replaceAll('You are offline', 'You are offline now'));
    if (withoutCasePlayer) {
      const player = readdirSync(join(site, '_astro')).find((file) => /^case-player\.[\w-]+\.js$/.test(file));
      rmSync(join(site, '_astro', player!));
    }
    const { status, stderr } = spawnSync(process.execPath, ['scripts/build-offline.ts', site], { encoding: 'utf8' });
    expect(status, stderr).toBe(0);
  }

  /** Asks the browser to look for a new version now, and waits until it is installed and waiting. */
  async function newVersionWaiting(page: Page) {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
  }

  test('a page kept open loads its own version’s case player after another tab has loaded the new version', async ({
    context,
  }) => {
    const kept = await context.newPage();
    await kept.setViewportSize({ width: 1280, height: 600 });
    const scripts: string[] = [];
    kept.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await openControlled(kept, `${server!.origin}${SEED_CASE_PAGE}`);
    // The case is far below the fold: its player has not loaded yet.
    expect(scripts.filter((path) => path.includes('/case-player.'))).toEqual([]);
    deploy({ withoutCasePlayer: true });
    await newVersionWaiting(kept);
    // Another tab takes the new version.
    const other = await context.newPage();
    await other.goto(`${server!.origin}/courses/`);
    const reloaded = other.waitForEvent('load');
    await other.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    // The page kept open is told, and is not reloaded under the learner.
    await expect(kept.getByRole('status').filter({ hasText: 'This site was updated in another tab.' })).toBeVisible();
    // Its case player, which the host no longer has, comes from the scripts kept from its own version.
    const player = kept.locator('.case-live');
    await player.scrollIntoViewIfNeeded();
    await player.getByRole('button', { name: 'Start the case' }).click();
    await expect(player.getByRole('heading', { name: /Stage 1 of/ })).toBeVisible();
    await expect(kept.locator('[data-case-unavailable]')).toBeHidden();
    expect(scripts.filter((path) => path.includes('/case-player.'))).toHaveLength(1);
  });

  test('the learner is told only once the case is finished, chooses when to reload, and keeps their progress', async ({
    page,
  }) => {
    const module = `${server!.origin}${SEED_CASE_PAGE}`;
    await openControlled(page, module);
    const player = page.locator('.case-live');
    await player.scrollIntoViewIfNeeded();
    await player.getByRole('button', { name: 'Start the case' }).click();
    deploy();
    await newVersionWaiting(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
    // The case is in progress: no notice, and nothing reloads.
    await answerSeedCase(player);
    await expect(notice).toHaveCount(0);
    await player.getByRole('button', { name: 'See how you did' }).click();
    await expect(notice).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(notice).toHaveCount(0);
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY);
    expect(finishedAttempts(stored)).toBe(1);
    // The new version is in charge, its shell in place of the old: the server stopped, its offline page answers.
    server!.stop();
    await page.goto(`${server!.origin}/talks/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline now');
  });
});
