import { routes } from '../utils/routes.ts';
import { cacheNames } from './cache-names.ts';

/** Told on the page when the site's offline copies change, so that a list of them shows it. */
export const OFFLINE_COPIES_CHANGED = 'triangulate:offline-copies-changed';

/**
 * Removes what the site keeps on this device for offline use that says what the learner read: the pages
 * they visited and the courses they saved, with the data fetched as they went. The shell (the site's
 * scripts and offline page) stays: it is the same for everyone. Part of "Delete all my data".
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (!('caches' in globalThis)) return;
  const names = cacheNames(routes.home());
  const personal = (name: string) =>
    name === names.pages || name === names.data || name === names.previousShell || names.savedCourseOf(name);
  await Promise.all((await caches.keys()).filter(personal).map((name) => caches.delete(name)));
  dispatchEvent(new Event(OFFLINE_COPIES_CHANGED));
}
