import { describe, expect, it } from 'vitest';
import { pagefindFilters } from '../../../src/search/pagefind-filters.ts';

describe('pagefindFilters', () => {
  it('gives one `key:value` per value, as Pagefind reads one per element', () => {
    expect(
      pagefindFilters({ type: 'module', course: 'Listening to children', topics: ['article 12', 'voice'] }),
    ).toEqual(['type:module', 'course:Listening to children', 'topic:article 12', 'topic:voice']);
  });

  it('leaves out a missing course', () => {
    expect(pagefindFilters({ type: 'talk' })).toEqual(['type:talk']);
  });
});
