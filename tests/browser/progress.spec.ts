import { expect, test, type Page } from '@playwright/test';
import { PROGRESS_KEY } from '../support/seed-progress.ts';

// Progress on the device, in a real Chromium: completion and notes survive a reload, show on the
// course page and the home page, two tabs never lose each other's changes, and broken or blocked
// storage is explained to the learner while the page keeps working.

const COURSE = '/courses/assessment-and-decision-making/';
const MODULES = ['why-assessment-matters', 'a-structured-approach', 'the-childs-daily-life'].map(
  (id) => `${COURSE}${id}/`,
);
const KEY = PROGRESS_KEY;

/** The parts of the stored document these tests read. */
interface StoredProgress {
  modules?: Record<string, { completedAt: string | null }>;
  reflections?: Record<string, { text: string }>;
}

const completeButton = (page: Page) => page.getByRole('button', { name: 'Mark as complete' });
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as StoredProgress, KEY);

test('a learner completes a module, and sees it after a reload, on the course page and on the home page', async ({
  page,
}) => {
  await page.goto(MODULES[0]!);
  await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'false');
  await completeButton(page).click();
  await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/You completed this module on/)).toBeVisible();
  await page.reload();
  await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.goto(COURSE);
  await expect(page.getByText('1 of 7 modules completed')).toBeVisible();
  await page.goto('/');
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume.getByRole('link', { name: 'Why assessment and decision making matter' })).toHaveAttribute(
    'href',
    MODULES[0]!,
  );
});

test('a note written in a Reflection prompt is kept on the device', async ({ page }) => {
  await page.goto(MODULES[0]!);
  const note = page.getByRole('textbox', { name: 'Your notes (kept only on this device)' }).first();
  await note.fill('<b>not markup</b> I decided too early.');
  await note.blur();
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();
  await page.reload();
  await expect(note).toHaveValue('<b>not markup</b> I decided too early.');
});

test('two tabs changing progress at random never lose an update', async ({ context }) => {
  const tabs = [await context.newPage(), await context.newPage()];
  await tabs[0]!.goto(MODULES[0]!);
  await tabs[1]!.goto(MODULES[1]!);
  // A fixed seed, so a failure can be replayed.
  let seed = 20261125;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const expectedNotes = new Map<number, string>();
  const expectedComplete = new Map<number, boolean>();
  for (let step = 0; step < 24; step += 1) {
    const tab = Math.floor(random() * 2);
    const page = tabs[tab]!;
    if (random() < 0.5) {
      await completeButton(page).click();
      expectedComplete.set(tab, !(expectedComplete.get(tab) ?? false));
    } else {
      const text = `tab ${tab} step ${step}`;
      const note = page.getByRole('textbox', { name: 'Your notes (kept only on this device)' }).first();
      await note.fill(text);
      await note.blur();
      expectedNotes.set(tab, text);
    }
  }
  for (const page of tabs) {
    await expect
      .poll(async () => {
        const doc = await stored(page);
        return [0, 1].map((tab) => [
          Boolean(doc['modules']?.[MODULES[tab]!.split('/').at(-2)!]?.completedAt),
          Object.values(doc['reflections'] ?? {}).some((r) => r.text === expectedNotes.get(tab)) ||
            !expectedNotes.has(tab),
        ]);
      })
      .toEqual([0, 1].map((tab) => [expectedComplete.get(tab) ?? false, true]));
  }
  // Each tab shows the other's latest change without a reload.
  await tabs[0]!.goto(MODULES[1]!);
  await expect(completeButton(tabs[0]!)).toHaveAttribute('aria-pressed', String(expectedComplete.get(1) ?? false));
});

test('when the browser refuses storage the learner is told, and the page still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto(MODULES[0]!);
  await expect(page.getByText(/not letting the site save anything/)).toBeVisible();
  await completeButton(page).click();
  await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
});

test('unreadable stored progress is set aside, the learner is told, and the page works', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"schemaVersion":2,"modules":{"why-assessment-matters":');
      sessionStorage.setItem('seeded', 'yes');
    }
  }, KEY);
  await page.goto(MODULES[0]!);
  await expect(page.getByText(/could not be read. It has been set aside/)).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.startsWith(`${KEY}:unreadable:`))).toBe(true);
  await completeButton(page).click();
  await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
});
