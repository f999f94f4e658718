import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// No sample talk is a YouTube or Vimeo video, so this builds a fixture site (tests/fixtures/embedded-video),
// whose talk is one, and serves it beside the main build.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env['TEST_PORT'] ?? 4322) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TALK = `${ORIGIN}/talks/intuition-and-analysis/`;
let outDir = '';
let server: ChildProcess | undefined;

test.beforeAll(async ({ browserName: _browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'triangulate-embed-'));
  const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CONTENT: 'tests/fixtures/embedded-video' },
  });
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  server = spawn('node', ['scripts/serve-static.ts', String(PORT), outDir], { stdio: 'ignore' });
  await expect
    .poll(
      () =>
        fetch(ORIGIN)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 20_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
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
