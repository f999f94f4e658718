// Finds the site's own stop words: the stems on nearly every page of a Pagefind index, written to
// `common-stems.json` beside the index for full-text search to leave out of queries (see
// `meaningfulTerms` in src/search/stop-words.ts for why that costs a query next to nothing).
//
// The text counted is what Pagefind indexed: each page's fragment holds it. Words are read and
// stemmed as a query's words are, so a query word is common when its stem is listed.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsOf } from '../src/search/query-terms.ts';
import { stemOf } from '../src/search/stop-words.ts';
import { readPagefindBody } from './pagefind-chunk-ranges.ts';

/**
 * A stem on at least this share of the pages is common. At 90%, leaving it out of a query adds at most
 * a tenth of the site to what the query's other words find; at 10,000 modules it halves the bytes of
 * the costliest first queries (`npm run bench:search`, see the README).
 */
export const COMMON_SHARE = 0.9;

export const COMMON_STEMS_FILE = 'common-stems.json';

/** The share of `pages` holding each stem, for the stems at least `share` of them hold, rounded to 0.1%. */
export function commonStemsOf(pages: Iterable<string>, share = COMMON_SHARE): Record<string, number> {
  const pagesWith = new Map<string, number>();
  // Stemming is the slow part, and a site uses each word many times.
  const stems = new Map<string, string>();
  const stemOfWord = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) stems.set(word, (stem = stemOf(word)));
    return stem;
  };
  let count = 0;
  for (const text of pages) {
    count++;
    const onPage = new Set(wordsOf(text).map(stemOfWord));
    for (const stem of onPage) pagesWith.set(stem, (pagesWith.get(stem) ?? 0) + 1);
  }
  return Object.fromEntries(
    [...pagesWith]
      .filter(([, n]) => n >= share * count)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stem, n]) => [stem, Math.round((1000 * n) / count) / 1000]),
  );
}

/** Reads the text of every page in a Pagefind bundle folder and writes its common stems there. */
export function writeCommonStems(bundle: string): { pages: number; stems: number } {
  const fragments = readdirSync(join(bundle, 'fragment'));
  const texts = function* () {
    for (const file of fragments)
      yield (JSON.parse(readPagefindBody(join(bundle, 'fragment', file)).toString('utf8')) as { content: string })
        .content;
  };
  const common = commonStemsOf(texts());
  writeFileSync(join(bundle, COMMON_STEMS_FILE), JSON.stringify(common));
  return { pages: fragments.length, stems: Object.keys(common).length };
}
