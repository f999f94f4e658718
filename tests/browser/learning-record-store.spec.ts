import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from '../../src/schemas/case.ts';
import { wcagViolations } from '../support/axe.ts';
import { buildFixtureSite, serveSites, type BuiltFixture } from '../support/fixture-site.ts';
import { startLearningRecordStore, type LearningRecordStore } from '../support/learning-record-store.ts';
import { playCase } from '../support/play-case.ts';

// Opt-in xAPI from the open site: a copy of the site whose site.yaml names a learning record store
// (Learning Locker's statements service behind the tests' front, learning-record-store.ts), built for the
// test. Nothing is sent before the learner chooses to send, and nothing after they stop.

test.describe.configure({ mode: 'serial' });
const STORE_PORT = Number(process.env['TEST_PORT'] ?? 4322) + 7;
const SITE_PORT = STORE_PORT + 1;
const ORGANISATION = 'Northfield Safeguarding Partnership';
const MODULE = '/courses/listening-to-children/lundys-model/';
const OTHER_MODULE = '/courses/listening-to-children/article-12-and-the-law/';
const STUDY: CaseStudy = caseSchema.parse(parse(readFileSync('content/cases/lundys-model-case.yaml', 'utf8')));

let content: string;
let site: BuiltFixture;
let server: Awaited<ReturnType<typeof serveSites>>;
let store: LearningRecordStore;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  content = mkdtempSync(join(tmpdir(), 'triangulate-lrs-content-'));
  cpSync('content', content, { recursive: true });
  appendFileSync(
    join(content, 'site.yaml'),
    [
      'organisation:',
      `  name: ${ORGANISATION}`,
      'learningRecordStore:',
      `  endpoint: http://127.0.0.1:${STORE_PORT}/xapi/`,
      '  key: triangulate',
      '  secret: tests',
      '',
    ].join('\n'),
  );
  store = await startLearningRecordStore(STORE_PORT);
  site = buildFixtureSite({ content });
  server = await serveSites(SITE_PORT, [site.outDir]);
});

test.afterAll(() => {
  server?.stop();
  store?.stop();
  site?.remove();
  rmSync(content, { recursive: true, force: true });
});

/** Every request the page makes to another origin than the site's. */
function requestsElsewhere(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

const statementsOf = async (email: string) =>
  (await store.statements()).filter(
    (statement) => (statement['actor'] as { mbox?: string }).mbox === `mailto:${email}`,
  );

async function giveConsent(page: Page, email: string, { reflections = false } = {}) {
  await page.goto(`${server.origin}/my-learning/`);
  const section = page.getByRole('region', { name: `Send your record to ${ORGANISATION}` });
  await section.getByLabel('Your name').fill('Sam Example');
  await section.getByLabel('Your work email address').fill(email);
  if (reflections) await section.getByLabel(/Also send what I write/).check();
  await section.getByRole('button', { name: 'Start sending' }).click();
  await expect(section.getByText(`as ${email}`)).toBeVisible();
  return section;
}

async function completeModule(page: Page, path = MODULE) {
  await page.goto(`${server.origin}${path}`);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
}

test('without the learner’s choice, completing a module and a case sends nothing, and no request leaves the site', async ({
  page,
}) => {
  const elsewhere = requestsElsewhere(page);
  await completeModule(page);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await playCase(player, STUDY);
  await expect(player).toContainText(/You scored 100%/);
  await page.goto(`${server.origin}/my-learning/`);
  await expect(page.getByRole('region', { name: `Send your record to ${ORGANISATION}` })).toBeVisible();
  await expect(page.getByText(/unless you choose in My learning to send a record/)).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(await store.statements()).toEqual([]);
  expect(await wcagViolations(page)).toEqual([]);
});

test('a learner who chooses to send: a completed module and a passed case reach the store, without their reflections', async ({
  page,
}) => {
  const email = 'sam@example.org';
  await giveConsent(page, email);
  await completeModule(page);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await playCase(player, STUDY);
  await expect.poll(async () => (await statementsOf(email)).length, { timeout: 15_000 }).toBe(2);
  const [module, attempt] = await statementsOf(email);
  expect(module).toMatchObject({
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'urn:x-triangulate:courses/listening-to-children/lundys-model/' },
    actor: { name: 'Sam Example', mbox: `mailto:${email}` },
    context: { platform: 'Triangulate' },
  });
  expect(attempt).toMatchObject({
    verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
    object: { id: `urn:x-triangulate:cases/${STUDY.id}/` },
    result: { score: { scaled: 1, raw: 100 }, success: true, completion: true },
    context: {
      contextActivities: { parent: [{ id: 'urn:x-triangulate:courses/listening-to-children/lundys-model/' }] },
    },
  });
  const extensions = (attempt!['result'] as { extensions: Record<string, unknown> }).extensions;
  expect(extensions['urn:x-triangulate:xapi/calibration']).toMatchObject({ count: expect.any(Number) });
  expect(extensions['urn:x-triangulate:xapi/reflections']).toBeUndefined();
  expect(JSON.stringify(attempt)).not.toContain('I would want to see both children on their own');
  await page.goto(`${server.origin}/my-learning/`);
  await expect(page.getByText('Everything has been sent.')).toBeVisible();
});

