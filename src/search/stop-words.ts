import lunr from 'lunr';

const isStopWord = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;

/** A word's stem, as lunr stems it: "assessments" and "assessment" both give "assess". */
export const stemOf = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();

/**
 * The site's own stop words: the stems on nearly every indexed page, each with the share of pages
 * that hold it, as `scripts/common-stems.ts` finds them at build time.
 */
export type CommonStems = ReadonlyMap<string, number>;

/**
 * The words of a query that narrow it. English stop words ("of", "in", "the", lunr's list) go, and so
 * do the site's own (`common`): a word on nearly every page finds nearly the same pages with it as
 * without, and adds next to nothing to a page's rank, as ranking weighs a word by how few pages hold
 * it. Yet in the full-text index each such word is among the largest parts: at 10,000 modules the chunk
 * of "of" alone is over 500 KB, and "child" 400 KB. A query of nothing but stop words keeps its
 * rarest site-wide stop word if it has one ("child protection" is searched as "protection"), and
 * otherwise is searched as typed.
 */
export function meaningfulTerms(words: readonly string[], common: CommonStems = new Map()): readonly string[] {
  const meaningful = words.filter((word) => !isStopWord(word));
  const candidates = meaningful.length > 0 ? meaningful : words;
  const shareOf = (word: string) => common.get(stemOf(word));
  const narrowing = candidates.filter((word) => shareOf(word) === undefined);
  if (narrowing.length > 0 || candidates.length === 0) return narrowing;
  return [candidates.reduce((rarest, word) => (shareOf(word)! < shareOf(rarest)! ? word : rarest))];
}
