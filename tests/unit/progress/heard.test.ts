import { describe, expect, it } from 'vitest';
import { mergeHeard, secondsHeard } from '../../../src/progress/heard.ts';
import { MAX_HEARD_PARTS, type Heard } from '../../../src/progress/records.ts';

describe('mergeHeard', () => {
  it.each<[string, Heard, Heard, Heard]>([
    ['nothing and nothing', [], [], []],
    ['the same part twice', [[0, 300]], [[0, 300]], [[0, 300]]],
    ['parts that overlap', [[0, 300]], [[250, 400]], [[0, 400]]],
    ['parts that touch', [[0, 10]], [[10, 20]], [[0, 20]]],
    [
      'parts apart, out of order',
      [[100, 200]],
      [[0, 50]],
      [
        [0, 50],
        [100, 200],
      ],
    ],
    ['a part inside another', [[0, 600]], [[100, 200]], [[0, 600]]],
    ['a part past the end, cut at the end', [], [[590, 700]], [[590, 600]]],
    ['an empty or backward part, left out', [[5, 5]], [[20, 10]], []],
  ])('%s', (_, a, b, merged) => {
    expect(mergeHeard(a, b, 600)).toEqual(merged);
    expect(mergeHeard(b, a, 600)).toEqual(merged);
  });

  it(`keeps at most ${MAX_HEARD_PARTS} parts by joining neighbours, so nothing heard is lost`, () => {
    const many: Heard = Array.from({ length: MAX_HEARD_PARTS + 1 }, (_, i) => [i * 10, i * 10 + 5]);
    const merged = mergeHeard([], many, 100_000);
    expect(merged.length).toBeLessThanOrEqual(MAX_HEARD_PARTS);
    expect(merged[0]).toEqual([0, 15]);
    for (const [start, end] of many) {
      expect(merged.some(([from, to]) => from <= start && end <= to)).toBe(true);
    }
  });
});

describe('secondsHeard', () => {
  it('adds up the parts', () => {
    expect(
      secondsHeard([
        [0, 10],
        [60, 75.5],
      ]),
    ).toBe(25.5);
  });
});
