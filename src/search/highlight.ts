/** The query parameter that carries the search words to the page a learner opens, to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Class of the `<mark>` around each highlighted word (styled in HeaderSearch.astro). */
export const HIGHLIGHT_CLASS = 'search-highlight';

/**
 * On a page opened from a full-text result, marks the searched words. Every page runs this check, so the
 * marking code is fetched only on a page opened from a result.
 */
export function highlightSearchTerms(): void {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    void import('./highlight-terms.ts').then(({ markSearchTerms }) => markSearchTerms());
  }
}
