import lunr from 'lunr';
import { stem } from './stem.ts';

/** An English stop word: one of lunr's list ("of", "in", "the"). */
export const isStopWord = (word: string) => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;

/**
 * Words of a question that lunr's list leaves in but that say nothing about what is asked, as stems so
 * that every form counts ("defines", "calculating"): "what does triangulation mean" asks what
 * "triangulation" finds. Words that are ideas in this field stay ("explanation", "tell", "know"). A site
 * adds its own in content/search.yaml.
 */
const QUESTION_STEMS = new Set(['mean', 'meant', 'defin', 'explain', 'calcul']);

/** A word search passes over when a query has others: an English stop word or a question word. */
export const passesOver = (word: string, ignore: readonly string[] = []) =>
  isStopWord(word) || QUESTION_STEMS.has(stem(word)) || ignore.includes(word);

/**
 * The site's own stop words: the words on nearly every indexed page, each with the share of pages that
 * hold it, as `scripts/common-words.ts` finds them at build time. Empty where there is no such list.
 */
export type CommonWords = ReadonlyMap<string, number>;

/** Where the build writes the site's own stop words, in Pagefind's folder beside the index they describe. */
export const COMMON_WORDS_FILE = 'common-words.json';

/**
 * The words of a query that narrow it. English stop words and question words go (with the words a site's
 * search.yaml says to `ignore`), and so do the site's own stop words (`common`): a
 * word on nearly every page finds nearly the same pages with it as without, and adds next to nothing
 * to a page's rank, as ranking weighs a word by how few pages hold it. Yet in the full-text index each
 * such word is among the largest parts: at 10,000 modules the chunk of "of" alone is over 500 KB, and
 * "child" 400 KB. A query of nothing but the site's own stop words keeps the rarest of them (the first
 * typed, on a tie), which finds nearly the same pages; one of nothing but English stop words is
 * searched as typed.
 */
export function meaningfulTerms(
  words: readonly string[],
  common: CommonWords = new Map(),
  ignore: readonly string[] = [],
): readonly string[] {
  const meaningful = words.filter((word) => !passesOver(word, ignore));
  if (meaningful.length === 0) return words;
  const narrowing = meaningful.filter((word) => !common.has(word));
  if (narrowing.length > 0) return narrowing;
  const shareOf = (word: string) => common.get(word)!;
  return [meaningful.reduce((rarest, word) => (shareOf(word) < shareOf(rarest) ? word : rarest))];
}

/** The site's own stop words as read from their file: any entry that is not a word and a share is ignored. */
export function commonWordsFrom(json: unknown): CommonWords {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return new Map();
  return new Map(
    Object.entries(json).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && entry[1] >= 0 && entry[1] <= 1 && /^[\p{L}\p{N}]+$/u.test(entry[0]),
    ),
  );
}
