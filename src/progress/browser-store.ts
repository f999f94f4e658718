import { caseAttemptsOf, type CaseAttemptStore } from './case-attempt-store.ts';
import { browserPersistence, memoryPersistence, type Persistence } from './persistence.ts';
import { createProgressStore, type ProgressStore } from './store.ts';

let opened: { store: ProgressStore; attempts: CaseAttemptStore; persistent: boolean } | undefined;

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
 * The page's one connection to the progress store, shared by every script and island on the page.
 * `persistent` is false when the browser refuses storage: the learner can still work, and is told
 * nothing is kept.
 */
export function progressStore(): { store: ProgressStore; attempts: CaseAttemptStore; persistent: boolean } {
  if (!opened) {
    const { persistence, persistent } = openPersistence();
    const store = createProgressStore(persistence, persistent);
    opened = { store, attempts: caseAttemptsOf(store), persistent };
  }
  return opened;
}
