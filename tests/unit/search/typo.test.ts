import { describe, expect, it } from 'vitest';
import { likelyStems } from '../../../src/search/typo.ts';

describe('likelyStems', () => {
  const stems = ['calibr', 'chronolog', 'intuit', 'partner', 'repres', 'risk', 'triangul'];
  it.each([
    ['triangluation', ['triangul']],
    ['chronolgy', ['chronolog']],
    ['intution', ['intuit']],
    // A long word's stem can be short: the word starts with all of it.
    ['representitiveness', ['repres']],
    ['partnershipwork', ['partner']],
    ['risky', []],
    ['xyzzy', []],
  ])('%j → %j', (word, expected) => {
    expect(likelyStems(word, stems)).toEqual(expected);
  });
});
