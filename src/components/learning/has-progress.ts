import type { ProgressDocument } from '../../progress/document.ts';
import { recordsOf } from '../../progress/transfer.ts';

/** True once the learner has anything worth keeping: any record beyond the notices they have seen. */
export const hasProgress = (document: ProgressDocument): boolean =>
  [...recordsOf(document).keys()].some((key) => key !== 'notices');
