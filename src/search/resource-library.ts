import type { UiStrings } from '../i18n/t.ts';
import { provideStrings, t } from '../i18n/island-t.ts';
import { loadCatalogue } from './catalogue-client.ts';
import type { FacetedResource } from './resource-facets.ts';
import { FACETS, filterResources, type FacetSelection } from './resource-facets.ts';
import { searchCatalogue } from './catalogue-search.ts';
import { tidyQuery } from './query-terms.ts';

/**
 * The resource library's filters: words (through the search catalogue) and facets for kind, topic and
 * audience. Resources that do not match are hidden on the page, which lists them all without JavaScript.
 */
export async function startLibrary(form: HTMLFormElement): Promise<void> {
  provideStrings(JSON.parse(form.dataset['strings'] ?? '{}') as UiStrings);
  const catalogue = await loadCatalogue();
  if (!catalogue) return;
  const resources: FacetedResource[] = catalogue.docs.flatMap((doc) =>
    doc.kind === 'resource' && doc.facets ? [{ id: doc.id, facets: doc.facets }] : [],
  );
  const articles = [...document.querySelectorAll<HTMLElement>('[data-resource-id]')];
  const words = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[data-library-status]')!;

  const update = () => {
    const data = new FormData(form);
    const ticked = (facet: (typeof FACETS)[number]) => new Set(data.getAll(facet).map(String));
    const selection: FacetSelection = { type: ticked('type'), topics: ticked('topics'), audience: ticked('audience') };
    const query = tidyQuery(words.value);
    const matching = query
      ? new Set(
          searchCatalogue(catalogue, query, { limit: resources.length, only: (doc) => doc.kind === 'resource' }).map(
            (hit) => hit.id,
          ),
        )
      : undefined;
    const { shown, counts } = filterResources(resources, selection, matching);
    const visible = new Set(shown);
    for (const article of articles) article.hidden = !visible.has(article.dataset['resourceId'] ?? '');
    for (const section of new Set(articles.map((a) => a.closest('section')))) {
      if (section) section.hidden = !section.querySelector('[data-resource-id]:not([hidden])');
    }
    for (const count of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, value] = (count.dataset['countFor'] ?? '').split(/:(.*)/s) as [keyof typeof counts, string];
      count.textContent = `(${counts[facet]?.get(value) ?? 0})`;
    }
    status.textContent =
      shown.length === 0
        ? t('search.library.none')
        : t('search.library.shown', { shown: shown.length, total: resources.length });
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset clears the fields after this event, so update once it has.
  form.addEventListener('reset', () => setTimeout(update));
  update();
}
