import { readFileSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import {
  moduleRecord,
  openWithProgress,
  progressDocument,
  PROGRESS_KEY,
  REMINDER_SEEN,
  SMALL_COURSE,
  storedData,
} from '../support/seed-progress.ts';
import { wcagViolations } from '../support/axe.ts';
import { CPD_RECORD_WITH_ENTRIES, MY_LEARNING_STATES, otherDeviceFile } from '../support/learner-states.ts';
import { modelAttempt, seedCase } from '../support/seed-case.ts';

// These pages read progress in scripts after load; machines running many tests at once can be slow.
const expect = baseExpect.configure({ timeout: 15_000 });

const MY_LEARNING = '/my-learning/';
const HOSTILE_NOTE = '<img src=x onerror="window.__hostile = true"><script>window.__hostile = true</script>';

/** A learner part-way through the small course, with a module since removed from it and two reflections. */
const learner = () =>
  progressDocument({
    modules: {
      [SMALL_COURSE.modules[0].id]: moduleRecord(0, '2026-11-03T10:00:00.000Z'),
      [SMALL_COURSE.modules[1].id]: moduleRecord(1, null),
      'a-module-since-removed': { ...moduleRecord(2, '2026-10-20T10:00:00.000Z'), title: 'An old module' },
    },
    reflections: {
      'first-thoughts': {
        pageId: SMALL_COURSE.modules[0].id,
        text: 'I will ask the child first.',
        updatedAt: '2026-11-03T10:05:00.000Z',
      },
      'hostile-note': { pageId: SMALL_COURSE.modules[0].id, text: HOSTILE_NOTE, updatedAt: '2026-11-02T10:05:00.000Z' },
    },
    notices: REMINDER_SEEN,
  });

const courseItem = (page: Page) =>
  page.locator('.lp-course', { has: page.getByRole('link', { name: SMALL_COURSE.title, exact: true }) });

test('shows progress in each course, archived modules, and reflections as text only', async ({ page }) => {
  await openWithProgress(page, MY_LEARNING, learner());
  const course = courseItem(page);
  await expect(course).toContainText('1 of 3 modules completed');
  await expect(course.getByRole('progressbar', { name: `Progress in ${SMALL_COURSE.title}` })).toHaveAttribute(
    'value',
    '1',
  );
  await expect(course.getByRole('link', { name: SMALL_COURSE.modules[0].title })).toBeVisible();
  await expect(course).toContainText('An old module (archived)');
  await expect(course.getByRole('link', { name: `Certificate for ${SMALL_COURSE.title}` })).toHaveAttribute(
    'href',
    `/courses/${SMALL_COURSE.id}/certificate/`,
  );
  const journal = page.locator('.lp-journal');
  await expect(journal.locator('li')).toHaveCount(2);
  await expect(journal.locator('li').first()).toContainText('I will ask the child first.');
  // Markup in a note is shown as the characters the learner typed, and never runs.
  await expect(journal.locator('li').nth(1).locator('.lp-note')).toHaveText(HOSTILE_NOTE);
  await expect(journal.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __hostile?: boolean }).__hostile)).toBeUndefined();
});

