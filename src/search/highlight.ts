/** The query parameter that carries the search words to the page a learner opens, to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Class of the `<mark>` around each highlighted word (styled in HeaderSearch.astro). */
export const HIGHLIGHT_CLASS = 'search-highlight';

/**
 * On a page opened from a full-text result, marks the searched words with Pagefind's highlighter.
 * Its default adds an inline `<style>`, which the content security policy refuses, so the site styles
 * the marks itself. Nothing is fetched on a page opened any other way.
 */
export function highlightSearchTerms(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  import(/* @vite-ignore */ new URL('/pagefind/pagefind-highlight.js', location.origin).href)
    .then(
      ({ default: PagefindHighlight }: { default: new (options: object) => unknown }) =>
        new PagefindHighlight({
          highlightParam: HIGHLIGHT_PARAM,
          addStyles: false,
          markOptions: { className: HIGHLIGHT_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
        }),
    )
    .catch(() => undefined);
}
