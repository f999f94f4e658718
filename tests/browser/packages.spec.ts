import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { PackagedCourse } from '../../src/lms/course-record.ts';
import { SCORM12_SUSPEND_LIMIT } from '../../src/lms/suspend-data.ts';
import { withAttempt } from '../../src/progress/case-attempt-store.ts';
import { emptyProgress, serializeDocument } from '../../src/progress/document.ts';
import { setModuleComplete, visitModule } from '../../src/progress/updates.ts';
import { caseSchema, type CaseStudy } from '../../src/schemas/case.ts';
import { wcagViolations } from '../support/axe.ts';
import { buildPackages, unpack } from '../support/course-packages.ts';
import { serveSites } from '../support/fixture-site.ts';
import { startLearningRecordStore, type LearningRecordStore } from '../support/learning-record-store.ts';
import { playCase } from '../support/play-case.ts';
import { modelAttempt } from '../support/seed-case.ts';
import { PROGRESS_KEY } from '../support/seed-progress.ts';

// A launch fetches the course's description and its cases before the course's page loads in its frame.
const expect = baseExpect.configure({ timeout: 15_000 });

// Course packages run as an LMS runs them: unzipped into a folder of the LMS's own site, launched in a
// frame of the LMS's page, which hosts scorm-again as the LMS's side of SCORM (tests/fixtures/lms/).

// One LMS server for the file, which its tests share: they run in one worker.
test.describe.configure({ mode: 'serial' });
const PORT = Number(process.env['TEST_PORT'] ?? 4322) + 5;
const COURSE = 'listening-to-children';
const MODULE_WITH_CASE = 'lundys-model';
const STUDY: CaseStudy = caseSchema.parse(parse(readFileSync('content/cases/lundys-model-case.yaml', 'utf8')));

type Cmi = Record<string, Record<string, Record<string, string>> & Record<string, string>> & Record<string, string>;

/** What each edition calls the values the tests read, and the record an LMS launches it with. */
const EDITIONS = {
  scorm12: {
    start: (learner: string, kept?: Cmi) =>
      kept
        ? {
            core: { student_id: learner, entry: 'resume', lesson_location: kept['core']!['lesson_location'] },
            suspend_data: kept['suspend_data'],
          }
        : { core: { student_id: learner } },
    read: (cmi: Cmi) => ({
      status: cmi['core']!['lesson_status'],
      success: cmi['core']!['lesson_status'],
      score: cmi['core']!['score']!['raw'],
      location: cmi['core']!['lesson_location'],
      exit: cmi['core']!['exit'],
      sessionTime: cmi['core']!['session_time'],
    }),
    // CMITimespan, as scorm-again keeps it (it drops a trailing zero of the hundredths).
    sessionTime: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  },
  scorm2004: {
    start: (learner: string, kept?: Cmi) =>
      kept
        ? { learner_id: learner, entry: 'resume', location: kept['location'], suspend_data: kept['suspend_data'] }
        : { learner_id: learner },
    read: (cmi: Cmi) => ({
      status: cmi['completion_status'],
      success: cmi['success_status'],
      score: cmi['score']!['raw'],
      location: cmi['location'],
      exit: cmi['exit'],
      sessionTime: cmi['session_time'],
    }),
    // An ISO 8601 duration; an LMS may leave out its zero parts.
    sessionTime: /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/,
  },
} as const;
type Edition = keyof typeof EDITIONS;

let root: string;
let server: Awaited<ReturnType<typeof serveSites>>;
let store: LearningRecordStore | undefined;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'triangulate-lms-'));
  const { folder, zips } = buildPackages();
  for (const zip of zips.filter((name) => name.startsWith(COURSE)))
    unpack(join(folder, zip), join(root, 'lms', 'content', zip.replace(/\.zip$/, '')));
  for (const file of readdirSync('tests/fixtures/lms'))
    copyFileSync(join('tests/fixtures/lms', file), join(root, 'lms', file));
  for (const file of ['scorm12.min.js', 'scorm2004.min.js'])
    copyFileSync(join('node_modules/scorm-again/dist', file), join(root, 'lms', file));
  rmSync(folder, { recursive: true, force: true });
  server = await serveSites(PORT, [root]);
});

