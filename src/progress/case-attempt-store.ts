import type { CaseAttempt } from '../cases/attempt.ts';
import type { ProgressStore, SaveProblem } from './store.ts';
import { emptyProgress, mergeDocuments, type ProgressDocument } from './document.ts';

export type { SaveProblem };

/** Case attempts on this device: the part of the progress store the case player uses. */
export interface CaseAttemptStore {
  /** Every attempt at the case, oldest first. */
  list(caseId: string): CaseAttempt[];
  /** Saves an attempt; returns what went wrong, if anything. */
  save(attempt: CaseAttempt): SaveProblem | undefined;
  /** Calls back when progress changes, here or in another tab. */
  subscribe(onChange: () => void): () => void;
}

/** The case player's view of the one progress store. */
export function caseAttemptsOf(store: ProgressStore): CaseAttemptStore {
  return {
    list: (caseId) => store.read().caseAttempts[caseId] ?? [],
    save: (attempt) => store.update((document) => withAttempt(document, attempt)),
    subscribe: (onChange) => store.subscribe(onChange),
  };
}

/** The document with one case attempt added, or replacing an earlier copy of itself. */
export function withAttempt(document: ProgressDocument, attempt: CaseAttempt): ProgressDocument {
  const single = emptyProgress();
  single.caseAttempts[attempt.caseId] = [attempt];
  return mergeDocuments(document, single);
}
