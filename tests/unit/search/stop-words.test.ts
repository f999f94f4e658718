import { describe, expect, it } from 'vitest';
import { commonWordsFrom, meaningfulTerms } from '../../../src/search/stop-words.ts';

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

  it.each([
    ['what does disguised compliance mean', ['disguised', 'compliance']],
    ['how is the brier score calculated', ['brier', 'score']],
    ['explain the difference between intuition and analysis', ['intuition', 'analysis']],
    // Every form of a question word, by its stem; words that are ideas here stay.
    ['how are thresholds defined and calculated', ['thresholds']],
    ['competing explanations of what happens', ['competing', 'explanations', 'happens']],
    // A question of nothing but question words is searched as typed.
    ['what does it mean', ['what', 'does', 'it', 'mean']],
  ])('leaves the question words out of %j, and those the site says to ignore', (question, expected) => {
    expect(meaningfulTerms(question.split(' '), new Map(), ['difference', 'between'])).toEqual(expected);
  });
});

describe('meaningfulTerms with the site’s own stop words', () => {
  // Shares of pages holding each word, as scripts/common-words.ts lists them.
  const common = new Map([
    ['child', 1],
    ['protection', 0.91],
    ['review', 0.92],
    ['need', 0.92],
  ]);

  it.each([
    [
      ['overconfidence', 'rapid', 'review'],
      ['overconfidence', 'rapid'],
    ],
    [['child', 'protection', 'conference'], ['conference']],
    // Exact words only: "protecting" is not listed.
    [
      ['protecting', 'chronology'],
      ['protecting', 'chronology'],
    ],
    // Nothing but common words: the rarest alone finds nearly the same pages; on a tie, the first typed.
    [['child', 'protection'], ['protection']],
    [['review', 'need'], ['review']],
    [['review'], ['review']],
    [['child', 'in', 'need'], ['need']],
    // Nothing but English stop words: searched as typed.
    [
      ['the', 'of'],
      ['the', 'of'],
    ],
    [[], []],
    [['constructor', 'child'], ['constructor']],
  ])('keeps %j as %j', (words, expected) => {
    expect(meaningfulTerms(words, common)).toEqual(expected);
  });
});

describe('commonWordsFrom', () => {
  it('reads the list the build writes', () => {
    expect(commonWordsFrom({ child: 1, protection: 0.91 })).toEqual(
      new Map([
        ['child', 1],
        ['protection', 0.91],
      ]),
    );
  });

  it.each([null, 'child', 42, ['child'], { child: 'yes' }, { child: 2 }, { 'child protection': 1 }, { '': 1 }])(
    'reads %j as no words',
    (json) => {
      expect(commonWordsFrom(json)).toEqual(new Map());
    },
  );

  it('reads a key named like an object property as a word, never as the property', () => {
    expect(commonWordsFrom(JSON.parse('{"__proto__": 1, "constructor": 0.95}'))).toEqual(
      new Map([['constructor', 0.95]]),
    );
  });
});
