import { routes } from '../utils/routes.ts';
import { cacheNames } from './cache-names.ts';
import { OFFLINE_MESSAGES } from './offline-paths.ts';

/** Told on the page when the site's offline copies change, so that a list of them shows it. */
export const OFFLINE_COPIES_CHANGED = 'triangulate:offline-copies-changed';

/**
 * Removes what the site keeps on this device that says what the learner read: the pages they visited
 * and the courses they saved, with the data fetched as they went. The service worker removes its own
 * caches, with its record of when each page was read (kept by Workbox in IndexedDB); where none is
 * running, the caches are removed here. The shell stays: it is the same for everyone. Part of "Delete all
 * my data".
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (!('caches' in globalThis)) return;
  const names = cacheNames(routes.home());
  const worker = navigator.serviceWorker?.controller;
  if (worker) worker.postMessage(OFFLINE_MESSAGES.forget);
  const personal = (name: string) =>
    names.savedCourseOf(name) !== undefined || (!worker && (name === names.pages || name === names.data));
  await Promise.all((await caches.keys()).filter(personal).map((name) => caches.delete(name)));
  dispatchEvent(new Event(OFFLINE_COPIES_CHANGED));
}
