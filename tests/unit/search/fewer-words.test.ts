import { describe, expect, it } from 'vitest';
import { broaderWords, pagesInTurn, wordsThatFind } from '../../../src/search/fewer-words.ts';

/** A tiny site: each page's words. A set of words finds the pages holding all of them. */
const PAGES = [
  ['adult', 'released', 'prison', 'household', 'risk'],
  ['household', 'change', 'partner', 'risk'],
  ['prison', 'visits', 'child'],
  ['household', 'daily', 'life'],
];
const count = (words: readonly string[]) =>
  Promise.resolve(PAGES.filter((page) => words.every((w) => page.includes(w))).length);

describe('wordsThatFind', () => {
  it.each([
    ['all the words, when together they find a page', ['prison', 'visits'], ['prison', 'visits']],
    [
      'the words that find a page, leaving out one no page holds',
      ['adult', 'released', 'from', 'prison', 'joins', 'household'],
      ['adult', 'released', 'prison', 'household'],
    ],
    [
      'the rarest words first, when the commoner ones cannot join them',
      ['daily', 'partner', 'household'],
      ['daily', 'household'],
    ],
    ['nothing, when no word is on any page', ['zebra', 'quokka'], []],
    ['nothing, for no words', [], []],
  ])('keeps %s', async (_, words, expected) => {
    expect(await wordsThatFind(words, count)).toEqual(expected);
  });

  it('searches at most twice for each word', async () => {
    let searches = 0;
    const counting = (words: readonly string[]) => {
      searches += 1;
      return count(words);
    };
    const words = ['adult', 'released', 'from', 'prison', 'joins', 'household', 'risk'];
    await wordsThatFind(words, counting);
    expect(searches).toBeLessThanOrEqual(1 + 2 * words.length);
  });
});

describe('broaderWords', () => {
  /** Ten pages about prison and households, one that also says "joins", and a few about visits. */
  const SITE = [
    ['released', 'prison', 'household', 'joins'],
    ...Array.from({ length: 10 }, () => ['released', 'prison', 'household']),
    ['released', 'visits'],
    ['visits', 'child'],
    ['visits', 'child'],
    ['visits', 'nursery'],
  ];
  const countIn = (pages: string[][]) => (words: readonly string[]) =>
    Promise.resolve(pages.filter((page) => words.every((w) => page.includes(w))).length);

  it('leaves out the word that narrows most, when all the words find only a few pages', async () => {
    expect(await broaderWords(['released', 'prison', 'joins'], countIn(SITE))).toEqual(['released', 'prison']);
  });

  it.each([
    ['all the words find a screen of pages', ['released', 'prison', 'household']],
    ['there is one word', ['joins']],
    ['leaving a word out finds not many more', ['visits', 'nursery']],
  ])('is undefined when %s', async (_, words) => {
    expect(await broaderWords(words, countIn(SITE))).toBeUndefined();
  });
});

describe('pagesInTurn', () => {
  const PAGES: Record<string, string[]> = { 'a b': ['p1'], a: ['p1', 'p2', 'p3'], own: ['p3', 'p4'] };
  const search = (words: readonly string[]) => Promise.resolve((PAGES[words.join(' ')] ?? []).map((id) => ({ id })));

  it('lists each page once, where the first set of words that found it put it, and how many each set added', async () => {
    const { results, added } = await pagesInTurn(search, [['a', 'b'], ['a'], undefined, ['own']]);
    expect(results.map((page) => page.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(added).toEqual([1, 2, 0, 1]);
  });

  it('finds nothing with an empty set of words, without searching', async () => {
    let searched = 0;
    const counting = (words: readonly string[]) => ((searched += 1), search(words));
    expect((await pagesInTurn(counting, [[]])).results).toEqual([]);
    expect(searched).toBe(0);
  });
});
