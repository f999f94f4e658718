import { describe, expect, it } from 'vitest';
import { pagefindFilters } from '../../../src/search/pagefind-filters.ts';

describe('pagefindFilters', () => {
  it('gives one `key:value` per value, as Pagefind reads one per element', () => {
    expect(
      pagefindFilters({ type: 'module', courses: ['Listening to children'], topics: ['article 12', 'voice'] }),
    ).toEqual(['type:module', 'course:Listening to children', 'topic:article 12', 'topic:voice']);
  });

  it('gives a page in two courses both', () => {
    expect(pagefindFilters({ type: 'talk', courses: ['A', 'B'] })).toEqual(['type:talk', 'course:A', 'course:B']);
  });

  it('leaves out a missing course', () => {
    expect(pagefindFilters({ type: 'talk' })).toEqual(['type:talk']);
  });
});
