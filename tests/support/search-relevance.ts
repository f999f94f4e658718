import { RELEVANCE_CASES, type RelevanceCase, type RelevanceKind } from './relevance-cases.ts';

export { RELEVANCE_CASES, type RelevanceCase, type RelevanceKind };

/**
 * The share of the tuning cases (those not locked) whose expected page must be in each engine's top
 * five: the tests hold search to what it reached, so that a change that makes it worse fails. The
 * locked cases are measured by `npm run bench:search` against the goal of 95%, never asserted, so that
 * nobody tunes to them. The instant results know only titles, summaries and outlines, not a page's
 * text, so a situation told in a case's story is beyond many of them.
 */
export const TOP_FIVE_FLOOR = { catalogue: 0.92, fullText: 0.95 };

/** The page of an address: without its anchor or query, which the full-text index adds for highlighting. */
export const pageOf = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Where the first answering page is in a list of results (1-based), or undefined. `page` compares
 * pages only, for the full-text index, which finds pages rather than glossary entries or resources.
 */
export function rankOf(
  results: readonly string[],
  expected: readonly string[],
  { page = false }: { page?: boolean } = {},
): number | undefined {
  const key = page ? pageOf : (url: string) => url;
  const wanted = new Set(expected.map(key));
  const at = results.findIndex((url) => wanted.has(key(url)));
  return at < 0 ? undefined : at + 1;
}

/** Top-five rate and mean reciprocal rank, from the rank (1-based, or undefined) of each expected page. */
export function relevanceScores(ranks: (number | undefined)[]): { topFive: number; mrr: number } {
  const n = ranks.length || 1;
  return {
    topFive: ranks.filter((rank) => rank !== undefined && rank <= 5).length / n,
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n,
  };
}

/** What one engine did with one case: the answering page's rank and how many results there were. */
export interface CaseOutcome {
  rank: number | undefined;
  results: number;
}

/**
 * An engine's scores on the tuning cases and on the locked ones apart, by kind, and the queries that
 * found nothing at all (every case has a page that answers it) or missed the top five.
 */
export function relevanceReport(cases: readonly RelevanceCase[], outcomes: readonly CaseOutcome[]) {
  const scoresOf = (keep: (c: RelevanceCase) => boolean) => {
    const ranks = cases.flatMap((c, i) => (keep(c) ? [outcomes[i]!.rank] : []));
    return { cases: ranks.length, ...relevanceScores(ranks) };
  };
  const kinds = [...new Set(cases.map((c) => c.kind))] as RelevanceKind[];
  return {
    tuning: scoresOf((c) => !c.locked),
    locked: scoresOf((c) => c.locked === true),
    all: scoresOf(() => true),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, scoresOf((c) => c.kind === kind)])),
    noResult: cases.filter((_, i) => outcomes[i]!.results === 0).map((c) => c.query),
    missed: cases
      .filter((_, i) => !(outcomes[i]!.rank! <= 5))
      .map((c) => ({ query: c.query, locked: c.locked === true, rank: outcomes[cases.indexOf(c)]!.rank ?? null })),
  };
}
