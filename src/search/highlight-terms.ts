import { routes } from '../utils/routes.ts';
import { HIGHLIGHT_CLASS, HIGHLIGHT_PARAM } from './highlight.ts';

// Imported by src/search/highlight.ts on a page opened from a search result: marks the searched words
// with Pagefind's highlighter. Its default adds an inline `<style>`, which the content security policy
// refuses, so the site styles the marks itself.
void import(/* @vite-ignore */ new URL(routes.pagefind('pagefind-highlight.js'), location.origin).href)
  .then(
    ({ default: PagefindHighlight }: { default: new (options: object) => unknown }) =>
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markOptions: { className: HIGHLIGHT_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      }),
  )
  .catch(() => undefined);
