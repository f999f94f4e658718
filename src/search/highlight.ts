/** The query parameter that carries the search words to the page a learner opens, to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Class of the `<mark>` around each highlighted word (styled in HeaderSearch.astro). */
export const HIGHLIGHT_CLASS = 'search-highlight';

/**
 * On a page opened from a full-text result, marks the searched words. Every page runs this check, so the
 * marking code is fetched only on a page opened from a result.
 */
export function highlightSearchTerms(): void {
  // A cheap test that can only err towards loading the highlighter, which then finds nothing to mark.
  if (location.search.includes(`${HIGHLIGHT_PARAM}=`)) {
    // It marks the words as it loads: importing it for its effect keeps this check small.
    void import('./highlight-terms.ts');
  }
}
