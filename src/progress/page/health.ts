import type { StoreHealth } from '../store.ts';

/** The storage message a page shows, by the keys of `progress.*` strings rendered into its data attributes. */
export function healthMessageKey(health: StoreHealth): string | undefined {
  if (health.newerVersion) return 'newerVersion';
  if (!health.persistent) return 'notKept';
  if (health.problem === 'full') return 'full';
  if (health.problem) return 'unavailable';
  if (health.rescued) return 'rescued';
  return undefined;
}

/**
 * Shows the store's health in `element`, a live region whose `data-<key>` attributes carry the
 * translated messages, so the script ships no strings of its own.
 */
export function showHealth(element: HTMLElement | null, health: StoreHealth) {
  if (!element) return;
  const key = healthMessageKey(health);
  const message = key ? (element.dataset[key] ?? '') : '';
  if (element.textContent !== message) element.textContent = message;
  element.hidden = message === '';
}

/** A date as the page's language writes it, for example 25 November 2026. */
export const longDate = (time: string) =>
  new Date(time).toLocaleDateString(document.documentElement.lang || 'en', { dateStyle: 'long' });
