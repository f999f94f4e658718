import { describe, expect, it } from 'vitest';
import { commonStemsOf } from '../../../scripts/common-stems.ts';

describe('commonStemsOf', () => {
  const pages = [
    'The family and the child. Assessments matter.',
    'A child’s chronology; the FAMILY’s view.',
    'Families change. The assessment of a child.',
    'Supervision for the worker assessing the child.',
  ];

  it('lists the stems on at least the given share of pages, with that share', () => {
    expect(commonStemsOf(pages, 0.75)).toEqual({ assess: 0.75, child: 1, famili: 0.75, the: 1 });
  });

  it('counts a stem once a page however often the page uses it', () => {
    expect(commonStemsOf(['child child child', 'child', 'worker'], 0.6)).toEqual({ child: 0.667 });
  });

  it('finds nothing in no pages', () => {
    expect(commonStemsOf([], 0.9)).toEqual({});
  });
});
