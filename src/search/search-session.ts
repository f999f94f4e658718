import { t } from '../i18n/island-t.ts';
import { loadCatalogue } from './catalogue-client.ts';
import { correctSpelling, searchCatalogue } from './catalogue-search.ts';
import { loadPagefind, searchFullText, type FullTextFilters, type FullTextPage } from './full-text.ts';
import { tidyQuery } from './query-terms.ts';
import { appendFullTextHits, renderCatalogueHits, renderFullTextHits } from './render.ts';

/** The parts of a search box's results area; the header dialog and the search page both have them. */
export interface ResultsView {
  catalogue: HTMLElement;
  fullText: HTMLElement;
  /** A polite live region: what was found, or that nothing was. */
  status: HTMLElement;
  /** Where full-text search explains that it is unavailable or found nothing. */
  fullTextNote: HTMLElement;
  /** Shows the next page of full-text results; without it, only the first page is shown. */
  more?: HTMLButtonElement | undefined;
}

/** Fetches both indexes as soon as a search box has focus, so the first keystroke is answered at once. */
export function warmUp(): void {
  void loadCatalogue();
  void loadPagefind();
}

const show = (el: HTMLElement, visible: boolean) => el.closest('section')?.toggleAttribute('hidden', !visible);

/**
 * A search over both engines for one results area. The catalogue answers on every keystroke; full text
 * follows, a page of `limits.fullText` results at a time. A newer query always wins: answers to older
 * ones are dropped when they arrive late.
 */
export function searchSession(view: ResultsView, limits = { catalogue: 8, fullText: 5 }) {
  let latest = 0;
  /** The full-text query on screen, which the More button continues. */
  let shown: { query: string; results?: FullTextPage | undefined; count: number; total: number } = {
    query: '',
    count: 0,
    total: 0,
  };

  const offerMore = () => {
    if (!view.more) return;
    const remaining = shown.total - shown.count;
    view.more.hidden = remaining <= 0;
    view.more.textContent = t('search.more', { remaining });
  };

  // The button stays enabled while the next page loads (a disabled button would drop keyboard focus);
  // a second press meanwhile is ignored.
  let loadingMore = false;
  const showMore = async () => {
    if (loadingMore) return;
    const mine = latest;
    loadingMore = true;
    const next = await shown.results?.next(shown.count, limits.fullText).catch(() => null);
    loadingMore = false;
    if (mine !== latest) return;
    if (!next) {
      view.status.textContent = t('search.moreFailed');
      return;
    }
    const first = appendFullTextHits(view.fullText, next);
    shown.count += next.length;
    view.status.textContent = t('search.shown', { shown: shown.count, total: shown.total, query: shown.query });
    offerMore();
    // The learner carries on reading where the new results start.
    first?.focus();
  };
  view.more?.addEventListener('click', () => void showMore());

  return async function run(input: string, filters: FullTextFilters = {}): Promise<void> {
    const mine = ++latest;
    const query = tidyQuery(input);
    shown = { query, count: 0, total: 0 };
    offerMore();
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

    // A file of the index that cannot be fetched (offline, and not fetched on this device before) fails
    // the search, as if there were no index: the note below says why.
    const fullText = await searchFullText(query, filters, {
      limit: limits.fullText,
      ...(catalogue && { correct: (word) => correctSpelling(catalogue, word), searchWords: catalogue.searchWords }),
    }).catch(() => undefined);
    if (mine !== latest) return;
    renderFullTextHits(view.fullText, fullText?.hits ?? []);
    show(view.fullText, true);
    // The More button continues this search.
    shown = { query, results: fullText, count: fullText?.hits.length ?? 0, total: fullText?.total ?? 0 };
    offerMore();
    const note = fullTextNote(fullText, query);
    view.fullTextNote.textContent = note;
    const count =
      hits.length === 0 && !fullText?.total
        ? t('search.noResults', { query })
        : t('search.count', { catalogue: hits.length, fullText: fullText?.total ?? 0, query });
    // The note is shown beside the full-text results; a screen reader hears it with the count, as the
    // status is the one part of the results announced.
    view.status.replaceChildren(count, ...(note ? [visuallyHidden(` ${note}`)] : []));
  };
}

/**
 * What the learner is told about the full-text results when they are not simply the pages with every
 * word typed: which words found them, and the course's words searched for the learner's.
 */
function fullTextNote(fullText: FullTextPage | undefined, query: string): string {
  // Offline, a word whose part of the index this device has not fetched before finds nothing.
  if (!navigator.onLine && !fullText?.total) return t('search.offline');
  if (fullText === undefined) return t('search.fullTextUnavailable');
  if (fullText.total === 0) return t('search.noFullText', { query });
  const list = (words: readonly string[]) => ({ words: words.join(', ') });
  return [
    fullText.fewerWords && t('search.fewerWords', list(fullText.fewerWords)),
    fullText.alsoWords && t('search.alsoWords', list(fullText.alsoWords)),
    fullText.courseWords && t('search.courseWords', list(fullText.courseWords)),
  ]
    .filter(Boolean)
    .join(' ');
}

function visuallyHidden(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}

/** Calls `fn` once typing pauses for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
