import { progressStore } from '../browser-store.ts';
import type { ProgressDocument } from '../document.ts';
import type { SaveProblem } from '../store.ts';
import { askToKeepStorage } from './keep-storage.ts';

let askedToKeep = false;

/** Saves a change from a page. The first save also asks the browser to keep the site's storage. */
export function saveProgress(change: (progress: ProgressDocument) => ProgressDocument): SaveProblem | undefined {
  const problem = progressStore().store.update(change);
  if (!askedToKeep) {
    askedToKeep = true;
    void askToKeepStorage();
  }
  return problem;
}
