/** The page a learner gets for a page that is neither saved nor visited, while offline (from the site's root). */
export const OFFLINE_PAGE = 'offline/';
export { SERVICE_WORKER_FILE } from './service-worker-file.ts';
/** What a page and the service worker say to each other. */
export const OFFLINE_MESSAGES = {
  /** The learner chose to load the new version now. */
  skipWaiting: 'triangulate:skip-waiting',
  /** "Delete all my data": remove the pages kept and the record of when each was read. */
  forget: 'triangulate:forget',
} as const;
