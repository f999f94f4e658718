/**
 * Queries a learner might type, each with the page that should come back in the top five, written from
 * the real content in content/: exact terms, the words practitioners use for the same thing,
 * misspellings and phrases. `expected` is the catalogue's address (glossary terms and resources have an
 * anchor on their page); the full-text index finds pages, so it is judged on the address without anchor.
 */
export interface RelevanceCase {
  query: string;
  expected: string;
  kind: 'exact' | 'synonym' | 'misspelling' | 'phrase';
}

const adm = '/courses/assessment-and-decision-making';
const jfa = '/courses/judgement-in-family-assessments';
const ltc = '/courses/listening-to-children';

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Exact terms, as they appear in titles, tags and glossary entries.
  { query: 'triangulation', expected: '/glossary/#triangulation', kind: 'exact' },
  { query: 'respectful uncertainty', expected: `${adm}/respectful-uncertainty-in-practice/`, kind: 'exact' },
  { query: 'disguised compliance', expected: '/glossary/#disguised-compliance', kind: 'exact' },
  { query: 'Lundy model', expected: `${ltc}/lundys-model/`, kind: 'exact' },
  { query: 'calibration', expected: `${jfa}/confidence-and-calibration/`, kind: 'exact' },
  { query: 'confirmation bias', expected: '/glossary/#confirmation-bias', kind: 'exact' },
  { query: 'chronology', expected: '/glossary/#chronology', kind: 'exact' },
  { query: 'Article 12', expected: `${ltc}/article-12-and-the-law/`, kind: 'exact' },
  { query: 'sense-making', expected: `${jfa}/sense-making-and-peer-aided-judgement/`, kind: 'exact' },
  { query: 'Working Together', expected: '/resources/#working-together-2023', kind: 'exact' },
  { query: 'Victoria Climbié', expected: '/resources/#laming-2003', kind: 'exact' },
  { query: 'Munro review', expected: '/resources/#munro-review-2011', kind: 'exact' },
  { query: 'Signs of Safety', expected: '/glossary/#signs-of-safety', kind: 'exact' },
  { query: 'Graded Care Profile', expected: '/resources/#graded-care-profile-2', kind: 'exact' },
  { query: 'escalation', expected: `${adm}/escalation-and-supervision/`, kind: 'exact' },
  { query: 'intuition and analysis', expected: '/talks/intuition-and-analysis/', kind: 'exact' },
  { query: 'Brier score', expected: '/glossary/#brier-score', kind: 'exact' },
  { query: 'was not brought', expected: '/glossary/#was-not-brought', kind: 'exact' },
  { query: 'rule of optimism', expected: '/glossary/#rule-of-optimism', kind: 'exact' },
  // The words practitioners use for the same thing.
  { query: 'gut feeling', expected: '/glossary/#intuition', kind: 'synonym' },
  { query: 'county lines', expected: '/glossary/#criminal-exploitation', kind: 'synonym' },
  { query: 'professional challenge', expected: '/glossary/#escalation', kind: 'synonym' },
  { query: 'checking what parents tell you', expected: `${adm}/when-the-household-changes/`, kind: 'synonym' },
  { query: 'voice of the child', expected: `${ltc}/seeing-and-hearing-the-child/`, kind: 'synonym' },
  { query: "child's wishes and feelings", expected: '/glossary/#wishes-and-feelings', kind: 'synonym' },
  { query: 'System 1 and System 2', expected: '/glossary/#dual-process-theory', kind: 'synonym' },
  { query: 'strategy meeting', expected: '/glossary/#strategy-discussion', kind: 'synonym' },
  { query: 'mental shortcut', expected: '/glossary/#heuristic', kind: 'synonym' },
  { query: 'overconfident', expected: '/glossary/#overconfidence', kind: 'synonym' },
  { query: 'serious case review', expected: `${adm}/why-assessment-matters/`, kind: 'synonym' },
  // Misspellings.
  { query: 'triangluation', expected: '/glossary/#triangulation', kind: 'misspelling' },
  { query: 'respectfull uncertainty', expected: `${adm}/respectful-uncertainty-in-practice/`, kind: 'misspelling' },
  { query: 'disgused compliance', expected: '/glossary/#disguised-compliance', kind: 'misspelling' },
  { query: 'calibraton', expected: `${jfa}/confidence-and-calibration/`, kind: 'misspelling' },
  { query: 'chronolgy', expected: '/glossary/#chronology', kind: 'misspelling' },
  { query: 'intution', expected: '/glossary/#intuition', kind: 'misspelling' },
  { query: 'escalaton', expected: `${adm}/escalation-and-supervision/`, kind: 'misspelling' },
  // Phrases.
  { query: 'new partner prison', expected: `${adm}/when-the-household-changes/`, kind: 'phrase' },
  {
    query: 'what does the research say about new partners',
    expected: '/resources/#myth-of-invisible-men',
    kind: 'phrase',
  },
  { query: 'voice is not enough', expected: '/resources/#lundy-2007', kind: 'phrase' },
  { query: 'when a family will not engage', expected: `${adm}/reluctant-and-sporadic-engagement/`, kind: 'phrase' },
  { query: "what is the child's day like", expected: `${adm}/the-childs-daily-life/`, kind: 'phrase' },
  { query: 'how sure should I be', expected: `${jfa}/confidence-and-calibration/`, kind: 'phrase' },
  { query: 'from description to analysis', expected: `${jfa}/from-description-to-analysis/`, kind: 'phrase' },
  { query: 'errors of reasoning', expected: `${jfa}/common-errors-of-reasoning/`, kind: 'phrase' },
];

/** The share of cases whose expected page must be in an engine's top five. */
export const TOP_FIVE_TARGET = 0.9;

/** Top-five rate and mean reciprocal rank, from the rank (1-based, or undefined) of each expected page. */
export function relevanceScores(ranks: (number | undefined)[]): { topFive: number; mrr: number } {
  const n = ranks.length || 1;
  return {
    topFive: ranks.filter((rank) => rank !== undefined && rank <= 5).length / n,
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n,
  };
}

/** The page of an address: without its anchor or query, which the full-text index adds for highlighting. */
export const pageOf = (url: string) => url.replace(/[?#].*$/, '');
