import { describe, expect, it } from 'vitest';
import { filterResources, type FacetedResource, type FacetSelection } from '../../../src/search/resource-facets.ts';

const resources: FacetedResource[] = [
  { id: 'a', facets: { type: 'report', topics: ['risk', 'reviews'], audience: ['Social workers'] } },
  { id: 'b', facets: { type: 'research', topics: ['risk'], audience: [] } },
  { id: 'c', facets: { type: 'guidance', topics: ['voice'], audience: ['Teachers'] } },
];
const select = (s: Partial<Record<keyof FacetSelection, readonly string[]>>): FacetSelection => ({
  type: new Set(s.type),
  topics: new Set(s.topics),
  audience: new Set(s.audience),
});

describe('filterResources', () => {
  it.each([
    ['nothing ticked', {}, undefined, ['a', 'b', 'c']],
    ['one type', { type: ['report'] }, undefined, ['a']],
    ['two types widen the choice', { type: ['report', 'guidance'] }, undefined, ['a', 'c']],
    ['a type and a topic narrow it', { type: ['report', 'guidance'], topics: ['risk'] }, undefined, ['a']],
    ['no audience means everyone', { audience: ['Teachers'] }, undefined, ['b', 'c']],
    ['words keep only what the catalogue found', {}, new Set(['c', 'b']), ['b', 'c']],
    ['nothing matches', { type: ['tool'] }, undefined, []],
  ] as const)('%s', (_, selection, matching, shown) => {
    expect(filterResources(resources, select(selection), matching).shown).toEqual(shown);
  });

  it('counts each value against the other facets, not its own', () => {
    const { counts } = filterResources(resources, select({ type: ['report'], topics: ['risk'] }));
    expect(Object.fromEntries(counts.type)).toEqual({ report: 1, research: 1 });
    expect(Object.fromEntries(counts.topics)).toEqual({ risk: 1, reviews: 1 });
  });
});
