/**
 * The service worker's file, at the top of the site so that its scope is the whole site. Apart from
 * offline-paths.ts because every page's script needs it, and nothing else of that file.
 */
export const SERVICE_WORKER_FILE = 'sw.js';
