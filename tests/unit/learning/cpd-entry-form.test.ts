import { describe, expect, it } from 'vitest';
import { checkCpdEntry, type CpdEntryFields } from '../../../src/components/learning/cpd-entry-form.ts';

const valid: CpdEntryFields = { date: '2026-11-10', activity: ' Team training ', minutes: '90', notes: ' Notes ' };

describe('checkCpdEntry', () => {
  it('accepts a complete entry, trimmed', () => {
    expect(checkCpdEntry(valid)).toEqual({
      ok: true,
      entry: { date: '2026-11-10', activity: 'Team training', minutes: 90, notes: 'Notes' },
    });
  });

  it.each([
    ['an empty date', { date: '' }, { date: 'cpd.form.error.date' }],
    ['a date that is not a real day', { date: '2026-02-30' }, { date: 'cpd.form.error.date' }],
    ['a date in another format', { date: '10/11/2026' }, { date: 'cpd.form.error.date' }],
    ['no activity', { activity: '   ' }, { activity: 'cpd.form.error.activity' }],
    ['a very long activity', { activity: 'x'.repeat(301) }, { activity: 'cpd.form.error.activityLong' }],
    ['no minutes', { minutes: '' }, { minutes: 'cpd.form.error.minutes' }],
    ['zero minutes', { minutes: '0' }, { minutes: 'cpd.form.error.minutes' }],
    ['more than 10,000 minutes', { minutes: '10001' }, { minutes: 'cpd.form.error.minutes' }],
    ['fractional minutes', { minutes: '1.5' }, { minutes: 'cpd.form.error.minutes' }],
    ['negative minutes', { minutes: '-5' }, { minutes: 'cpd.form.error.minutes' }],
    ['very long notes', { notes: 'x'.repeat(20_001) }, { notes: 'cpd.form.error.notesLong' }],
  ])('names the field for %s', (_, change, errors) => {
    expect(checkCpdEntry({ ...valid, ...change })).toEqual({ ok: false, errors });
  });

  it('names every problem at once', () => {
    const result = checkCpdEntry({ date: '', activity: '', minutes: '', notes: '' });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['date', 'activity', 'minutes']);
  });

  it('accepts the bounds of the minutes', () => {
    expect(checkCpdEntry({ ...valid, minutes: '1' }).ok).toBe(true);
    expect(checkCpdEntry({ ...valid, minutes: '10000' }).ok).toBe(true);
  });
});
