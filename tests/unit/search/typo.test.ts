import { describe, expect, it } from 'vitest';
import { editDistance, likelyStems } from '../../../src/search/typo.ts';

describe('editDistance', () => {
  it.each([
    ['risk', 'risk', 0],
    ['risk', 'rsik', 1],
    ['trianglu', 'triangul', 1],
    ['calibraton', 'calibration', 1],
    ['abc', 'xyz', 2],
    ['chronology', 'chronolgy', 1],
  ] as const)('%s → %s is %i (limit 1, capped at 2)', (a, b, distance) => {
    expect(editDistance(a, b, 1)).toBe(Math.min(distance, 2));
  });
});

describe('likelyStems', () => {
  const stems = ['calibr', 'chronolog', 'intuit', 'partner', 'risk', 'triangul'];
  it.each([
    ['triangluation', ['triangul']],
    ['chronolgy', ['chronolog']],
    ['intution', ['intuit']],
    ['risky', []],
    ['xyzzy', []],
  ])('%j → %j', (word, expected) => {
    expect(likelyStems(word, stems)).toEqual(expected);
  });
});
