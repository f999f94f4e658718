import { KEY_PREFIX } from '../progress/site-prefix.ts';

import { STORE_META } from './store-meta.ts';

// What a page knows of the organisation's learning record store (store-meta.ts).

/** The statements waiting to go (outbox.ts). */
export const OUTBOX_KEY = `${KEY_PREFIX}xapi:outbox`;

export interface StoreSettings {
  /** The store's xAPI address, ending with `/`. */
  endpoint: string;
  /** `Basic …`, from the write-only credentials in `site.yaml`. */
  authorization: string;
  /** Where activity ids start (activity-ids.ts). */
  activityBase: string;
  /** The site's name, as the statements' platform. */
  platform: string;
  /** Who receives the records, as learners are told: the organisation, or the site. */
  receiver: string;
}

/** The store this page may send to, or `undefined` when the site names none. */
export function storeSettings(): StoreSettings | undefined {
  const text = document.querySelector<HTMLMetaElement>(`meta[name="${STORE_META}"]`)?.content;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as StoreSettings;
  } catch {
    return undefined;
  }
}
