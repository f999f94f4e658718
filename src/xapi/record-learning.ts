import type { CaseAttempt } from '../cases/attempt.ts';
import type { ModuleInfo } from '../progress/updates.ts';
import type { CaseStudy } from '../schemas/case.ts';
import { caseEvent } from './case-event.ts';
import { CONSENT_KEY, recordLearning } from './store-meta.ts';
import { storeSettings } from './store-settings.ts';
import { openPersistence } from '../progress/browser-store.ts';

// Loaded through store-meta.ts's `whenStore` on a site with a store. Without the learner's choice to
// send, it reads one stored key and loads nothing more: no statement is made and no request leaves.

const chosen = () => {
  try {
    return openPersistence().persistence.read(CONSENT_KEY) !== null;
  } catch {
    return false;
  }
};

/** Sends what waits, from this page or an earlier one, while this one is open. */
export function resumeSending(): void {
  const settings = storeSettings();
  if (!settings || !chosen()) return;
  void import('./outbox.ts').then(({ keepSending }) => keepSending(settings));
}

/** Notes a finished attempt at a case on a module page for the store. */
export function recordCaseAttempt(study: CaseStudy, attempt: CaseAttempt, module: ModuleInfo): void {
  recordLearning(caseEvent(study, attempt, module, import.meta.env.BASE_URL));
}
