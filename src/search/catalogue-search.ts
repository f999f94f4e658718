import lunr from 'lunr';
import type { CatalogueDoc, LoadedCatalogue } from './catalogue-index.ts';
import { queryTerms, wordsOf } from './query-terms.ts';
import { translateQuery } from './search-words.ts';
import { stem } from './stem.ts';
import { meaningfulTerms } from './stop-words.ts';
import { likelyStems } from './typo.ts';

export interface CatalogueHit extends CatalogueDoc {
  score: number;
}

/** Words this short get no typo tolerance: one edit away from "risk" is half the dictionary. */
const MIN_FUZZY_LENGTH = 5;

/**
 * Searches the catalogue. The query is built clause by clause with `index.query`, never parsed from the
 * learner's text, so no input can make lunr throw. Each word matches as written (stemmed), as the start
 * of a longer word when it is the last one typed, and within one typo; the course's words for the
 * learner's (the site's synonyms) count as if typed.
 */
export function searchCatalogue(
  { index, docs, terms: stems, searchWords }: LoadedCatalogue,
  input: string,
  { limit = 8, only }: { limit?: number; only?: (doc: CatalogueDoc) => boolean } = {},
): CatalogueHit[] {
  const typed = queryTerms(input);
  const learners = [...new Set(meaningfulTerms(typed, undefined, searchWords.ignore))];
  const course = meaningfulTerms(translateQuery(typed, searchWords).added).filter((word) => !learners.includes(word));
  const terms = [...learners, ...course];
  if (terms.length === 0) return [];
  const known = (term: string) => binarySearch(stems, term);
  const results = index.query((query) => {
    terms.forEach((term, i) => {
      query.term(term, { boost: 10 });
      if (i === learners.length - 1) {
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
  for (const result of ownEntryFirst(coordinated(results, terms.length), docs, learners)) {
    const doc = docs[Number(result.ref)];
    if (!doc || (only && !only(doc))) continue;
    hits.push({ ...doc, score: result.score });
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * The results scored again by how many of the query's words each matched: lunr adds up what each word
 * scores, so one word in a title outscores four in a module's outline, and "inhaler not collected,
 * asthma clinic missed" found resources titled with one of its words before the module whose case is
 * about all of them. Each score is multiplied by the share of the words matched (the "coordination"
 * factor of classic search engines), counting each index term matched once, up to the query's length.
 */
function coordinated(results: lunr.Index.Result[], words: number): lunr.Index.Result[] {
  if (words < 2) return results;
  return results
    .map((result) => {
      const matched = Math.min(words, Object.keys(result.matchData.metadata).length);
      return { ...result, score: result.score * (matched / words) ** 2 };
    })
    .sort((a, b) => b.score - a.score);
}

/** A text's meaningful words as stems, in order: what two wordings of a term have in common. */
const stemsOf = (words: readonly string[]) => meaningfulTerms(words).map(stem).join(' ');

/**
 * The results with the glossary entry of the term searched for first: "escalation" is defined by its
 * entry, though a module titled "Escalation, supervision and the pressure to close" scores higher.
 */
function ownEntryFirst(results: lunr.Index.Result[], docs: readonly CatalogueDoc[], terms: readonly string[]) {
  const searched = stemsOf(terms);
  const own = results.findIndex((result) => {
    const doc = docs[Number(result.ref)];
    return doc?.kind === 'glossary' && stemsOf(wordsOf(doc.title)) === searched;
  });
  return own <= 0 ? results : [results[own]!, ...results.slice(0, own), ...results.slice(own + 1)];
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
