import type { CaseAttempt } from '../cases/attempt.ts';
import type { Persistence } from './persistence.ts';
import { readProgress, withAttempt } from './progress-document.ts';

/** The storage key of the one progress document. */
export const PROGRESS_KEY = 'triangulate:progress';
/** Where unreadable stored text is moved before anything new is written, so nothing is destroyed. */
export const RESCUE_KEY = 'triangulate:progress:unreadable';

/** Why a save did not reach storage; the attempt still lives in the page. */
export type SaveProblem = 'unavailable' | 'full' | 'newer-version';

/** Case attempts on this device: the part of the progress store the case player uses. */
export interface CaseAttemptStore {
  /** Every attempt at the case, oldest first. */
  list(caseId: string): CaseAttempt[];
  /** Saves an attempt; returns what went wrong, if anything. */
  save(attempt: CaseAttempt): SaveProblem | undefined;
  /** Calls back when another tab saves progress. */
  subscribe(onChange: () => void): () => void;
}

/**
 * Attempts kept in the progress document. Each save re-reads the stored document first and merges the
 * attempt into it, so two tabs saving different attempts never lose each other's work.
 */
export function createCaseAttemptStore(persistence: Persistence): CaseAttemptStore {
  /** The stored text, or undefined when storage cannot be read at all. */
  const readText = (): string | null | undefined => {
    try {
      return persistence.read(PROGRESS_KEY);
    } catch {
      return undefined;
    }
  };
  return {
    list: (caseId) => readProgress(readText() ?? null).document.caseAttempts[caseId] ?? [],
    save(attempt) {
      let text = readText();
      if (text === undefined) return 'unavailable';
      const stored = readProgress(text);
      if (stored.status === 'newer') return 'newer-version';
      try {
        if (stored.status === 'corrupt') {
          // Keep the unreadable text under its own key (never over an earlier rescue), then start afresh.
          persistence.write(`${RESCUE_KEY}:${attempt.updatedAt}`, text ?? '');
          text = null;
        }
        persistence.write(PROGRESS_KEY, withAttempt(text, attempt));
        return undefined;
      } catch (error) {
        return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
      }
    },
    subscribe: (onChange) => persistence.subscribe(PROGRESS_KEY, onChange),
  };
}