test.afterAll(() => {
  store?.stop();
  server.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Opens the course from the LMS, as `learner`, with the record the LMS kept from an earlier session. */
async function launch(
  page: Page,
  edition: Edition,
  learner: string,
  kept?: Cmi,
  options: Record<string, string> = {},
): Promise<FrameLocator> {
  const start = JSON.stringify(EDITIONS[edition].start(learner, kept));
  const query = new URLSearchParams({ edition, package: `${COURSE}-${edition}`, start, ...options });
  await page.goto(`${server.origin}/lms/index.html?${query}`);
  return page.frameLocator('#package').frameLocator('iframe[name="course"]');
}

/** Closes the course, as an LMS does when the learner leaves it, and returns what the LMS kept. */
async function close(page: Page): Promise<{ cmi: Cmi; received: [string, string][] }> {
  await page.evaluate(() => ((document.getElementById('package') as HTMLIFrameElement).src = 'about:blank'));
  return page.evaluate(() => {
    const lms = window as unknown as Record<string, unknown>;
    const api = (lms['API'] ?? lms['API_1484_11']) as { renderCommitCMI(end: boolean): { cmi: Cmi } };
    return {
      cmi: JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi)) as Cmi,
      received: lms['received'] as [string, string][],
    };
  });
}

/** Every value the LMS has received so far, as text to match. */
const received = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as unknown as { received: string[][] }).received));

/** Plays the module's case through with the model answers. */
async function passCase(course: FrameLocator) {
  const player = course.locator('.case-live');
  await playCase(player, STUDY);
  await expect(player).toContainText(/You scored 100%/);
}

/** Every module of the unpacked package in `folder` complete and every case passed, on this device. */
function fullRecord(folder: string) {
  const description = JSON.parse(readFileSync(join(folder, 'course.json'), 'utf8')) as PackagedCourse;
  const now = new Date().toISOString();
  let document = emptyProgress();
  for (const module of description.modules)
    document = setModuleComplete(visitModule(document, module, now), module, true, 'learner', now);
  for (const { data } of description.cases) {
    const { study } = JSON.parse(readFileSync(join(folder, data), 'utf8')) as { study: CaseStudy };
    document = withAttempt(document, modelAttempt(study));
  }
  return document;
}

/** Stores `document` as the device's progress before any script of the LMS's origin runs, once per tab. */
async function seedDevice(page: Page, document: ReturnType<typeof fullRecord>) {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('test:seeded')) return;
      localStorage.setItem(key!, text!);
      sessionStorage.setItem('test:seeded', 'yes');
    },
    [PROGRESS_KEY, serializeDocument(document)],
  );
}

const completeButton = (course: FrameLocator) => course.getByRole('button', { name: 'Mark as complete' });
const openModule = (course: FrameLocator) => course.getByRole('link', { name: /Lundy/ }).first().click();

