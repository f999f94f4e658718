import type { CourseFiles } from './course-list.ts';
import { routes } from '../utils/routes.ts';
import { cacheNames } from './cache-names.ts';

// Courses saved for offline use, kept in Cache Storage: one cache per course, which the service worker
// answers from when the network cannot (src/offline/service-worker.ts). A course counts as saved only
// once its list (offline/<course>.json) is in its cache, and the list goes in last: a save that stops
// half way (no space left, the connection lost) leaves nothing listed as saved, and is removed.

const names = cacheNames(routes.home());
/** Files fetched at once while saving: enough to keep a connection busy, few enough not to crowd it. */
const AT_ONCE = 4;

/** A saved course as its list describes it. */
export type SavedCourse = Omit<CourseFiles, 'files'>;

/** Why a save failed: no space left on the device, or anything else (said in `reason`). */
export class SaveFailed extends Error {
  constructor(
    readonly kind: 'quota' | 'network',
    reason: string,
  ) {
    super(reason);
  }
}

export const canSaveOffline = (): boolean => 'caches' in globalThis && 'serviceWorker' in navigator;

/** The course's current list, from the network. */
export async function fetchCourseFiles(courseId: string): Promise<CourseFiles> {
  const response = await fetch(routes.offlineCourse(courseId), { cache: 'no-cache' });
  if (!response.ok) throw new SaveFailed('network', `${response.status} ${response.statusText}`);
  return (await response.json()) as CourseFiles;
}

/** The courses saved on this device, each as its list describes it, by title. */
export async function savedCourses(): Promise<SavedCourse[]> {
  const saved = new Map<string, SavedCourse>();
  for (const name of await caches.keys()) {
    const courseId = names.savedCourseOf(name);
    if (!courseId) continue;
    const list = await (await caches.open(name)).match(routes.offlineCourse(courseId));
    if (!list) continue;
    const { files: _files, ...course } = (await list.json()) as CourseFiles;
    saved.set(courseId, course);
  }
  return [...saved.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export const savedCourse = async (courseId: string): Promise<SavedCourse | undefined> =>
  (await savedCourses()).find((course) => course.course === courseId);

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** Space this site may still use on this device, where the browser says. */
async function spaceLeft(): Promise<number | undefined> {
  const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
  return quota === undefined || usage === undefined ? undefined : quota - usage;
}

/**
 * Saves every file of the course, reporting the bytes saved so far, then its list. A course saved
 * before is replaced only once the new copy is whole. On any failure the new copy is removed and the
 * old one kept, and a SaveFailed says why.
 */
export async function saveCourse(list: CourseFiles, onProgress: (saved: number) => void): Promise<void> {
  const left = await spaceLeft();
  if (left !== undefined && left < list.bytes) throw new SaveFailed('quota', 'no space left');
  // A new copy beside the old one: the cache's name ends with the version.
  const name = names.savedCourse(list.course, list.version);
  const cache = await caches.open(name);
  let saved = 0;
  try {
    const queue = [...list.files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new SaveFailed('network', `${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        saved += file.bytes;
        onProgress(saved);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    await cache.put(routes.offlineCourse(list.course), Response.json(list));
  } catch (error) {
    await caches.delete(name);
    if (isQuotaError(error)) throw new SaveFailed('quota', 'no space left');
    if (error instanceof SaveFailed) throw error;
    throw new SaveFailed('network', error instanceof Error ? error.message : String(error));
  }
  for (const other of await caches.keys())
    if (other !== name && names.savedCourseOf(other) === list.course) await caches.delete(other);
}

/** Removes the course's saved copy, every version of it. */
export async function removeSavedCourse(courseId: string): Promise<void> {
  for (const name of await caches.keys()) if (names.savedCourseOf(name) === courseId) await caches.delete(name);
}

/** Brings saved courses up to date with the site, when a new version of one has been deployed. */
export async function refreshSavedCourses(): Promise<void> {
  if (!navigator.onLine) return;
  for (const saved of await savedCourses()) {
    const current = await fetchCourseFiles(saved.course).catch(() => undefined);
    if (current && current.version !== saved.version) await saveCourse(current, () => undefined).catch(() => undefined);
  }
}
