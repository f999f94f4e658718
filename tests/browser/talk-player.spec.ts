import { expect, test, type Page } from '@playwright/test';

// The sample talk with its real generated recording, played by Chromium's own <audio>.
const TALK = '/talks/intuition-and-analysis/';

// Several tests wait for seconds of real playback: allow for that on a busy machine.
test.describe.configure({ timeout: 60_000 });

const audio = (page: Page) => page.locator('[data-talk-player] audio');
const currentTime = (page: Page) => audio(page).evaluate((a: HTMLAudioElement) => a.currentTime);
const activePassage = (page: Page) => page.locator('.passage[aria-current="time"]');
const startOf = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el: HTMLElement) => Number(el.dataset['start']));

/** Starts playback as a learner would, with the play button of the page's own controls (muted for the test run). */
async function play(page: Page) {
  await audio(page).evaluate((a: HTMLAudioElement) => {
    a.muted = true;
    return a.play();
  });
}

test('playing the talk highlights the passage being spoken, and only that one', async ({ page }) => {
  await page.goto(TALK);
  await play(page);
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(3);
  await expect(activePassage(page)).toHaveCount(1);
  const [time, start, end] = await Promise.all([
    currentTime(page),
    activePassage(page).evaluate((el: HTMLElement) => Number(el.dataset['start'])),
    activePassage(page).evaluate((el: HTMLElement) => Number(el.dataset['end'])),
  ]);
  expect(start).toBeLessThanOrEqual(time);
  expect(time).toBeLessThan(end + 1); // the pause after a cue still belongs to it
});

test('clicking a passage seeks there, highlights it and puts the moment in the address', async ({ page }) => {
  await page.goto(TALK);
  const target = page.locator('#passage-30');
  const start = await startOf(page, 'passage-30');
  await target.click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(start);
  await expect(target).toHaveAttribute('aria-current', 'time');
  expect(new URL(page.url()).searchParams.get('t')).toMatch(/^\d+:\d\d$/);
});

test('a moment link seeks by keyboard: Tab to it and press Enter', async ({ page }) => {
  await page.goto(TALK);
  const link = page.locator('.transcript-body a.moment').nth(5);
  const start = Number(await link.getAttribute('data-moment'));
  await link.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(start);
  expect(page.url()).toContain(`?t=`);
  await expect(page).toHaveURL(new RegExp(`${TALK}\\?t=`)); // no reload to another page
});

test('a link with ?t=2:03 opens the talk at that moment, with the passage marked', async ({ page }) => {
  await page.goto(`${TALK}?t=2:03`);
  await expect(page.locator('[data-talk-player]').getByRole('status')).toHaveText('Ready to play from 2:03.');
  await expect.poll(() => currentTime(page)).toBeCloseTo(123, 0);
  const marked = page.locator('.passage.is-starting-point');
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  expect(await marked.evaluate((el: HTMLElement) => Number(el.dataset['start']))).toBeLessThanOrEqual(123);
});

test('a link to a chapter heading in the transcript (as from search) starts the talk there', async ({ page }) => {
  await page.goto(`${TALK}#when-can-we-trust-a-gut-feeling`);
  const start = await page
    .locator('#when-can-we-trust-a-gut-feeling')
    .evaluate((el: HTMLElement) => Number(el.dataset['start']));
  expect(start).toBeGreaterThan(0);
  await expect.poll(() => currentTime(page)).toBeCloseTo(start, 0);
  await expect(page.getByRole('heading', { name: 'When can we trust a gut feeling?' })).toBeInViewport();
});

test('a hostile ?t= is ignored: the talk starts at the beginning and the page says nothing odd', async ({ page }) => {
  await page.goto(`${TALK}?t=%3Cscript%3E`);
  await expect.poll(() => currentTime(page)).toBe(0);
  await expect(page.locator('[data-status]')).toHaveText('');
});

test('the speed control changes the playback rate', async ({ page }) => {
  await page.goto(TALK);
  await page.getByLabel('Speed').selectOption('1.5');
  expect(await audio(page).evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
});

test('with following turned off, playing does not scroll the page', async ({ page }) => {
  await page.goto(`${TALK}?t=2:03`);
  await page.getByLabel('Follow the transcript as it plays').uncheck();
  await page.evaluate(() => window.scrollTo(0, 0));
  await play(page);
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(130);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('with following on, the passage being spoken is brought into view', async ({ page }) => {
  await page.goto(`${TALK}?t=2:03`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await play(page);
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(130);
  await expect(activePassage(page)).toBeInViewport();
});

test('after a reload the talk resumes where the learner left off', async ({ page }) => {
  await page.goto(`${TALK}?t=1:00`);
  await play(page);
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(66);
  await audio(page).evaluate((a: HTMLAudioElement) => a.pause());
  const stoppedAt = await currentTime(page);
  await page.goto(TALK);
  await expect(page.locator('[data-talk-player]').getByRole('status')).toContainText('Picking up where you left off');
  await expect.poll(() => currentTime(page)).toBeCloseTo(stoppedAt, 0);
  await page.getByRole('button', { name: 'Start from the beginning' }).click();
  await expect.poll(() => currentTime(page)).toBe(0);
});

test('listening to 90% completes the talk, points to the reflection prompt, and is kept', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(TALK);
  // The whole recording, really played, at Chromium's top speed.
  await audio(page).evaluate((a: HTMLAudioElement) => {
    a.muted = true;
    a.playbackRate = 16;
    return a.play();
  });
  await expect(page.locator('[data-status]')).toContainText('it counts as complete', { timeout: 60_000 });
  const toReflection = page.getByRole('link', { name: 'Go to the reflection prompt' });
  await expect(toReflection).toBeVisible();
  await page.reload();
  await expect(toReflection).toBeVisible();
  await toReflection.click();
  await expect(page.getByRole('complementary', { name: 'Pause and reflect' })).toBeInViewport();
});

test('skipping to the end does not complete the talk: only what is played counts', async ({ page }) => {
  await page.goto(`${TALK}?t=4:30`);
  await play(page);
  await audio(page).evaluate((a: HTMLAudioElement) => new Promise((done) => a.addEventListener('ended', done)));
  await expect(page.getByRole('link', { name: 'Go to the reflection prompt' })).toBeHidden();
});
