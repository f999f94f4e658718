import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../../src/i18n/t.ts';

describe('stringsFor', () => {
  it('fills the placeholders known when the page is built, and leaves the island’s own', () => {
    const strings = stringsFor(['data.problem.not-progress', 'cpd.printIntro'], { site: 'Northfield Learning' });
    expect(strings).toEqual({
      'data.problem.not-progress':
        'This is not a progress file exported from Northfield Learning. Nothing was changed.',
      'cpd.printIntro':
        'Made on this device from your progress on Northfield Learning on {date}. It is a self-declared record, not verified by anyone.',
    });
  });
});
