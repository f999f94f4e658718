import { t } from '../../i18n/island-t.ts';
import type { SaveProblem } from '../../progress/store.ts';
import type { UiKey } from '../../i18n/t.ts';

const PROBLEM_MESSAGES: Record<SaveProblem, UiKey> = {
  unavailable: 'progress.unavailable',
  full: 'progress.full',
  'newer-version': 'progress.newerVersion',
};

/** What to tell the learner after a change: `done` when it was saved, otherwise why it was not. */
export const saveMessage = (problem: SaveProblem | undefined, done: string): string =>
  problem ? t(PROBLEM_MESSAGES[problem]) : done;
