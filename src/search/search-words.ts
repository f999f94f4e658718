import type { SearchWordsSettings } from '../schemas/search-words.ts';
import { MAX_TERMS, wordsOf } from './query-terms.ts';
import { stem } from './stem.ts';
import { passesOver } from './stop-words.ts';

/**
 * The site's search words (content/search.yaml) as the browser gets them, inside the catalogue file:
 * each synonym as the stems of what learners type and the words the course uses, and the words to
 * leave out of questions.
 */
export interface SearchWords {
  synonyms: [learnerStems: string[], courseWords: string[]][];
  ignore: string[];
}

export const NO_SEARCH_WORDS: SearchWords = { synonyms: [], ignore: [] };

/**
 * The search words file made ready for the browser (at build time). A learner's phrase of nothing but
 * words search passes over ("it", "us") is left out: it would take over every query with that word. The
 * content check refuses such a phrase; this keeps a site built without the check safe.
 */
export function compileSearchWords({ synonyms, ignore }: SearchWordsSettings): SearchWords {
  return {
    synonyms: Object.entries(synonyms)
      .filter(([learner]) => !wordsOf(learner).every((word) => passesOver(word)))
      .map(([learner, course]) => [wordsOf(learner).map(stem), wordsOf(course)]),
    ignore: [...new Set(ignore.flatMap(wordsOf))],
  };
}

/** A query's words with the learner's phrases for things put in the course's words. */
export interface TranslatedQuery {
  /** The query with each learner's phrase replaced by the course's words: for the full-text index, which needs every word on a page. */
  replaced: string[];
  /** The course's words brought in: added to the learner's own in the catalogue, which ranks by any word. */
  added: string[];
}

/**
 * Finds the trainers' synonyms in a query: at each word, the longest learner's phrase that starts
 * there, compared by stem so that "boyfriends" is found as "boyfriend".
 */
export function translateQuery(terms: readonly string[], { synonyms }: SearchWords): TranslatedQuery {
  const stems = terms.map(stem);
  const replaced: string[] = [];
  const added: string[] = [];
  for (let at = 0; at < terms.length;) {
    const match = synonyms
      .filter(([learner]) => learner.length > 0 && learner.every((word, i) => stems[at + i] === word))
      .reduce<SearchWords['synonyms'][number] | undefined>(
        (longest, synonym) => (!longest || synonym[0].length > longest[0].length ? synonym : longest),
        undefined,
      );
    if (!match) {
      replaced.push(terms[at]!);
      at += 1;
      continue;
    }
    replaced.push(...match[1]);
    added.push(...match[1]);
    at += match[0].length;
  }
  // "boyfriend girlfriend" is "partner" once, and twelve "icpc" do not become 36 words.
  const unique = (words: string[]) => [...new Set(words)].slice(0, MAX_TERMS);
  return { replaced: unique(replaced), added: unique(added) };
}
