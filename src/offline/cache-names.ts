import { siteKeyPrefix } from '../progress/site-prefix.ts';

/**
 * The names of one site's caches in the browser's Cache Storage. Like localStorage, Cache Storage belongs
 * to the host, not the folder, so two sites on one host (`/` and `/learning/`) name theirs apart, as
 * their storage keys are (src/progress/site-storage.ts).
 */
export function cacheNames(base: string) {
  const prefix = siteKeyPrefix(base);
  const savedPrefix = `${prefix}saved:`;
  return {
    /** Pages the learner has visited, newest kept. */
    pages: `${prefix}pages`,
    /** Case data, the search catalogue and Pagefind's files, as they are fetched. */
    data: `${prefix}data`,
    /** The scripts of the version before the current one, for a page kept open across a deploy. */
    previousShell: `${prefix}previous-shell`,
    /** Where workbox keeps the shell it precaches. */
    precachePrefix: prefix,
    /** A course the learner saved for offline use, in one version of it (`saved:<course>@<version>`). */
    savedCourse: (courseId: string, version: string) => `${savedPrefix}${courseId}@${version}`,
    /** The course a saved course's cache holds, or undefined for any other cache. */
    savedCourseOf: (cacheName: string) =>
      cacheName.startsWith(savedPrefix) ? cacheName.slice(savedPrefix.length).replace(/@[^@]*$/, '') : undefined,
  };
}

export type CacheNames = ReturnType<typeof cacheNames>;
