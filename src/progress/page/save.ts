import { progressStore } from '../browser-store.ts';
import type { ProgressDocument } from '../document.ts';
import type { SaveProblem } from '../store.ts';

let askedToPersist = false;

/**
 * Saves a change from a page. The first save also asks the browser to keep the site's storage through
 * clean-ups (Safari clears it after seven days without a visit); browsers that offer no such thing are
 * left alone, and the export reminder covers them.
 */
export function saveProgress(change: (progress: ProgressDocument) => ProgressDocument): SaveProblem | undefined {
  const problem = progressStore().store.update(change);
  if (!askedToPersist) {
    askedToPersist = true;
    void navigator.storage?.persist?.().catch(() => undefined);
  }
  return problem;
}
