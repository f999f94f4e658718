import type { UiStrings } from '../i18n/t.ts';
import { provideStrings } from '../i18n/island-t.ts';
import { routes } from '../utils/routes.ts';
import { tidyQuery } from './query-terms.ts';
import { searchSession, warmUp } from './search-session.ts';

const part = <T extends HTMLElement>(root: HTMLElement, name: string) =>
  root.querySelector<T>(`[data-search-part="${name}"]`)!;

/**
 * The header's search dialog, loaded the first time its box gets focus: instant catalogue hits as the
 * learner types, full-text hits below, and a link to the search page with every result.
 */
export function startHeaderSearch(dialog: HTMLDialogElement): void {
  provideStrings(JSON.parse(dialog.dataset['strings'] ?? '{}') as UiStrings);
  warmUp();
  const input = part<HTMLInputElement>(dialog, 'input');
  const all = part<HTMLAnchorElement>(dialog, 'all');
  const run = searchSession(
    {
      catalogue: part(dialog, 'catalogue'),
      fullText: part(dialog, 'full-text'),
      status: part(dialog, 'status'),
      fullTextNote: part(dialog, 'full-text-note'),
    },
    { catalogue: 6, fullText: 5 },
  );
  // The trainers' guide is left out of learners' searches, but not of a search from one of its own pages.
  const guide = dialog.querySelector('[data-search-part="guide"]') !== null;
  const update = () => {
    const query = tidyQuery(input.value);
    all.href = routes.search(query, { guide });
    all.hidden = !query;
    void run(input.value, { guide });
  };
  input.addEventListener('input', update);
  // Down arrow moves from the box into the results; the results are links, so Tab and Enter work as usual.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [input, ...dialog.querySelectorAll<HTMLAnchorElement>('.results a:not([hidden])')];
    const at = links.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  });
  if (input.value) update();
}
