import { createCaseAttemptStore, type CaseAttemptStore } from './case-attempt-store.ts';
import { browserPersistence, memoryPersistence, type Persistence } from './persistence.ts';

let store: { attempts: CaseAttemptStore; persistent: boolean } | undefined;

/** localStorage when the browser allows it (private modes and strict settings may not). */
function openPersistence(): { persistence: Persistence; persistent: boolean } {
  try {
    const probe = 'triangulate:probe';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return { persistence: browserPersistence(window.localStorage, window), persistent: true };
  } catch {
    return { persistence: memoryPersistence(), persistent: false };
  }
}

/**
 * The page's one connection to the progress store, shared by every island on the page. `persistent`
 * is false when the browser refuses storage: the learner can still work, and is told nothing is kept.
 */
export function progressStore(): { attempts: CaseAttemptStore; persistent: boolean } {
  if (!store) {
    const { persistence, persistent } = openPersistence();
    store = { attempts: createCaseAttemptStore(persistence), persistent };
  }
  return store;
}
