import type { Persistence } from '../progress/persistence.ts';
import { EPOCH_KEY, KEY_PREFIX, PROGRESS_KEY } from '../progress/store.ts';

// An LMS may be used by several learners on one computer (a training room, a shared office PC), and all
// its packages share the LMS's origin, so the device's record must follow the learner the LMS names:
// one learner's progress never shows in another's session, nor is it reported as theirs.

/** Whose record the device's progress document is, inside packages. */
export const LMS_LEARNER_KEY = `${KEY_PREFIX}lms:learner`;
/** Where another learner's record waits for their next launch on this device. */
export const lmsRecordKey = (learnerId: string): string => `${KEY_PREFIX}lms:record:${encodeURIComponent(learnerId)}`;

/**
 * Makes the device's progress document the record of `learnerId`: the record of whoever was here before
 * is set aside under their id, never deleted, and this learner's own comes back. Run before the store
 * opens. An LMS that names no learner leaves things as they are.
 */
export function takeRecordFor(persistence: Persistence, learnerId: string): void {
  if (learnerId === '') return;
  const previous = persistence.read(LMS_LEARNER_KEY);
  if (previous === learnerId) return;
  const record = persistence.read(PROGRESS_KEY);
  if (previous !== null && record !== null) persistence.write(lmsRecordKey(previous), record);
  const own = persistence.read(lmsRecordKey(learnerId));
  if (own !== null) {
    persistence.write(PROGRESS_KEY, own);
    persistence.remove(lmsRecordKey(learnerId));
  } else if (previous !== null) persistence.remove(PROGRESS_KEY);
  persistence.write(LMS_LEARNER_KEY, learnerId);
  // A new epoch: a page of the previous learner's still open in another tab drops what it holds rather
  // than merging it into this learner's record (src/progress/store.ts).
  persistence.write(EPOCH_KEY, `lms:${Date.now()}:${Math.random().toString(36).slice(2)}`);
}
