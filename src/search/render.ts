import type { UiKey } from '../i18n/t.ts';
import { t } from '../i18n/island-t.ts';
import type { CatalogueHit } from './catalogue-search.ts';
import type { ExcerptPart } from './excerpt.ts';
import type { FullTextHit } from './full-text.ts';
import { localAddress } from '../utils/routes.ts';

/** An element with text content only: results are never built from HTML strings. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = localAddress(href);
  return anchor;
}

function excerpt(parts: ExcerptPart[]): HTMLParagraphElement {
  const paragraph = element('p', 'excerpt');
  for (const part of parts) paragraph.append(part.marked ? element('mark', undefined, part.text) : part.text);
  return paragraph;
}

const typeLabel = (type: string | undefined) => (type ? t(`search.type.${type}` as UiKey) : '');

/** Fills a list with catalogue hits: title, kind and a line of context. */
export function renderCatalogueHits(list: HTMLElement, hits: CatalogueHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = element('li', 'hit');
      item.append(link(hit.url, hit.title), element('span', 'kind', typeLabel(hit.kind)));
      if (hit.context) item.append(element('span', 'context', hit.context));
      return item;
    }),
  );
}

/** A full-text hit: the page, its excerpt, and the sections where the words appear. */
function fullTextItem(hit: FullTextHit): HTMLLIElement {
  const item = element('li', 'hit');
  item.append(link(hit.url, hit.title), element('span', 'kind', typeLabel(hit.type)));
  // The page's excerpt repeats its best section's, so it is shown only when there are no sections.
  if (hit.sections.length === 0) item.append(excerpt(hit.excerpt));
  else {
    const sections = element('ul', 'sections');
    for (const section of hit.sections) {
      const sub = element('li');
      sub.append(link(section.url, section.title), excerpt(section.excerpt));
      sections.append(sub);
    }
    item.append(sections);
  }
  return item;
}

/** Fills a list with full-text hits. */
export function renderFullTextHits(list: HTMLElement, hits: FullTextHit[]): void {
  list.replaceChildren(...hits.map(fullTextItem));
}

/** Adds the next page of full-text hits to a list; returns the first one's link, for focus. */
export function appendFullTextHits(list: HTMLElement, hits: FullTextHit[]): HTMLAnchorElement | undefined {
  const items = hits.map(fullTextItem);
  list.append(...items);
  return items[0]?.querySelector('a') ?? undefined;
}
