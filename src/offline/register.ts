import { SERVICE_WORKER_FILE } from './service-worker-file.ts';

// The site's folder as Vite writes it into the script, rather than through routes.ts, which every page
// would then fetch as a file of its own.
const base = import.meta.env.BASE_URL;

/**
 * Registers the service worker once the page has loaded, so that fetching the shell never competes with
 * the page's own files. What shows the offline and update notices (offline-state.ts) loads only when
 * there is one to show: the page is offline, or a new version is waiting, arrives or has taken over.
 */
export function registerServiceWorker(): void {
  // Only the web app's pages: a course package for an LMS leaves the manifest out (scripts/package.ts), since
  // there the LMS serves the course, and a worker would outlive the launch and answer for the LMS's address.
  if (!('serviceWorker' in navigator) || !document.querySelector('link[rel="manifest"]')) return;
  const { serviceWorker } = navigator;
  const state = () => import('./offline-state.ts');
  let watching: Promise<unknown> | undefined;
  const watch = () => {
    watching ??= state().then(({ watchOfflineState }) => watchOfflineState());
  };
  addEventListener('offline', watch);
  if (!navigator.onLine) watch();
  // The first service worker taking charge is no news; a later one is a new version the learner chose to
  // load, here or in another tab.
  let controlled = serviceWorker.controller !== null;
  serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) void state().then((s) => s.versionChanged());
    controlled = true;
  });
  // Only a page that has a worker already has a new version coming: the first install is no update.
  const update = () => {
    if (serviceWorker.controller) watch();
  };
  addEventListener('load', () => {
    serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base }).then(
      // A browser that blocks service workers, by policy or in a test, may answer with no registration.
      (registration?: ServiceWorkerRegistration) => {
        if (registration?.waiting) update();
        registration?.addEventListener('updatefound', update);
      },
      // Without a service worker the site works as it always has, online.
      () => undefined,
    );
  });
}
