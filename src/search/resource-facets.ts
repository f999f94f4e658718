import type { ResourceFacets } from './catalogue-entries.ts';

export const FACETS = ['type', 'topics', 'audience'] as const;
export type FacetName = (typeof FACETS)[number];

/** The values ticked in each facet; an empty set leaves that facet open. */
export type FacetSelection = Record<FacetName, ReadonlySet<string>>;

export interface FacetedResource {
  id: string;
  facets: ResourceFacets;
}

const valuesOf = (facets: ResourceFacets, facet: FacetName): readonly string[] =>
  facet === 'type' ? [facets.type] : facets[facet];

/**
 * Whether a resource passes one facet: any ticked value will do. A resource with no audience is for
 * everyone, so it passes any audience.
 */
function passes(resource: FacetedResource, facet: FacetName, selection: FacetSelection): boolean {
  const wanted = selection[facet];
  if (wanted.size === 0) return true;
  const values = valuesOf(resource.facets, facet);
  if (facet === 'audience' && values.length === 0) return true;
  return values.some((value) => wanted.has(value));
}

export interface FacetResult {
  /** Ids of the resources to show, in the order given. */
  shown: string[];
  /** For each facet value, how many resources would show if it were ticked too. */
  counts: Record<FacetName, Map<string, number>>;
}

/**
 * The faceted library: values within a facet widen the choice (OR), facets narrow it (AND), and words,
 * when given, keep only the resources the catalogue found (`matching`). Each count is worked out against
 * every other facet, so ticking a value never hides its neighbours' counts.
 */
export function filterResources(
  resources: readonly FacetedResource[],
  selection: FacetSelection,
  matching?: ReadonlySet<string>,
): FacetResult {
  const candidates = matching ? resources.filter((r) => matching.has(r.id)) : resources;
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetResult['counts'];
  for (const facet of FACETS) {
    const others = FACETS.filter((f) => f !== facet);
    for (const resource of candidates) {
      if (!others.every((other) => passes(resource, other, selection))) continue;
      for (const value of valuesOf(resource.facets, facet)) {
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
      }
    }
  }
  return {
    shown: candidates.filter((r) => FACETS.every((facet) => passes(r, facet, selection))).map((r) => r.id),
    counts,
  };
}
