import { describe, expect, it } from 'vitest';
import { memoryPersistence } from '../../../src/progress/persistence.ts';
import { PROGRESS_KEY } from '../../../src/progress/store.ts';
import { LMS_LEARNER_KEY, lmsRecordKey, takeRecordFor } from '../../../src/lms/learner-record.ts';

describe("the device's record follows the learner the LMS names", () => {
  it('keeps a first learner’s record where it is', () => {
    const storage = memoryPersistence({ [PROGRESS_KEY]: 'record of A' });
    takeRecordFor(storage, 'A');
    expect(storage.read(PROGRESS_KEY)).toBe('record of A');
    expect(storage.read(LMS_LEARNER_KEY)).toBe('A');
  });

  it('sets one learner’s record aside for the next, and brings it back, losing nothing', () => {
    const storage = memoryPersistence({ [PROGRESS_KEY]: 'record of A', [LMS_LEARNER_KEY]: 'A' });
    takeRecordFor(storage, 'B');
    expect(storage.read(PROGRESS_KEY)).toBeNull();
    expect(storage.read(lmsRecordKey('A'))).toBe('record of A');
    storage.write(PROGRESS_KEY, 'record of B');
    takeRecordFor(storage, 'A');
    expect(storage.read(PROGRESS_KEY)).toBe('record of A');
    expect(storage.read(lmsRecordKey('B'))).toBe('record of B');
    expect(storage.read(lmsRecordKey('A'))).toBeNull();
  });

  it('changes nothing when the LMS names no learner', () => {
    const storage = memoryPersistence({ [PROGRESS_KEY]: 'record of A', [LMS_LEARNER_KEY]: 'A' });
    takeRecordFor(storage, '');
    expect(storage.read(PROGRESS_KEY)).toBe('record of A');
    expect(storage.read(LMS_LEARNER_KEY)).toBe('A');
  });

  it('keeps a learner id that is not a plain word to its own key', () => {
    expect(lmsRecordKey('a:b')).not.toBe(`${lmsRecordKey('a')}:b`);
  });
});
