import { describe, expect, it } from 'vitest';
import { emptyProgress, parseDocument, serializeDocument } from '../../../src/progress/document.ts';
import { memoryPersistence } from '../../../src/progress/persistence.ts';
import { siteKey, siteScoped } from '../../../src/progress/site-storage.ts';
import { createProgressStore, PROGRESS_KEY } from '../../../src/progress/store.ts';
import { UNDO_KEY } from '../../../src/progress/transfer.ts';
import { sharedStorage } from '../../support/tabs.ts';

const at = '2026-11-20T10:00:00.000Z';
const withModule = (id: string) =>
  serializeDocument({
    ...emptyProgress(),
    modules: Object.assign(Object.create(null) as Record<string, never>, {
      [id]: {
        courseId: 'listening-to-children',
        title: id,
        cpdMinutes: 30,
        visitedAt: at,
        completedAt: at,
        completedBy: 'learner',
        updatedAt: at,
      },
    }),
  });
const modulesIn = (text: string | null) => {
  const result = parseDocument(text ?? '');
  return result.status === 'ok' ? Object.keys(result.document.modules).sort() : result.status;
};

describe('site keys', () => {
  it.each([
    ['/', PROGRESS_KEY, 'triangulate:progress'],
    ['/', UNDO_KEY, 'triangulate:progress:undo-import'],
    ['/learning/', PROGRESS_KEY, 'triangulate@/learning/:progress'],
    ['/learning/', UNDO_KEY, 'triangulate@/learning/:progress:undo-import'],
    ['/a/b/', 'triangulate:', 'triangulate@/a/b/:'],
  ])('under %s, %s is kept as %s', (base, key, expected) => {
    expect(siteKey(base, key)).toBe(expected);
  });

  it('gives no site a prefix that starts another site’s keys', () => {
    const bases = ['/', '/learning/', '/learning/more/', '/learn/'];
    for (const a of bases)
      for (const b of bases)
        if (a !== b) expect(siteKey(b, PROGRESS_KEY).startsWith(siteKey(a, 'triangulate:'))).toBe(false);
  });
});

describe('two sites on one host', () => {
  it('neither reads, lists, overwrites nor deletes the other’s progress', () => {
    const shared = sharedStorage();
    const learning = createProgressStore(siteScoped(shared.tab(), '/learning/'));
    const induction = createProgressStore(siteScoped(shared.tab(), '/induction/'));
    learning.replace(parseDocumentOk(withModule('lundys-model')));
    induction.replace(parseDocumentOk(withModule('article-12-and-the-law')));

    expect(Object.keys(learning.read().modules)).toEqual(['lundys-model']);
    expect(Object.keys(induction.read().modules)).toEqual(['article-12-and-the-law']);

    learning.clear();
    expect(Object.keys(learning.read().modules)).toEqual([]);
    expect(modulesIn(shared.items.get('triangulate@/induction/:progress') ?? null)).toEqual(['article-12-and-the-law']);
    expect([...shared.items.keys()].filter((key) => key.startsWith('triangulate@/learning/:'))).toEqual([
      'triangulate@/learning/:progress:epoch',
    ]);
  });

  it('lists a site’s own keys by the names the store uses', () => {
    const storage = memoryPersistence({ 'triangulate@/learning/:progress': '{}', 'triangulate:progress': '{}' });
    expect(siteScoped(storage, '/learning/').keys('triangulate:')).toEqual([PROGRESS_KEY]);
    expect(siteScoped(storage, '/').keys('triangulate:')).toEqual([PROGRESS_KEY]);
  });

  it('keeps a root site’s progress where earlier versions saved it, and a folder’s apart from it', () => {
    const shared = sharedStorage();
    shared.tab().write(PROGRESS_KEY, withModule('lundys-model'));
    const root = createProgressStore(siteScoped(shared.tab(), '/'));
    const folder = createProgressStore(siteScoped(shared.tab(), '/learning/'));
    expect(Object.keys(root.read().modules)).toEqual(['lundys-model']);
    expect(Object.keys(folder.read().modules)).toEqual([]);
    root.clear();
    folder.replace(parseDocumentOk(withModule('article-12-and-the-law')));
    expect(modulesIn(shared.items.get('triangulate@/learning/:progress') ?? null)).toEqual(['article-12-and-the-law']);
  });
});

function parseDocumentOk(text: string) {
  const result = parseDocument(text);
  if (result.status !== 'ok') throw new Error(result.status);
  return result.document;
}
