import lunr from 'lunr';

const isStopWord = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;

/**
 * The words of a query that narrow it: without English stop words ("of", "in", "the", lunr's list),
 * unless the query is nothing but stop words. Nearly every page holds them, so they find nothing more,
 * and in the full-text index each is its largest part: at 10,000 modules the chunk of "of" alone is
 * over 500 KB, which "signs of safety" would otherwise fetch.
 */
export function meaningfulTerms(words: readonly string[]): readonly string[] {
  const meaningful = words.filter((word) => !isStopWord(word));
  return meaningful.length > 0 ? meaningful : words;
}
