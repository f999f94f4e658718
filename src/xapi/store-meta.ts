import { openPersistence } from '../progress/browser-store.ts';
import { KEY_PREFIX } from '../progress/site-prefix.ts';
import type { LearningEvent } from './statements.ts';

// What every page with progress needs of the organisation's learning record store: whether the site has
// one (only a site whose `site.yaml` names a store writes this meta, in src/layouts/BaseLayout.astro),
// and a way to note what the learner completed at once, so that nothing is lost if the page closes before
// the code that sends has loaded. Everywhere else nothing more of src/xapi/ ever loads.

export const STORE_META = 'triangulate-learning-record-store';
/** The keys, beside the progress, of the learner's choice to send, and of what they completed since. */
export const CONSENT_KEY = `${KEY_PREFIX}xapi:consent`;
export const PENDING_KEY = `${KEY_PREFIX}xapi:pending`;

const hasStore = () => document.querySelector(`meta[name="${STORE_META}"]`) !== null;

/** Runs `use` with the recorder (record-learning.ts), loaded only on a site with a store. */
export function whenStore(use: (recorder: typeof import('./record-learning.ts')) => void): void {
  if (hasStore()) void import('./record-learning.ts').then(use);
}

/** Notes `event` for the store, when the site has one and the learner has chosen to send, and sends it. */
export function recordLearning(event: LearningEvent): void {
  if (!hasStore()) return;
  try {
    const { persistence } = openPersistence();
    if (persistence.read(CONSENT_KEY) === null) return;
    const pending: unknown = JSON.parse(persistence.read(PENDING_KEY) ?? '[]');
    persistence.write(PENDING_KEY, JSON.stringify([...(Array.isArray(pending) ? (pending as unknown[]) : []), event]));
  } catch {
    // Storage refused: the learner's progress page says so already; nothing is noted for the store.
    return;
  }
  whenStore((recorder) => recorder.resumeSending());
}
