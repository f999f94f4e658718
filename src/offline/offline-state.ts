import { provideStrings, t as say } from '../i18n/island-t.ts';
import type { UiStrings } from '../i18n/t.ts';
import { routes } from '../utils/routes.ts';
import { OFFLINE_MESSAGES } from './offline-paths.ts';

// The notices at the top of every page (BaseLayout's `[data-offline-notices]`): that the page is offline
// and what still works, and that a new version of the site is ready. Loaded by register.ts only when
// there is one to show.

const region = document.querySelector<HTMLElement>('[data-offline-notices]');
provideStrings(JSON.parse(region?.dataset['strings'] ?? '{}') as UiStrings);

/** Set when this page asked the waiting version to take over: it then reloads into it. */
let reloadRequested = false;

/** Shows a notice in its slot (`connection` or `version`), or clears the slot. */
function show(slot: 'connection' | 'version', notice?: { text: string; action?: HTMLElement }): void {
  if (!region) return;
  region.querySelector(`[data-slot="${slot}"]`)?.remove();
  if (!notice) return;
  const paragraph = document.createElement('p');
  paragraph.dataset['slot'] = slot;
  paragraph.append(notice.text);
  if (notice.action) paragraph.append(' ', notice.action);
  region.append(paragraph);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function showConnection(): void {
  if (navigator.onLine) return show('connection');
  const link = document.createElement('a');
  link.href = routes.offline();
  link.textContent = say('offline.notice.whatIsSaved');
  show('connection', { text: say('offline.notice.offline'), action: link });
}

/** Runs `then` at once, or once no case on the page is being played: a case in progress is never interrupted. */
function whenNoCaseInProgress(then: () => void): void {
  const playing = () => document.querySelector('[data-case-in-progress]') !== null;
  if (!playing()) return then();
  const observer = new MutationObserver(() => {
    if (playing()) return;
    observer.disconnect();
    then();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-case-in-progress'] });
}

function offerUpdate(waiting: ServiceWorker): void {
  whenNoCaseInProgress(() =>
    show('version', {
      text: say('offline.notice.update'),
      action: button(say('offline.notice.updateButton'), () => {
        reloadRequested = true;
        waiting.postMessage(OFFLINE_MESSAGES.skipWaiting);
      }),
    }),
  );
}

/** A new version has taken over this page: the one it asked for, or one another tab loaded. */
export function versionChanged(): void {
  if (reloadRequested) return location.reload();
  whenNoCaseInProgress(() =>
    show('version', {
      text: say('offline.notice.updatedElsewhere'),
      action: button(say('offline.notice.reload'), () => location.reload()),
    }),
  );
}

/** Shows whether the page is offline, now and as it changes, and offers a new version once it is ready. */
export async function watchOfflineState(): Promise<void> {
  showConnection();
  addEventListener('online', showConnection);
  addEventListener('offline', showConnection);
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return;
  const offerIfWaiting = () => {
    // With no controller this is the site's first service worker, not an update.
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  };
  const watchInstalling = () =>
    registration.installing?.addEventListener('statechange', (event) => {
      if ((event.target as ServiceWorker).state === 'installed') offerIfWaiting();
    });
  offerIfWaiting();
  watchInstalling();
  registration.addEventListener('updatefound', watchInstalling);
}
