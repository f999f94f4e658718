import lunr from 'lunr';
import type { CatalogueDoc, LoadedCatalogue } from './catalogue-index.ts';
import { queryTerms } from './query-terms.ts';
import { meaningfulTerms } from './stop-words.ts';
import { likelyStems } from './typo.ts';

export interface CatalogueHit extends CatalogueDoc {
  score: number;
}

/** Words this short get no typo tolerance: one edit away from "risk" is half the dictionary. */
const MIN_FUZZY_LENGTH = 5;

const stem = (term: string) => lunr.stemmer(new lunr.Token(term, {})).toString();

/**
 * Searches the catalogue. The query is built clause by clause with `index.query`, never parsed from the
 * learner's text, so no input can make lunr throw. Each word matches as written (stemmed), as the start
 * of a longer word when it is the last one typed, and within one typo.
 */
export function searchCatalogue(
  { index, docs, terms: stems }: LoadedCatalogue,
  input: string,
  { limit = 8, only }: { limit?: number; only?: (doc: CatalogueDoc) => boolean } = {},
): CatalogueHit[] {
  const terms = meaningfulTerms(queryTerms(input));
  if (terms.length === 0) return [];
  const known = (term: string) => binarySearch(stems, term);
  const results = index.query((query) => {
    terms.forEach((term, i) => {
      query.term(term, { boost: 10 });
      if (i === terms.length - 1) {
        query.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
      }
      if (term.length < MIN_FUZZY_LENGTH) return;
      query.term(term, { editDistance: 1, boost: 1 });
      if (!known(stem(term))) {
        for (const likely of likelyStems(term, stems)) query.term(likely, { usePipeline: false, boost: 2 });
      }
    });
  });
  const hits: CatalogueHit[] = [];
  for (const result of results) {
    const doc = docs[Number(result.ref)];
    if (!doc || (only && !only(doc))) continue;
    hits.push({ ...doc, score: result.score });
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * The query's words with each misspelt one (a word whose stem the catalogue does not know) replaced by
 * the stem it most likely meant, for the full-text index, which has no typo tolerance of its own.
 */
export function correctSpelling({ terms: stems }: LoadedCatalogue, input: string): string {
  return queryTerms(input)
    .map((word) =>
      word.length < MIN_FUZZY_LENGTH || binarySearch(stems, stem(word)) ? word : (likelyStems(word, stems)[0] ?? word),
    )
    .join(' ');
}

/** True when the sorted list holds the word. */
function binarySearch(sorted: readonly string[], word: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const here = sorted[middle]!;
    if (here === word) return true;
    if (here < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
