/** How many pages a set of words finds together (none when no page holds one of them). */
export type CountPages = (words: readonly string[]) => Promise<number>;

/**
 * The words to search with when a query's words together find nothing: as many of them as still find a
 * page, the most telling first. Each word is tried alone, and a word no page holds is left out; then,
 * from the rarest word to the commonest, a word is kept only if the words kept so far still find a page
 * with it. A learner's "adult released from prison joins household" thus becomes "released prison
 * household" when no page says "joins". The words are returned in the learner's order; all of them
 * when together they already find something, none when no word does.
 *
 * With Pagefind each word's part of the index is fetched once: the searches after the first reuse it,
 * so the cost of the fallback is in time, not in bytes.
 */
export async function wordsThatFind(words: readonly string[], count: CountPages): Promise<string[]> {
  if (words.length === 0 || (await count(words)) > 0) return [...words];
  const alone = await Promise.all(words.map(async (word) => ({ word, pages: await count([word]) })));
  const kept: string[] = [];
  for (const { word } of alone.filter(({ pages }) => pages > 0).sort((a, b) => a.pages - b.pages)) {
    if (kept.length === 0 || (await count([...kept, word])) > 0) kept.push(word);
  }
  return words.filter((word) => kept.includes(word));
}

/** Fewer pages than this, a screen of results, is few enough to look for more without one of the words. */
const FEW = 5;
/** How many times as many pages leaving out a word must find, to be worth showing after the others. */
const FAR_MORE = 3;

/**
 * The words that find far more pages than all of them do, when all of them find only a few: the query
 * without the one word that narrows it most. "released prison household" may find one page, and
 * "released prison" ten that answer the learner as well; those are shown after the page with every word.
 * Undefined when all the words find enough, or leaving one out finds not many more.
 */
export async function broaderWords(words: readonly string[], count: CountPages): Promise<string[] | undefined> {
  if (words.length < 2) return undefined;
  const all = await count(words);
  if (all >= FEW) return undefined;
  const withoutOne = await Promise.all(
    words.map(async (_, left) => {
      const subset = words.filter((_, i) => i !== left);
      return { subset, pages: await count(subset) };
    }),
  );
  const best = withoutOne.reduce((most, option) => (option.pages > most.pages ? option : most));
  return best.pages >= Math.max(FEW, all * FAR_MORE) ? best.subset : undefined;
}

/**
 * The words to search for: the learner's own when together they find a page. Otherwise each word that no
 * page holds is replaced by its correction (a typo; the full-text index has no tolerance of its own), and
 * if the words still find nothing together, as many as find a page are kept (`wordsThatFind`). The learner's
 * words come first because the catalogue that corrections come from knows only titles and summaries: a
 * word of the text it does not know ("released") must not be "corrected" into another ("relevant").
 */
export async function wordsToSearch(
  terms: readonly string[],
  count: CountPages,
  correct: (word: string) => string,
): Promise<string[]> {
  if ((await count(terms)) > 0) return [...terms];
  const corrected = await Promise.all(terms.map(async (word) => ((await count([word])) > 0 ? word : correct(word))));
  return wordsThatFind(corrected, count);
}

/**
 * The pages each set of words finds, in turn: a page found by an earlier set keeps its place. Also how
 * many pages each set added. A set that is undefined or empty finds nothing.
 */
export async function pagesInTurn<Page extends { id: string }>(
  search: (words: readonly string[]) => Promise<Page[]>,
  wordSets: (readonly string[] | undefined)[],
): Promise<{ results: Page[]; added: number[] }> {
  const found = await Promise.all(wordSets.map((words) => (words?.length ? search(words) : Promise.resolve([]))));
  const seen = new Set<string>();
  const results: Page[] = [];
  const added = found.map((pages) => {
    const fresh = pages.filter((page) => !seen.has(page.id));
    for (const page of fresh) seen.add(page.id);
    results.push(...fresh);
    return fresh.length;
  });
  return { results, added };
}