for (const edition of Object.keys(EDITIONS) as Edition[]) {
  test.describe(edition, () => {
    test('a learner passes a module’s case; the LMS hears it, and a relaunch on another computer resumes there', async ({
      page,
      browser,
    }) => {
      const course = await launch(page, edition, 'learner-1');
      await expect(course.getByRole('heading', { level: 1 })).toHaveText('Listening to children');
      await openModule(course);
      await passCase(course);
      await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'true');
      // Reported as it happens, before the learner closes the course: the case's score, for one.
      await expect.poll(() => received(page)).toMatch(/"cmi\.(core\.)?score\.raw","33"/);
      const { cmi, received: values } = await close(page);
      const record = EDITIONS[edition].read(cmi);
      expect(record).toMatchObject({
        status: 'incomplete',
        location: `courses/${COURSE}/${MODULE_WITH_CASE}/index.html`,
        exit: 'suspend',
        // One of the course's three cases passed at 100%; the others count 0 until finished.
        score: '33',
      });
      if (edition === 'scorm2004') expect(record.success).toBe('unknown');
      expect(record.sessionTime).toMatch(EDITIONS[edition].sessionTime);
      // scorm-again accepts longer suspend data than SCORM 1.2 allows, so the limit is checked here.
      const suspended = values.filter(([element]) => element === 'cmi.suspend_data');
      expect(suspended.length).toBeGreaterThan(0);
      for (const [, value] of suspended) expect(value.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);

      // Another computer: nothing on the device, only what the LMS kept.
      const elsewhere = await browser.newPage();
      const resumed = await launch(elsewhere, edition, 'learner-1', cmi);
      await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(/Lundy/);
      await expect(completeButton(resumed)).toHaveAttribute('aria-pressed', 'true');
      // The player loads once the case is seen.
      await resumed.locator('.case-live').scrollIntoViewIfNeeded();
      await expect(resumed.locator('.case-live')).toContainText(/Best attempt: 100%/);
      await elsewhere.close();
    });

    test('a course with every module complete and every case passed is reported complete and passed', async ({
      page,
    }) => {
      // The learner did it all on this device, in sessions the LMS never heard the end of.
      await seedDevice(page, fullRecord(join(root, 'lms', 'content', `${COURSE}-${edition}`)));
      const course = await launch(page, edition, 'learner-2');
      await expect(course.getByRole('heading', { level: 1 })).toHaveText('Listening to children');
      await expect
        .poll(() => received(page))
        .toMatch(/"cmi\.core\.lesson_status","passed"|"cmi\.success_status","passed"/);
      const record = EDITIONS[edition].read((await close(page)).cmi);
      expect(record).toMatchObject({
        status: edition === 'scorm12' ? 'passed' : 'completed',
        success: 'passed',
        score: '100',
        // Suspend even when complete, so that an LMS keeps the record rather than start a new attempt.
        exit: 'suspend',
      });
    });

    test('two learners on one computer each see their own record, and neither loses theirs', async ({ page }) => {
      let course = await launch(page, edition, 'learner-a');
      await openModule(course);
      await completeButton(course).click();
      await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'true');
      await close(page);
      course = await launch(page, edition, 'learner-b');
      await openModule(course);
      await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'false');
      await close(page);
      // Learner A again, and the LMS gives no record back: the device kept theirs.
      course = await launch(page, edition, 'learner-a');
      await openModule(course);
      await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'true');
    });

    test('an LMS that refuses the progress: the learner is told, and the device keeps it', async ({ page }) => {
      const course = await launch(page, edition, 'learner-c', undefined, { refuse: 'yes' });
      await openModule(course);
      await completeButton(course).click();
      await expect(page.frameLocator('#package').getByRole('status')).toContainText('did not accept');
      await page.reload();
      const again = page.frameLocator('#package').frameLocator('iframe[name="course"]');
      await openModule(again);
      await expect(completeButton(again)).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

test('a package opened without an LMS says so, and still keeps the learner’s progress on the device', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.origin}/lms/content/${COURSE}-scorm12/index.html`);
  await expect(page.getByRole('status')).toContainText('opened without one');
  const course = page.frameLocator('iframe[name="course"]');
  await expect(course.getByRole('heading', { level: 1 })).toHaveText('Listening to children');
  await openModule(course);
  await completeButton(course).click();
  await page.reload();
  await openModule(course);
  await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'true');
  expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  expect(await wcagViolations(page)).toEqual([]);
});

test.describe('cmi5', () => {
  const STORE_PORT = PORT + 1;
  const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
  let lrs: LearningRecordStore;

  test.beforeAll(async () => {
    lrs = store = await startLearningRecordStore(STORE_PORT);
  });

  /** Launches the course from the cmi5 test LMS, for `learner` in `registration`. */
  async function launchCmi5(page: Page, learner: string, registration: string, options: Record<string, string> = {}) {
    const query = new URLSearchParams({
      edition: 'cmi5',
      package: `${COURSE}-cmi5`,
      learner,
      registration,
      endpoint: lrs.endpoint,
      fetch: lrs.fetchUrl(),
      ...options,
    });
    await page.goto(`${server.origin}/lms/index.html?${query}`);
    return page.frameLocator('#package').frameLocator('iframe[name="course"]');
  }

  const verbsOf = async (registration: string) =>
    (await lrs.statements({ registration })).map((statement) =>
      (statement['verb'] as { id: string }).id.split('/').at(-1),
    );

  test('a course done on the device is reported completed and passed, in the order cmi5 defines, and the record resumes elsewhere', async ({
    page,
    browser,
  }) => {
    const registration = randomUUID();
    const packaged = join(root, 'lms', 'content', `${COURSE}-cmi5`);
    await seedDevice(page, fullRecord(packaged));
    const course = await launchCmi5(page, 'learner-cmi5', registration);
    await expect(course.getByRole('heading', { level: 1 })).toHaveText('Listening to children');
    await expect.poll(() => verbsOf(registration)).toEqual(['launched', 'initialized', 'completed', 'passed']);
    await page.goto('about:blank');
    await expect
      .poll(() => verbsOf(registration))
      .toEqual(['launched', 'initialized', 'completed', 'passed', 'terminated']);

    const statements = await lrs.statements({ registration });
    const launched = statements[0]!;
    const session = (launched['context'] as { extensions: Record<string, string> }).extensions[
      `${CMI5}extensions/sessionid`
    ];
    for (const statement of statements) {
      expect(statement['id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(statement['timestamp'] as string)).not.toBeNaN();
      expect(statement['actor']).toMatchObject({ account: { name: 'learner-cmi5' } });
      expect(statement['object']).toMatchObject({ id: (launched['object'] as { id: string }).id });
      const context = statement['context'] as {
        registration: string;
        extensions: Record<string, string>;
        contextActivities: { category?: { id: string }[] };
      };
      expect(context.registration).toBe(registration);
      expect(context.extensions[`${CMI5}extensions/sessionid`]).toBe(session);
      expect(context.contextActivities.category?.map(({ id }) => id)).toContain(`${CMI5}categories/cmi5`);
    }
    expect(statements[3]!['result']).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(statements[2]!['result']).toMatchObject({ completion: true });

    // Another computer, the same registration: the record comes back from the store.
    const elsewhere = await browser.newPage();
    const resumed = await launchCmi5(elsewhere, 'learner-cmi5', registration);
    await openModule(resumed);
    await expect(completeButton(resumed)).toHaveAttribute('aria-pressed', 'true');
    await elsewhere.goto('about:blank');
    // The second session ends: completed and passed were sent once in the registration, never again.
    await expect
      .poll(() => verbsOf(registration))
      .toEqual([
        ...['launched', 'initialized', 'completed', 'passed', 'terminated'],
        ...['launched', 'initialized', 'terminated'],
      ]);
    await elsewhere.close();
  });

  test('a course closed while the store is still answering its report loses nothing: completed and passed, then terminated', async ({
    page,
  }) => {
    const registration = randomUUID();
    await seedDevice(page, fullRecord(join(root, 'lms', 'content', `${COURSE}-cmi5`)));
    // A slow store: the report's first request is still on its way, its statements still to come, as the
    // learner closes the course.
    const firstSave = page.waitForRequest(
      (request) => request.method() === 'PUT' && request.url().includes('course-record'),
    );
    lrs.faults.delayMs = 1_000;
    try {
      await launchCmi5(page, 'learner-closes', registration);
      await firstSave;
      await page.goto('about:blank');
    } finally {
      delete lrs.faults.delayMs;
    }
    await expect
      .poll(() => verbsOf(registration))
      .toEqual(['launched', 'initialized', 'completed', 'passed', 'terminated']);
  });

  test('a store that refuses or fails: the learner is told, the device keeps the progress, and it is sent once the store is back', async ({
    page,
  }) => {
    const registration = randomUUID();
    const course = await launchCmi5(page, 'learner-faults', registration);
    await expect(course.getByRole('heading', { level: 1 })).toHaveText('Listening to children');
    await expect.poll(() => verbsOf(registration)).toEqual(['launched', 'initialized']);
    await openModule(course);
    for (const fault of [{ status: 500 }, { status: 401 }, { status: 503, delayMs: 3000 }]) {
      Object.assign(lrs.faults, fault);
      await completeButton(course).click();
      await expect(page.frameLocator('#package').getByRole('status')).toContainText('did not accept');
      for (const key of Object.keys(lrs.faults)) delete lrs.faults[key as keyof typeof lrs.faults];
      // The device kept the change; the next one reaches the store, with the record as it is.
      await expect(completeButton(course)).toHaveAttribute('aria-pressed', 'true');
      await completeButton(course).click();
      await expect(page.frameLocator('#package').getByRole('status')).toBeHidden();
    }
    expect(await verbsOf(registration)).toEqual(['launched', 'initialized']);
  });

  test('a cmi5 package opened without an LMS says so, and sends nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/lms/content/${COURSE}-cmi5/index.html`);
    await expect(page.getByRole('status')).toContainText('opened without one');
    expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });
});
