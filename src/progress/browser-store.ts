import { browserPersistence, memoryPersistence, type Persistence } from './persistence.ts';
import { siteScoped } from './site-storage.ts';
import { createProgressStore, type ProgressStore } from './store.ts';

interface OpenStore {
  store: ProgressStore;
  /** Where it is kept, for export and import (src/progress/transfer.ts). */
  persistence: Persistence;
  persistent: boolean;
}

let opened: OpenStore | undefined;

/**
 * This site's part of localStorage when the browser allows it (private modes and strict settings may
 * not). Its folder names its keys, so another site on the same host keeps its learners' records apart.
 */
export function openPersistence(): { persistence: Persistence; persistent: boolean } {
  try {
    const probe = 'triangulate@probe';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    const storage = browserPersistence(window.localStorage, window);
    // Written against the constant, not inside siteScoped, so that a build for the root, which keeps its
    // keys as they are, leaves the scoping code out of every page.
    const base = import.meta.env.BASE_URL;
    return { persistence: base === '/' ? storage : siteScoped(storage, base), persistent: true };
  } catch {
    return { persistence: memoryPersistence(), persistent: false };
  }
}

/**
 * The page's one connection to the progress store, shared by every script and island on the page.
 * `persistent` is false when the browser refuses storage: the learner can still work, and is told
 * nothing is kept.
 */
export function progressStore(): OpenStore {
  if (!opened) {
    const { persistence, persistent } = openPersistence();
    const store = createProgressStore(persistence, persistent);
    opened = { store, persistence, persistent };
  }
  return opened;
}
