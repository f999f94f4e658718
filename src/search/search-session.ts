import { t } from '../i18n/island-t.ts';
import { loadCatalogue } from './catalogue-client.ts';
import { correctSpelling, searchCatalogue } from './catalogue-search.ts';
import { loadPagefind, searchFullText, type FullTextFilters } from './full-text.ts';
import { tidyQuery } from './query-terms.ts';
import { renderCatalogueHits, renderFullTextHits } from './render.ts';

/** The parts of a search box's results area; the header dialog and the search page both have them. */
export interface ResultsView {
  catalogue: HTMLElement;
  fullText: HTMLElement;
  /** A polite live region: what was found, or that nothing was. */
  status: HTMLElement;
  /** Where full-text search explains that it is unavailable or found nothing. */
  fullTextNote: HTMLElement;
}

/** Fetches both indexes as soon as a search box has focus, so the first keystroke is answered at once. */
export function warmUp(): void {
  void loadCatalogue();
  void loadPagefind();
}

const show = (el: HTMLElement, visible: boolean) => el.closest('section')?.toggleAttribute('hidden', !visible);

/**
 * A search over both engines for one results area. The catalogue answers on every keystroke; full text
 * follows. A newer query always wins: answers to older ones are dropped when they arrive late.
 */
export function searchSession(view: ResultsView, limits = { catalogue: 8, fullText: 10 }) {
  let latest = 0;
  return async function run(input: string, filters: FullTextFilters = {}): Promise<void> {
    const mine = ++latest;
    const query = tidyQuery(input);
    if (!query) {
      for (const list of [view.catalogue, view.fullText]) list.replaceChildren();
      show(view.catalogue, false);
      show(view.fullText, false);
      view.status.textContent = '';
      return;
    }
    const catalogue = await loadCatalogue();
    if (mine !== latest) return;
    const hits = catalogue ? searchCatalogue(catalogue, query, { limit: limits.catalogue }) : [];
    renderCatalogueHits(view.catalogue, hits);
    show(view.catalogue, hits.length > 0);

    const fullText = await searchFullText(
      catalogue ? correctSpelling(catalogue, query) : query,
      filters,
      limits.fullText,
    );
    if (mine !== latest) return;
    renderFullTextHits(view.fullText, fullText ?? []);
    show(view.fullText, true);
    view.fullTextNote.textContent =
      fullText === undefined
        ? t('search.fullTextUnavailable')
        : fullText.length === 0
          ? t('search.noFullText', { query })
          : '';
    view.status.textContent =
      hits.length === 0 && !fullText?.length
        ? t('search.noResults', { query })
        : t('search.count', { catalogue: hits.length, fullText: fullText?.length ?? 0, query });
  };
}

/** Calls `fn` once typing pauses for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