test('a learner who also chooses to send their reflections: the case’s record carries them', async ({ page }) => {
  const email = 'reflective@example.org';
  await giveConsent(page, email, { reflections: true });
  await page.goto(`${server.origin}${MODULE}`);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await playCase(player, STUDY);
  // The case, and its module, which passing the case completes.
  await expect.poll(async () => (await statementsOf(email)).length, { timeout: 15_000 }).toBe(2);
  expect(JSON.stringify(await statementsOf(email))).toContain('I would want to see both children on their own');
});

test('a store that refuses, and a learner offline: records wait on the device, the learner is told, and they go later', async ({
  page,
  context,
}) => {
  const email = 'patient@example.org';
  const section = await giveConsent(page, email);
  store.faults.status = 500;
  await completeModule(page);
  await page.goto(`${server.origin}/my-learning/`);
  await expect(section.getByRole('status')).toContainText('1 record(s) waiting to be sent');
  await expect(section.getByRole('status')).toContainText('did not accept them');
  delete store.faults.status;
  // Tried again after the first wait (5 seconds), while My learning is open.
  await expect.poll(async () => (await statementsOf(email)).length, { timeout: 20_000 }).toBe(1);
  await expect(section.getByRole('status')).toHaveText('Everything has been sent.');

  await page.goto(`${server.origin}${OTHER_MODULE}`);
  // The page's scripts, the recorder's among them, are in before the connection goes.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.waitForTimeout(1_000);
  expect(await statementsOf(email)).toHaveLength(1);
  await context.setOffline(false);
  // Back online: sent at once, from the page the learner is on.
  await expect.poll(async () => (await statementsOf(email)).length, { timeout: 10_000 }).toBe(2);
});

test('stopping sends nothing more, and deletes what was waiting', async ({ page }) => {
  const email = 'stopping@example.org';
  const section = await giveConsent(page, email);
  store.faults.status = 503;
  await completeModule(page);
  await page.goto(`${server.origin}/my-learning/`);
  await expect(section.getByRole('status')).toContainText('1 record(s) waiting');
  await section.getByRole('button', { name: 'Stop sending' }).click();
  await expect(section.getByRole('status')).toContainText('1 record(s) that were waiting were deleted');
  delete store.faults.status;
  const elsewhere = requestsElsewhere(page);
  await completeModule(page, OTHER_MODULE);
  await page.waitForTimeout(6_000);
  expect(await statementsOf(email)).toEqual([]);
  expect(elsewhere).toEqual([]);
  await page.goto(`${server.origin}/my-learning/`);
  await expect(section.getByRole('button', { name: 'Start sending' })).toBeVisible();
});
