import type { UiStrings } from '../i18n/t.ts';
import { provideStrings } from '../i18n/island-t.ts';
import type { FullTextFilters } from './full-text.ts';
import { INCLUDE_GUIDE } from '../utils/routes.ts';
import { tidyQuery } from './query-terms.ts';
import { searchSession, warmUp } from './search-session.ts';

const FILTER_NAMES = ['type', 'course', 'topic'] as const;

/**
 * The search page. Its query and filters live in the address (`?q=…&type=…`), so a search can be shared
 * and the back button returns to the previous one: the first keystroke of a new query adds a history
 * entry, later keystrokes update it.
 */
export function startSearchPage(form: HTMLFormElement): void {
  provideStrings(JSON.parse(form.dataset['strings'] ?? '{}') as UiStrings);
  warmUp();
  const box = form.querySelector<HTMLInputElement>('[data-search-page-box]')!;
  const selects = FILTER_NAMES.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!);
  const guide = form.querySelector<HTMLInputElement>(`input[name="${INCLUDE_GUIDE.name}"]`)!;
  const area = document.querySelector<HTMLElement>('[data-search-page-results]')!;
  const part = (name: string) => area.querySelector<HTMLElement>(`[data-search-part="${name}"]`)!;
  const run = searchSession({
    catalogue: part('catalogue'),
    fullText: part('full-text'),
    status: part('status'),
    fullTextNote: part('full-text-note'),
    more: area.querySelector<HTMLButtonElement>('[data-search-part="more"]') ?? undefined,
  });
  const filters = (): FullTextFilters => ({
    ...Object.fromEntries(selects.map((s) => [s.name, s.value])),
    guide: guide.checked,
  });
  const search = () => void run(box.value, filters());

  let editing = false;
  const record = (mode: 'push' | 'replace') => {
    const params = new URLSearchParams();
    const query = tidyQuery(box.value);
    if (query) params.set('q', query);
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    if (guide.checked) params.set(guide.name, guide.value);
    const url = params.size > 0 ? `${location.pathname}?${params}` : location.pathname;
    if (url !== `${location.pathname}${location.search}`) history[`${mode}State`](null, '', url);
  };
  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    box.value = tidyQuery(params.get('q') ?? '');
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    guide.checked = params.get(guide.name) === guide.value;
    editing = false;
    search();
  };

  box.addEventListener('input', () => {
    record(editing ? 'replace' : 'push');
    editing = true;
    search();
  });
  for (const control of [...selects, guide])
    control.addEventListener('change', () => {
      record('push');
      editing = false;
      search();
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    record(editing ? 'replace' : 'push');
    editing = false;
    search();
  });
  addEventListener('popstate', fromAddress);
  // Whatever was typed while this module loaded counts as the start of a new query.
  if (box.value && !new URLSearchParams(location.search).has('q')) box.dispatchEvent(new Event('input'));
  else fromAddress();
}
