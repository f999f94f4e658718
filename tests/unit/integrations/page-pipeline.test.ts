import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../scripts/search-bundles.ts';
import { builtPathOf } from '../../../src/integrations/page-pipeline.ts';

// Which rendered pages the build hands to the search index, and under which path: the same pages, by
// the same paths, that indexing the built site finds.

describe('a rendered page’s path in the built site', () => {
  it('is its folder’s index.html, under the site’s folder or at the root', () => {
    expect(builtPathOf('/courses/listening/', '/')).toBe('courses/listening/index.html');
    expect(builtPathOf('/learning/courses/listening/', '/learning/')).toBe('courses/listening/index.html');
    expect(builtPathOf('/learning/', '/learning/')).toBe('index.html');
    expect(builtPathOf('/404.html', '/')).toBe('404.html');
  });

  it('is decoded, as the file Astro writes is named', () => {
    expect(builtPathOf('/glossary/caf%C3%A9/', '/')).toBe('glossary/café/index.html');
  });
});

describe('the bundle a page is indexed into', () => {
  it('is the learners’ for courses, talks, resources and the glossary, and the guide’s for the trainers’ pages', () => {
    expect(bundleOf('courses/listening/seeing/index.html')).toBe('learners');
    expect(bundleOf('talks/judgement/index.html')).toBe('learners');
    expect(bundleOf('resources/index.html')).toBe('learners');
    expect(bundleOf('glossary/index.html')).toBe('learners');
    expect(bundleOf('trainers/modules/index.html')).toBe('guide');
  });

  it('is none for the home page, search, My learning, the offline page and files that are not pages', () => {
    for (const path of ['index.html', 'search/index.html', 'my-learning/index.html', 'offline/index.html', '404.html'])
      expect(bundleOf(path), path).toBeUndefined();
    expect(bundleOf('search/catalogue.json')).toBeUndefined();
  });
});
