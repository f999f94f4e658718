import { describe, expect, it } from 'vitest';
import { reflectionJournal } from '../../../src/components/learning/reflection-journal.ts';
import { emptyProgress } from '../../../src/progress/document.ts';

const pages = {
  'current-module': { id: 'current-module', title: 'Current module', href: '/courses/c/current-module/' },
};

describe('reflectionJournal', () => {
  const document = {
    ...emptyProgress(),
    modules: {
      'removed-module': {
        courseId: 'c',
        title: 'Removed module',
        cpdMinutes: 10,
        visitedAt: '2026-11-01T09:00:00.000Z',
        completedAt: null,
        completedBy: null,
        updatedAt: '2026-11-01T09:00:00.000Z',
      },
    },
    reflections: {
      older: { pageId: 'current-module', text: '<b>kept as typed</b>', updatedAt: '2026-11-02T09:00:00.000Z' },
      newer: { pageId: 'removed-module', text: 'On a removed page', updatedAt: '2026-11-05T09:00:00.000Z' },
      unknown: { pageId: 'never-seen', text: 'No record of the page', updatedAt: '2026-11-03T09:00:00.000Z' },
      blank: { pageId: 'current-module', text: '   ', updatedAt: '2026-11-06T09:00:00.000Z' },
    },
  };

  it('lists reflections newest first, leaving out empty ones', () => {
    expect(reflectionJournal(document, pages).map((entry) => entry.id)).toEqual(['newer', 'unknown', 'older']);
  });

  it('names the page from the site, then from the kept record, then by its id', () => {
    expect(reflectionJournal(document, pages).map(({ pageTitle, href }) => [pageTitle, href])).toEqual([
      ['Removed module', null],
      ['never-seen', null],
      ['Current module', '/courses/c/current-module/'],
    ]);
  });

  it('keeps the text exactly as written', () => {
    expect(reflectionJournal(document, pages).at(-1)?.text).toBe('<b>kept as typed</b>');
  });
});
