import { writeFileSync } from 'node:fs';
import { expect as baseExpect, type Page } from '@playwright/test';
import { modelAttempt, seedCase } from './seed-case.ts';
import { moduleRecord, openWithProgress, progressDocument, REMINDER_SEEN, SMALL_COURSE } from './seed-progress.ts';

// States of the learner's pages, shared by the tests that check each of them (axe, layout).

// These pages read progress in scripts after load; machines running many tests at once can be slow.
const expect = baseExpect.configure({ timeout: 15_000 });

export const MY_LEARNING = '/my-learning/';
export const CPD_RECORD = '/my-learning/cpd/';

/** Text a learner might paste: a web address is one long word, which must wrap rather than widen a page. */
const LONG_WORD = 'https://www.example.org/safeguarding/partnership/reports/2026/annual-review-of-practice.pdf';
const AT = '2026-11-03T10:00:00.000Z';

/**
 * A learner with something in every part of their progress: a finished course, a module since removed,
 * a finished case, a talk part-heard, reflections, their own CPD entries and a name for certificates.
 */
export const everyKindOfProgress = () =>
  progressDocument({
    modules: {
      [SMALL_COURSE.modules[0].id]: moduleRecord(0, AT),
      [SMALL_COURSE.modules[1].id]: moduleRecord(1, AT),
      [SMALL_COURSE.modules[2].id]: moduleRecord(2, AT),
      'a-module-since-removed': { ...moduleRecord(2, '2026-10-20T10:00:00.000Z'), title: 'An old module' },
    },
    caseAttempts: { [seedCase().id]: [modelAttempt(seedCase())] },
    talks: {
      'intuition-and-analysis': {
        title: 'Intuition and analysis',
        cpdMinutes: 20,
        position: 60,
        duration: 283,
        heard: [[0, 60]],
        completedAt: null,
        updatedAt: AT,
      },
    },
    reflections: {
      'first-thoughts': { pageId: SMALL_COURSE.modules[0].id, text: `See ${LONG_WORD}`, updatedAt: AT },
    },
    cpd: {
      'own-entry': {
        date: '2026-11-10',
        activity: `Team training on neglect, notes at ${LONG_WORD}`,
        minutes: 90,
        notes: `Slides: ${LONG_WORD}\nFollow up with the health visitor.`,
        updatedAt: AT,
        deleted: false,
      },
    },
    learner: { name: 'Alexandra Okonkwo-Fitzgerald-Villanueva', updatedAt: AT },
    notices: REMINDER_SEEN,
  });

/** An export of the learner's progress on another device, with a module more, written to `path`. */
export function otherDeviceFile(path: string): string {
  const other = progressDocument({
    modules: { [SMALL_COURSE.modules[1].id]: moduleRecord(1, '2026-11-04T10:00:00.000Z') },
  });
  writeFileSync(
    path,
    JSON.stringify({ format: 'triangulate-progress', exportedAt: '2026-11-06T10:00:00.000Z', ...other }),
  );
  return path;
}

const openMyLearning = async (page: Page, document: object) => {
  await openWithProgress(page, MY_LEARNING, document);
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
};

const importFile = async (page: Page, file: string) => {
  await page.getByLabel('Import from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByText('Import done.')).toBeVisible();
};

/** A state of My learning, and how a learner gets there; `file` is an export to import. */
export interface LearnerState {
  name: string;
  reach: (page: Page, file: string) => Promise<void>;
}

/** Each state My learning can be in. */
export const MY_LEARNING_STATES: LearnerState[] = [
  { name: 'empty', reach: (page) => openMyLearning(page, progressDocument({ notices: REMINDER_SEEN })) },
  {
    name: 'with progress',
    reach: async (page) => {
      await openMyLearning(page, everyKindOfProgress());
      await expect(page.getByRole('row', { name: /Team training on neglect/ })).toHaveCount(1);
    },
  },
  {
    name: 'showing an import preview',
    reach: async (page, file) => {
      await openMyLearning(page, everyKindOfProgress());
      await page.getByLabel('Import from a file').setInputFiles(file);
      await expect(page.getByRole('button', { name: 'Confirm import' })).toBeVisible();
    },
  },
  {
    name: 'right after an import',
    reach: async (page, file) => {
      await openMyLearning(page, everyKindOfProgress());
      await importFile(page, file);
    },
  },
  {
    name: 'back after an import, with Undo import offered',
    reach: async (page, file) => {
      await openMyLearning(page, everyKindOfProgress());
      await importFile(page, file);
      // Without the status line between them, Undo import sits right under the file control.
      await page.reload();
      await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
    },
  },
  {
    name: 'after deleting everything',
    reach: async (page) => {
      await openMyLearning(page, everyKindOfProgress());
      await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
      await expect(page.getByText('All your data was deleted from this device.')).toBeVisible();
    },
  },
];

/** The printable CPD record, with the learner's entries in it. */
export const CPD_RECORD_WITH_ENTRIES: LearnerState = {
  name: 'the printable CPD record with entries',
  reach: async (page) => {
    await openWithProgress(page, CPD_RECORD, everyKindOfProgress());
    await expect(page.getByText(/Team training on neglect/)).toBeVisible();
  },
};
