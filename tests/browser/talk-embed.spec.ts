import { expect, test } from '@playwright/test';
import { buildFixtureSite, serveSites, type BuiltFixture } from '../support/fixture-site.ts';

// No sample talk is a YouTube or Vimeo video, so this builds a fixture site (tests/fixtures/embedded-video),
// whose talk is one, and serves it beside the main build.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env['TEST_PORT'] ?? 4322) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TALK = `${ORIGIN}/talks/intuition-and-analysis/`;
let site: BuiltFixture | undefined;
let server: { stop(): void } | undefined;

test.beforeAll(async ({ browserName: _browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  site = buildFixtureSite({ content: 'tests/fixtures/embedded-video' });
  server = await serveSites(PORT, [site.outDir]);
});

test.afterAll(() => {
  server?.stop();
  site?.remove();
});

test('nothing is requested from the video service until the learner chooses to play', async ({ page }) => {
  const elsewhere: string[] = [];
  // Requests to other hosts are recorded and answered here, so the test never reaches the internet.
  await page.route(
    (url) => url.origin !== ORIGIN,
    (route) => {
      elsewhere.push(route.request().url());
      return route.fulfill({ status: 204, body: '' });
    },
  );
  await page.goto(`${TALK}?t=4:30`, { waitUntil: 'networkidle' });
  await expect(page.getByText('Nothing is loaded from YouTube until you choose to play it')).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(elsewhere).toEqual([]);

  await page.getByRole('button', { name: 'Load and play the video from YouTube' }).click();
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=270');
  await expect(frame).toHaveAttribute('title', 'Intuition and analysis, video on YouTube');
  await expect(frame).toBeFocused();
  await expect.poll(() => elsewhere.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
});

test('the page allows frames from that one service only', async ({ page }) => {
  await page.goto(TALK);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain('frame-src https://www.youtube-nocookie.com');
  expect(csp).not.toContain('vimeo');
});

test('without JavaScript the notice and a plain link to the video are there, and no play button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TALK);
  await expect(page.getByRole('link', { name: 'Or watch it on YouTube' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  await expect(page.getByRole('button', { name: /Load and play/ })).toHaveCount(0);
  await context.close();
});
