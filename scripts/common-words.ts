// Finds the site's own stop words: the words on nearly every page of a Pagefind index, written to
// `common-words.json` beside the index for full-text search to leave out of queries (see
// `meaningfulTerms` in src/search/stop-words.ts for why that costs a query next to nothing).
//
// The text counted is what Pagefind indexed: each page's fragment holds it. Words are counted exactly
// as a query's words are read, not stemmed: Pagefind matches a word by its stem, so it finds every page
// that holds the exact word and more, and a word listed here is on at least as many pages for Pagefind.
// (lunr's stemmer would merge words Pagefind keeps apart, such as "general" and "generous".)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsOf } from '../src/search/query-terms.ts';
import { COMMON_WORDS_FILE, isStopWord } from '../src/search/stop-words.ts';
import { readPagefindBody } from './pagefind-chunk-ranges.ts';

/**
 * A word on at least this share of the pages is common. At 90%, leaving it out of a query adds at most
 * a tenth of the site to what the query's other words find; at 10,000 modules it halves the bytes of
 * the costliest first queries (`npm run bench:search`, see the README).
 */
export const COMMON_SHARE = 0.9;

/**
 * Smaller sites list no common words. Their index is small, so leaving words out saves little, and on a
 * few dozen pages "nearly every page" is too coarse a measure: a word missing from two pages of 28
 * would count as common.
 */
export const COMMON_MIN_PAGES = 500;

/**
 * The share of `pages` holding each word, for the words at least `share` of them hold, rounded to 0.1%;
 * none for fewer than `minPages` pages. English stop words are left out: queries drop them anyway.
 */
export function commonWordsOf(
  pages: Iterable<string>,
  { share = COMMON_SHARE, minPages = COMMON_MIN_PAGES } = {},
): Record<string, number> {
  const pagesWith = new Map<string, number>();
  let count = 0;
  for (const text of pages) {
    count++;
    for (const word of new Set(wordsOf(text))) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  if (count < minPages) return {};
  return Object.fromEntries(
    [...pagesWith]
      .filter(([word, n]) => n >= share * count && !isStopWord(word))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([word, n]) => [word, Math.round((1000 * n) / count) / 1000]),
  );
}

/**
 * Reads the text of every page in a Pagefind bundle folder and writes its common words there. If the
 * pages cannot be read (another Pagefind version's layout), it lists none: search works the same,
 * only fetching more.
 */
export function writeCommonWords(bundle: string): { pages: number; words: number } | { skipped: string } {
  let common: Record<string, number> = {};
  let result: { pages: number; words: number } | { skipped: string };
  try {
    const fragments = readdirSync(join(bundle, 'fragment'));
    common = commonWordsOf(
      fragments.map((file) => {
        const { content } = JSON.parse(readPagefindBody(join(bundle, 'fragment', file)).toString('utf8')) as {
          content?: unknown;
        };
        if (typeof content !== 'string') throw new Error(`${file} holds no page text`);
        return content;
      }),
    );
    result = { pages: fragments.length, words: Object.keys(common).length };
  } catch (error) {
    result = { skipped: (error as Error).message };
  }
  writeFileSync(join(bundle, COMMON_WORDS_FILE), JSON.stringify(common));
  return result;
}
