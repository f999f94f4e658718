import type { Page } from '@playwright/test';
import { emptyProgress } from '../../src/progress/document.ts';
import type { ModuleProgress } from '../../src/progress/records.ts';
import { siteKey, siteKeyPrefix } from '../../src/progress/site-storage.ts';
import { PROGRESS_KEY as STORE_PROGRESS_KEY } from '../../src/progress/store.ts';

// Progress documents written straight into localStorage, the way a learner's browser holds them, so
// browser tests can start from any state. Version 2 is the document src/progress/document.ts writes.

/** The root site's keys (src/progress/site-storage.ts): the main build is served from `/`. */
export const SITE_KEYS = siteKeyPrefix('/');
export const PROGRESS_KEY = siteKey('/', STORE_PROGRESS_KEY);

/** The smallest course, whose three modules a test can complete. */
export const SMALL_COURSE = {
  id: 'listening-to-children',
  title: 'Listening to children',
  modules: [
    { id: 'article-12-and-the-law', title: 'Article 12 and the law in England', cpdMinutes: 45 },
    { id: 'lundys-model', title: "Lundy's model: Space, Voice, Audience, Influence", cpdMinutes: 60 },
    { id: 'seeing-and-hearing-the-child', title: 'Seeing and hearing the child in an assessment', cpdMinutes: 60 },
  ],
} as const;

type Records = Record<string, unknown>;

/** A version 2 progress document with the given sections. */
export const progressDocument = (sections: Records = {}) => ({ ...emptyProgress(), ...sections });

/** A module record of the small course, completed at `completedAt` (or only visited when null). */
export const moduleRecord = (
  index: 0 | 1 | 2,
  completedAt: string | null,
  courseId: string = SMALL_COURSE.id,
): ModuleProgress => ({
  courseId,
  title: SMALL_COURSE.modules[index].title,
  cpdMinutes: SMALL_COURSE.modules[index].cpdMinutes,
  visitedAt: '2026-11-01T09:00:00.000Z',
  completedAt,
  completedBy: completedAt ? 'learner' : null,
  updatedAt: completedAt ?? '2026-11-01T09:00:00.000Z',
});

/**
 * Opens `url` with `document` stored as the learner's progress. It is written before any script of the
 * page runs, once per tab (so a reload keeps what the page has saved since).
 */
export async function openWithProgress(page: Page, url: string, document: object): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('test:seeded')) return;
      localStorage.setItem(key!, text!);
      sessionStorage.setItem('test:seeded', 'yes');
    },
    [PROGRESS_KEY, JSON.stringify(document)],
  );
  await page.goto(url);
}

/** Every key the site keeps, with its text: for checking that something changed nothing. */
export const storedData = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((key) => key.startsWith(prefix))
          .sort()
          .map((key) => [key, localStorage.getItem(key)]),
      ),
    SITE_KEYS,
  );

/** The notices record of a learner who has already been told once that export keeps a copy. */
export const REMINDER_SEEN = { exportReminder: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
