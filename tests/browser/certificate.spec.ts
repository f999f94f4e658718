import { expect as baseExpect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe.ts';
import {
  moduleRecord,
  openWithProgress,
  progressDocument,
  REMINDER_SEEN,
  SMALL_COURSE,
} from '../support/seed-progress.ts';

// These pages read progress in scripts after load; machines running many tests at once can be slow.
const expect = baseExpect.configure({ timeout: 15_000 });

const CERTIFICATE = `/courses/${SMALL_COURSE.id}/certificate/`;
const HONEST = /self-declared record generated on the learner's own device .* not been checked or verified by anyone/;

test('no certificate until every module is completed; the page lists what remains, with links', async ({ page }) => {
  await openWithProgress(
    page,
    CERTIFICATE,
    progressDocument({
      modules: { [SMALL_COURSE.modules[0].id]: moduleRecord(0, '2026-11-03T10:00:00.000Z') },
      notices: REMINDER_SEEN,
    }),
  );
  await expect(page.getByText('Complete every module of the course to get your certificate. 2 to go:')).toBeVisible();
  await expect(page.getByRole('link', { name: SMALL_COURSE.modules[1].title })).toHaveAttribute(
    'href',
    `/courses/${SMALL_COURSE.id}/${SMALL_COURSE.modules[1].id}/`,
  );
  await expect(page.getByRole('link', { name: SMALL_COURSE.modules[2].title })).toBeVisible();
  await expect(page.getByRole('link', { name: SMALL_COURSE.modules[0].title })).toBeHidden();
  await expect(page.getByRole('article')).toBeHidden();
  await expect(page.getByText(HONEST)).toBeHidden();
});

test('a completed course gives a certificate with the typed name, kept after a reload', async ({ page }) => {
  test.setTimeout(90_000); // an axe scan, a reload and print media: slow on a loaded machine
  await openWithProgress(
    page,
    CERTIFICATE,
    progressDocument({
      modules: {
        [SMALL_COURSE.modules[0].id]: moduleRecord(0, '2026-11-03T10:00:00.000Z'),
        [SMALL_COURSE.modules[1].id]: moduleRecord(1, '2026-11-12T10:00:00.000Z'),
        [SMALL_COURSE.modules[2].id]: moduleRecord(2, '2026-11-07T10:00:00.000Z'),
      },
      notices: REMINDER_SEEN,
    }),
  );
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toBeVisible();
  await expect(certificate).toContainText(SMALL_COURSE.title);
  // The completion date is the day the last module was completed.
  await expect(certificate).toContainText('on 12 November 2026');
  await expect(certificate).toContainText('CPD: 2 hr 45 min');
  await expect(certificate).toContainText("Use Lundy's model of Space, Voice, Audience and Influence");
  await expect(certificate.getByText(HONEST)).toBeVisible();
  await page.getByLabel('Your name, as it should appear').fill('Sam Okafor');
  await expect(certificate.locator('.name')).toHaveText('Sam Okafor');
  await page.reload();
  await expect(page.getByLabel('Your name, as it should appear')).toHaveValue('Sam Okafor');
  expect(await wcagViolations(page)).toEqual([]);
  await expect(page.getByRole('article', { name: 'Certificate of completion' }).locator('.name')).toHaveText(
    'Sam Okafor',
  );

  // Printed, the page is the certificate alone: no site chrome, no form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByLabel('Your name, as it should appear')).toBeHidden();
  await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
});

test('without JavaScript the page gives the course and outcomes, and says why the certificate needs it', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(CERTIFICATE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SMALL_COURSE.title);
  await expect(page.getByRole('heading', { name: 'What the course covers' })).toBeVisible();
  await expect(page.getByText(/made on your device .* needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('article')).toBeHidden();
});

test('the printable CPD record lists the record from this device, without site chrome in print', async ({ page }) => {
  await openWithProgress(
    page,
    '/my-learning/cpd/',
    progressDocument({
      modules: { [SMALL_COURSE.modules[0].id]: moduleRecord(0, '2026-11-03T10:00:00.000Z') },
      cpd: {
        a1b2: {
          date: '2026-11-10',
          activity: 'Team training <b>on neglect</b>',
          minutes: 90,
          notes: '',
          deleted: false,
          updatedAt: '2026-11-10T10:00:00.000Z',
        },
      },
      notices: REMINDER_SEEN,
    }),
  );
  const table = page.getByRole('table', { name: 'CPD record, newest first' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Team training <b>on neglect</b>');
  await expect(table.locator('b')).toHaveCount(0);
  await expect(page.getByText('Total: 135 minutes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(table).toBeVisible();
});
