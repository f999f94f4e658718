import { describe, expect, it } from 'vitest';
import { likelyStems } from '../../../src/search/typo.ts';

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
