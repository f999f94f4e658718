import { describe, expect, it } from 'vitest';
import { cpdTotalMinutes } from '../../../src/components/learning/cpd-table.ts';
import { datedFileName } from '../../../src/components/learning/dated-file-name.ts';
import { hasProgress } from '../../../src/components/learning/has-progress.ts';
import { newEntryId } from '../../../src/components/learning/new-entry-id.ts';
import { storageNotices } from '../../../src/components/learning/storage-notices.ts';
import { isContentId } from '../../../src/progress/checks.ts';
import { emptyProgress } from '../../../src/progress/document.ts';
import { setLearnerName } from '../../../src/progress/learner-updates.ts';
import { markExportReminderShown } from '../../../src/progress/updates.ts';

const NOW = '2026-11-25T10:00:00.000Z';

describe('datedFileName', () => {
  it('dates the file by the local calendar day, zero-padded', () => {
    expect(datedFileName('triangulate-cpd', 'csv', new Date(2026, 0, 5, 23, 59))).toBe(
      'triangulate-cpd-2026-01-05.csv',
    );
  });
});

describe('newEntryId', () => {
  it('makes keys the progress document accepts, different each time', () => {
    const ids = Array.from({ length: 50 }, newEntryId);
    expect(ids.every(isContentId)).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});

describe('hasProgress', () => {
  it.each([
    ['an empty document', emptyProgress(), false],
    ['only the notices seen', markExportReminderShown(emptyProgress(), NOW), false],
    ['a name typed', setLearnerName(emptyProgress(), 'Sam', NOW), true],
  ])('is right for %s', (_, document, expected) => {
    expect(hasProgress(document)).toBe(expected);
  });
});

describe('storageNotices', () => {
  const healthy = { persistent: true, newerVersion: false, rescued: false, problem: undefined };
  it.each([
    ['healthy storage', healthy, []],
    ['storage refused', { ...healthy, persistent: false }, ['progress.notKept']],
    ['a full store', { ...healthy, problem: 'full' as const }, ['progress.full']],
    ['a failed save', { ...healthy, problem: 'unavailable' as const }, ['progress.unavailable']],
    [
      'a newer version',
      { ...healthy, newerVersion: true, problem: 'newer-version' as const },
      ['progress.newerVersion'],
    ],
    ['rescued data', { ...healthy, rescued: true }, ['progress.rescued']],
  ])('for %s', (_, health, expected) => {
    expect(storageNotices(health)).toEqual(expected);
  });
});

describe('cpdTotalMinutes', () => {
  it('adds the minutes of every line', () => {
    const line = { key: 'k', kind: 'own' as const, date: '2026-11-01', activity: 'a', notes: '', archived: false };
    expect(cpdTotalMinutes([])).toBe(0);
    expect(
      cpdTotalMinutes([
        { ...line, minutes: 30 },
        { ...line, minutes: 45 },
      ]),
    ).toBe(75);
  });
});
