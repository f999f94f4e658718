/** At most this many words of a query are searched; a pasted paragraph still gets an answer. */
export const MAX_TERMS = 12;
/** Longer words are cut: no real word is longer, and it keeps typo matching cheap. */
export const MAX_TERM_LENGTH = 30;
/** The query as kept in the address bar and sent to the full-text index. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The words of whatever a learner typed, lower-cased and stripped of accents and of every character
 * that is not a letter or a digit, so that query syntax (`title:`, `^`, `*`, `~`, `+`, quotes) and
 * markup are read as plain words and can never reach a query parser.
 */
export function queryTerms(input: string): string[] {
  return wordsOf(input.slice(0, MAX_QUERY_LENGTH * 10))
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
}

/** The words of a text, read as a query's words are read: lower-cased, without accents or punctuation. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A query tidied for display and for the address bar: single spaces, no control characters, bounded. */
export function tidyQuery(input: string): string {
  return input
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}
