import { routes } from '../utils/routes.ts';
import { cacheNames } from './cache-names.ts';
import type { CourseFiles } from './course-list.ts';

// Courses saved for offline use, kept in Cache Storage: one cache per course and version, which the
// service worker answers from when the network cannot (src/offline/worker/service-worker.ts). A course
// counts as saved only once its list (offline/<course>.json) is in its cache, and the list goes in last.
// A save that fails (no space left, the connection lost) removes what it wrote; one cut short (the tab
// closed) leaves a cache without a list, which the next listing removes. Each save holds a lock named
// after its cache, so that no listing removes a save still going on in another tab.

const names = cacheNames(routes.home());
/** Files fetched at once while saving: enough to keep a connection busy, few enough not to crowd it. */
const AT_ONCE = 4;

/** A saved course as its list describes it. */
export type SavedCourse = Omit<CourseFiles, 'files'>;

/** Why a save failed: no space left on the device, or anything else (said in `reason`). */
export class SaveFailed extends Error {
  constructor(
    readonly kind: 'quota' | 'network' | 'missing',
    reason: string,
  ) {
    super(reason);
  }
}

export const canSaveOffline = (): boolean =>
  'caches' in globalThis && 'serviceWorker' in navigator && 'locks' in navigator;

/** The course's current list, from the network (the service worker passes a `no-cache` request on). */
export async function fetchCourseFiles(courseId: string): Promise<CourseFiles> {
  const response = await fetch(routes.offlineCourse(courseId), { cache: 'no-cache' }).catch(() => {
    throw new SaveFailed('network', 'no connection');
  });
  if (response.status === 404) throw new SaveFailed('missing', 'this course has no offline list');
  if (!response.ok) throw new SaveFailed('network', `${response.status} ${response.statusText}`);
  return (await response.json()) as CourseFiles;
}

/** The names of the caches a save in this or another tab is writing now. */
async function beingSaved(): Promise<Set<string>> {
  const { held = [], pending = [] } = await navigator.locks.query();
  return new Set([...held, ...pending].flatMap((lock) => (lock.name ? [lock.name] : [])));
}

/** The courses saved on this device, each as its list describes it, by title. */
export async function savedCourses(): Promise<SavedCourse[]> {
  const saved = new Map<string, SavedCourse>();
  const saving = await beingSaved();
  for (const name of await caches.keys()) {
    const courseId = names.savedCourseOf(name);
    if (!courseId) continue;
    const list = await (await caches.open(name)).match(routes.offlineCourse(courseId));
    if (list) {
      const { files: _files, ...course } = (await list.json()) as CourseFiles;
      saved.set(courseId, course);
    } else if (!saving.has(name)) await caches.delete(name);
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
 * old one kept, and a SaveFailed says why. With `replacing` (an update of a saved copy), the new copy is
 * kept only if that copy is still there: the learner may have removed the course meanwhile.
 */
export async function saveCourse(
  list: CourseFiles,
  onProgress: (saved: number) => void,
  replacing?: string,
): Promise<void> {
  const left = await spaceLeft();
  if (left !== undefined && left < list.bytes) throw new SaveFailed('quota', 'no space left');
  // Saved courses are what the learner asked to keep: the browser is asked not to clear them to make room.
  void navigator.storage?.persist?.();
  // A new copy beside the old one: the cache's name ends with the version.
  const name = names.savedCourse(list.course, list.version);
  await navigator.locks.request(name, () => writeCourse(name, list, onProgress));
  if (replacing && !(await caches.has(replacing))) return void (await caches.delete(name));
  for (const other of await caches.keys())
    if (other !== name && names.savedCourseOf(other) === list.course) await caches.delete(other);
}

async function writeCourse(name: string, list: CourseFiles, onProgress: (saved: number) => void): Promise<void> {
  const cache = await caches.open(name);
  // The first failure stops the other downloads: nothing more is fetched for a copy that is going.
  const stop = new AbortController();
  let saved = 0;
  try {
    const queue = [...list.files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        // `reload`: the network's copy, not one the service worker keeps from an earlier version.
        const response = await fetch(file.url, { cache: 'reload', signal: stop.signal });
        if (!response.ok) throw new SaveFailed('network', `${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        saved += file.bytes;
        onProgress(saved);
      }
    };
    await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        worker().catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    const listResponse = new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
    await cache.put(routes.offlineCourse(list.course), listResponse);
  } catch (error) {
    stop.abort();
    await caches.delete(name);
    if (isQuotaError(error)) throw new SaveFailed('quota', 'no space left');
    if (error instanceof SaveFailed) throw error;
    throw new SaveFailed('network', error instanceof Error ? error.message : String(error));
  }
}

/** Removes the course's saved copy, every version of it. */
export async function removeSavedCourse(courseId: string): Promise<void> {
  for (const name of await caches.keys()) if (names.savedCourseOf(name) === courseId) await caches.delete(name);
}

/**
 * Brings saved courses up to date with the site, when a new version of one has been deployed. A course
 * removed while its new version was being fetched stays removed.
 */
export async function refreshSavedCourses(): Promise<void> {
  if (!navigator.onLine) return;
  for (const saved of await savedCourses()) {
    const current = await fetchCourseFiles(saved.course).catch(() => undefined);
    if (!current || current.version === saved.version) continue;
    const replacing = names.savedCourse(saved.course, saved.version);
    await saveCourse(current, () => undefined, replacing).catch(() => undefined);
  }
}
