import { describe, expect, it } from 'vitest';
import { meaningfulTerms } from '../../../src/search/stop-words.ts';

describe('meaningfulTerms', () => {
  it.each([
    [
      ['signs', 'of', 'safety'],
      ['signs', 'safety'],
    ],
    [
      ['child', 'in', 'need'],
      ['child', 'need'],
    ],
    [['was', 'not', 'brought'], ['brought']],
    [
      ['rule', 'of', 'optimism'],
      ['rule', 'optimism'],
    ],
    [['triangulation'], ['triangulation']],
    // Nothing but stop words: searched as typed, rather than not at all.
    [
      ['the', 'of'],
      ['the', 'of'],
    ],
    [[], []],
  ])('keeps %j as %j', (words, expected) => {
    expect(meaningfulTerms(words)).toEqual(expected);
  });
});
