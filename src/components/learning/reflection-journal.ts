import type { ProgressDocument } from '../../progress/document.ts';
import type { OutlineEntry } from './learning-catalogue.ts';

export interface JournalEntry {
  id: string;
  /** The learner's own words: always shown as text, never as markup. */
  text: string;
  updatedAt: string;
  /** The module or talk it was written on. */
  pageTitle: string;
  /** Where the page is now; null when it is no longer on the site. */
  href: string | null;
}

/**
 * Every reflection the learner has written, newest first, with the page it belongs to. A page no
 * longer on the site is named from the title kept in its progress record, or failing that its id.
 */
export function reflectionJournal(document: ProgressDocument, pages: Record<string, OutlineEntry>): JournalEntry[] {
  return Object.entries(document.reflections)
    .filter(([, note]) => note.text.trim() !== '')
    .map(([id, note]) => {
      const page = Object.hasOwn(pages, note.pageId) ? pages[note.pageId] : undefined;
      const kept = document.modules[note.pageId] ?? document.talks[note.pageId];
      return {
        id,
        text: note.text,
        updatedAt: note.updatedAt,
        pageTitle: page?.title ?? kept?.title ?? note.pageId,
        href: page?.href ?? null,
      };
    })
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
}