test('tells the learner once that export keeps a copy', async ({ page }) => {
  await openWithProgress(page, MY_LEARNING, { ...learner(), notices: null });
  const reminder = page.getByText(/Export a copy from My learning to keep it safe/);
  await expect(reminder).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(courseItem(page)).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('the CPD record: add with checked fields, edit, delete after confirming, and download as CSV', async ({
  page,
}) => {
  await openWithProgress(page, MY_LEARNING, learner());
  const record = page.locator('section', { has: page.getByRole('heading', { name: 'Your CPD record' }) });
  const table = record.getByRole('table');
  // Completed modules are in the record already (the removed one marked), and cannot be edited.
  await expect(table.getByRole('row', { name: new RegExp(SMALL_COURSE.modules[0].title) })).toContainText('45');
  await expect(table.getByRole('row', { name: /An old module/ })).toContainText('archived');
  await expect(table.getByRole('button')).toHaveCount(0);
  await expect(record).toContainText('Total: 105 minutes');

  const form = record.locator('form');
  await form.getByRole('button', { name: 'Add entry' }).click();
  const date = form.getByLabel('Date');
  const activity = form.getByLabel('Activity');
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(activity).toHaveAccessibleDescription(/Say what the activity was\./);
  await expect(form.getByLabel('Minutes')).toHaveAccessibleDescription(/whole number from 1 to 10,000/);

  await date.fill('2026-11-10');
  // Starts like a spreadsheet formula: the CSV must not let it run.
  await activity.fill('=Team training on neglect');
  await form.getByLabel('Minutes').fill('10001');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByLabel('Minutes')).toBeFocused();
  await form.getByLabel('Minutes').fill('90');
  await form.getByLabel('Notes (optional)').fill('Notes with "quotes"');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(record.getByRole('status')).toHaveText('Entry saved.');
  const own = table.getByRole('row', { name: /Team training on neglect/ });
  await expect(own).toContainText('90');
  await expect(record).toContainText('Total: 195 minutes');

  await own.getByRole('button', { name: 'Edit =Team training on neglect' }).click();
  await expect(form.getByRole('heading', { name: 'Edit your entry' })).toBeVisible();
  await expect(form.getByLabel('Date')).toBeFocused();
  await form.getByLabel('Minutes').fill('120');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(own).toContainText('120');
  await expect(record).toContainText('Total: 225 minutes');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    record.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^triangulate-cpd-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"Date","Activity","Type","Minutes","Notes"');
  expect(csv).toContain(`"2026-11-10","'=Team training on neglect","Your own entry","120","Notes with ""quotes"""`);
  expect(csv).toContain(`"2026-11-03","${SMALL_COURSE.modules[0].title}","Module","45",`);

  // Deleting asks first; cancelling keeps the entry.
  await own.getByRole('button', { name: 'Delete =Team training on neglect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this CPD entry?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(own).toBeVisible();
  await own.getByRole('button', { name: 'Delete =Team training on neglect' }).click();
  await dialog.getByRole('button', { name: 'Delete the entry' }).click();
  await expect(own).toHaveCount(0);
  await expect(record).toContainText('Total: 105 minutes');
  await page.reload();
  await expect(page.getByRole('row', { name: /Team training on neglect/ })).toHaveCount(0);
});

/** Exports everything through the page and returns the downloaded file's path. */
async function exportEverything(page: Page, saveAs: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^triangulate-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(saveAs);
  return saveAs;
}

const storedProgress = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null') as unknown;

test('export, delete everything, import the file: the same progress is back', async ({ page }, info) => {
  await openWithProgress(page, MY_LEARNING, learner());
  await expect(courseItem(page)).toContainText('1 of 3 modules completed');
  const before = await storedProgress(page);
  const file = await exportEverything(page, info.outputPath('export.json'));

  await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data on this device?' });
  await expect(dialog).toContainText('It cannot be undone. Export a copy first');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this device.')).toBeVisible();
  await expect(courseItem(page)).toContainText('0 of 3 modules completed');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
  await page.reload();
  await expect(courseItem(page)).toContainText('0 of 3 modules completed');

  await page.getByLabel('Import from a file').setInputFiles(file);
  await expect(
    page.getByText(/This file adds \d+, updates 0, keeps 0 where this device has a newer copy/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByText('Import done.')).toBeVisible();
  await expect(courseItem(page)).toContainText('1 of 3 modules completed');
  await expect(page.locator('.lp-journal li')).toHaveCount(2);
  expect(await storedProgress(page)).toEqual(before);
  await page.reload();
  await expect(courseItem(page)).toContainText('An old module (archived)');
});

test('an import shows what it will change; Cancel changes nothing, and Undo takes it back', async ({ page }, info) => {
  // The file: the learner's progress on another device, with one more module done and an older copy of one.
  const other = learner();
  other.modules = {
    ...other.modules,
    [SMALL_COURSE.modules[1].id]: moduleRecord(1, '2026-11-04T10:00:00.000Z'),
    [SMALL_COURSE.modules[2].id]: moduleRecord(2, '2026-11-05T10:00:00.000Z'),
  };
  const file = info.outputPath('other-device.json');
  writeFileSync(
    file,
    JSON.stringify({ format: 'triangulate-progress', exportedAt: '2026-11-06T10:00:00.000Z', ...other }),
  );
  const mine = learner();
  mine.reflections = {
    ...mine.reflections,
    'first-thoughts': {
      pageId: SMALL_COURSE.modules[0].id,
      text: 'A later thought.',
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
  };
  await openWithProgress(page, MY_LEARNING, mine);
  await expect(courseItem(page)).toContainText('1 of 3 modules completed');
  const before = await storedData(page);

  await page.getByLabel('Import from a file').setInputFiles(file);
  await expect(
    page.getByText(
      'This file adds 1, updates 1, keeps 1 where this device has a newer copy, and leaves 4 unchanged. Nothing is changed until you confirm.',
    ),
  ).toBeVisible();
  expect(await storedData(page)).toEqual(before);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
  expect(await storedData(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);

  await page.getByLabel('Import from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(courseItem(page)).toContainText('3 of 3 modules completed');
  // The newer reflection on this device was kept.
  await expect(page.locator('.lp-journal')).toContainText('A later thought.');
  await page.reload();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The import was undone.')).toBeVisible();
  await expect(courseItem(page)).toContainText('1 of 3 modules completed');
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  expect(await storedProgress(page)).toEqual(JSON.parse(before[PROGRESS_KEY]!));
});

const exported = (body: object) =>
  JSON.stringify({ format: 'triangulate-progress', exportedAt: '2026-11-06T10:00:00.000Z', ...body });

/** Files a learner might be handed or have damaged, each with the message it must give. */
const HOSTILE_FILES: { name: string; text: () => string; message: RegExp }[] = [
  {
    name: 'truncated JSON',
    text: () => exported(learner()).slice(0, 200),
    message: /could not be read: it is not a complete export/,
  },
  { name: 'not JSON at all', text: () => '<html><body>hello</body></html>', message: /could not be read/ },
  {
    name: 'some other JSON file',
    text: () => JSON.stringify([1, 2, 3]),
    message: /not a progress file exported from Triangulate/,
  },
  {
    name: 'a __proto__ key',
    text: () => exported(learner()).replace('"modules":{', '"modules":{"__proto__":{"polluted":true},'),
    message: /Some records in this file could not have been saved by this site/,
  },
  {
    name: 'a future version',
    text: () => exported({ ...learner(), schemaVersion: 99 }),
    message: /exported by a newer version/,
  },
  {
    name: 'wrong types',
    text: () =>
      exported({
        ...learner(),
        modules: { [SMALL_COURSE.modules[0].id]: { ...moduleRecord(0, null), cpdMinutes: 'lots' } },
      }),
    message: /Some records in this file could not have been saved by this site/,
  },
  {
    name: 'a list for a section',
    text: () => exported({ ...learner(), cpd: [] }),
    message: /Some records in this file could not have been saved by this site/,
  },
  {
    name: 'a link to another site as the last place',
    text: () =>
      exported({
        ...learner(),
        lastPlace: {
          kind: 'module',
          id: 'x',
          title: 'x',
          href: 'https://evil.example/',
          updatedAt: '2026-11-06T10:00:00.000Z',
        },
      }),
    message: /Some records in this file could not have been saved by this site/,
  },
  {
    name: 'a case answer rated 1e308 on a 1 to 10 scale',
    text: () => {
      const attempt = modelAttempt(seedCase());
      const rating = attempt.responses['visit-concern']!;
      rating.answer = { kind: 'rating', value: 1e308 };
      return exported({ ...learner(), caseAttempts: { [attempt.caseId]: [attempt] } });
    },
    message:
      /Attempt 1 at the case “Kim, Ava and Leo”, question “visit-concern”: the rating is 1e\+308, but the question's scale runs from 1 to 10\./,
  },
  {
    name: 'a module kept under constructor',
    text: () => exported({ ...learner(), modules: { constructor: moduleRecord(0, '2026-11-03T10:00:00.000Z') } }),
    message: /: its id, “constructor”, is a word no content on this site can have\./,
  },
  {
    name: 'a module completed in the year 2999',
    text: () =>
      exported({
        ...learner(),
        modules: { [SMALL_COURSE.modules[0].id]: moduleRecord(0, '2999-01-01T10:00:00.000Z') },
      }),
    message: /Module “Article 12 and the law in England”: it is dated 1 January 2999, which is in the future\./,
  },
  {
    name: 'a 6 MB file',
    text: () => exported({ ...learner(), padding: 'x'.repeat(6 * 1024 * 1024) }),
    message: /too large/,
  },
];

for (const hostile of HOSTILE_FILES) {
  test(`an import of ${hostile.name} is refused with a clear message and changes nothing`, async ({ page }, info) => {
    const file = info.outputPath('hostile.json');
    writeFileSync(file, hostile.text());
    await openWithProgress(page, MY_LEARNING, learner());
    await expect(courseItem(page)).toContainText('1 of 3 modules completed');
    const before = await storedData(page);
    await page.getByLabel('Import from a file').setInputFiles(file);
    await expect(
      page.locator('section', { has: page.getByRole('heading', { name: 'Your data' }) }).getByRole('status'),
    ).toContainText(hostile.message);
    await expect(page.getByRole('button', { name: 'Confirm import' })).toHaveCount(0);
    expect(await storedData(page)).toEqual(before);
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  });
}

test('a note with markup in an imported file is shown as text and never runs', async ({ page }, info) => {
  const file = info.outputPath('markup.json');
  const body = progressDocument({
    reflections: {
      'a-note': { pageId: SMALL_COURSE.modules[1].id, text: HOSTILE_NOTE, updatedAt: '2026-11-06T10:00:00.000Z' },
    },
    notices: REMINDER_SEEN,
  });
  writeFileSync(file, exported(body));
  await openWithProgress(page, MY_LEARNING, progressDocument({ notices: REMINDER_SEEN }));
  await page.getByLabel('Import from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.locator('.lp-journal .lp-note')).toHaveText(HOSTILE_NOTE);
  await expect(page.locator('.lp-journal img, .lp-journal script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __hostile?: boolean }).__hostile)).toBeUndefined();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with progress, form errors and a dialog open, axe finds nothing (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openWithProgress(page, MY_LEARNING, { ...learner(), notices: null });
    await expect(page.getByText(/Export a copy from My learning/)).toBeVisible();
    await page.getByRole('button', { name: 'Add entry' }).click();
    await expect(page.getByText('Say what the activity was.')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const state of [...MY_LEARNING_STATES, CPD_RECORD_WITH_ENTRIES]) {
      test(`${state.name}: axe finds nothing (touch targets included)`, async ({ page }, info) => {
        test.setTimeout(90_000);
        await state.reach(page, otherDeviceFile(info.outputPath('other-device.json')));
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  });
}

test("shows a tried case's best and latest scores and the calibration, fetching only that case", async ({ page }) => {
  const study = seedCase();
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/cases/')) fetched.push(new URL(request.url()).pathname);
  });
  await openWithProgress(page, MY_LEARNING, progressDocument({ caseAttempts: { [study.id]: [modelAttempt(study)] } }));
  const item = page.locator('.cp-case-list li', { has: page.getByRole('link', { name: study.title }) });
  await expect(item).toContainText(/Best attempt: \d+%/);
  await expect(page.locator('.cp-calibration')).toBeVisible();
  await expect(page.locator('.cp-case-list li').filter({ hasText: 'not tried yet' }).first()).toBeVisible();
  expect(fetched).toEqual([expect.stringMatching(new RegExp(`^/cases/${study.id}/[0-9a-f]{12}\\.json$`))]);
});
