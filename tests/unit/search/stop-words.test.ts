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

describe('meaningfulTerms with the site’s own stop words', () => {
  // Shares of pages holding each stem, as scripts/common-stems.ts lists them.
  const common = new Map([
    ['child', 1],
    ['protect', 0.91],
    ['review', 0.92],
  ]);

  it.each([
    [
      ['overconfidence', 'rapid', 'review'],
      ['overconfidence', 'rapid'],
    ],
    [['child', 'protection', 'conference'], ['conference']],
    // Stemmed as the list is: "protecting" is "protect".
    [['protecting', 'chronology'], ['chronology']],
    // Nothing but common words: the rarest alone finds nearly the same pages.
    [['child', 'protection'], ['protection']],
    [['review'], ['review']],
    [['child', 'in', 'need'], ['need']],
    [[], []],
    // A word that is a property name of every object is no common word.
    [['constructor', 'child'], ['constructor']],
  ])('keeps %j as %j', (words, expected) => {
    expect(meaningfulTerms(words, common)).toEqual(expected);
  });
});
