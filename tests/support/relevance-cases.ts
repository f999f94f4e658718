/**
 * Queries as practitioners, parents and students ask them, each with the page or pages that answer it,
 * written by reading the content in content/ and never by looking at search results. `expected` holds
 * catalogue addresses (glossary terms and resources have an anchor on their page); any one of them in
 * the top five counts. Cases marked `locked` were written blind and are never tuned against: they are
 * reported apart, as the honest measure of how search does on queries nobody has fitted it to.
 */

/** Kinds of query, as practitioners ask. */
export type RelevanceKind = 'exact' | 'everyday' | 'paraphrase' | 'question' | 'misspelling' | 'situation';

export interface RelevanceCase {
  query: string;
  /** The page(s) that answer it, as catalogue addresses (see below); any one of them in the top five counts. */
  expected: string[];
  kind: RelevanceKind;
  /** Written without seeing any search result and never tuned against: reported apart. */
  locked?: true;
}

const adm = '/courses/assessment-and-decision-making';
const jfa = '/courses/judgement-in-family-assessments';
const ltc = '/courses/listening-to-children';

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Exact terms, as they appear in titles, tags, glossary entries, resource titles and authors.
  {
    query: 'triangulation',
    expected: ['/glossary/#triangulation', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'exact',
  },
  { query: 'respectful uncertainty', expected: [`${adm}/respectful-uncertainty-in-practice/`], kind: 'exact' },
  {
    query: 'disguised compliance',
    expected: ['/glossary/#disguised-compliance', `${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'exact',
  },
  { query: 'Lundy model', expected: [`${ltc}/lundys-model/`, '/glossary/#lundy-model'], kind: 'exact' },
  { query: 'calibration', expected: [`${jfa}/confidence-and-calibration/`, '/glossary/#calibration'], kind: 'exact' },
  {
    query: 'confirmation bias',
    expected: ['/glossary/#confirmation-bias', `${jfa}/common-errors-of-reasoning/`],
    kind: 'exact',
  },
  {
    query: 'chronology',
    expected: ['/glossary/#chronology', '/resources/#care-inspectorate-chronologies-2017'],
    kind: 'exact',
  },
  { query: 'Article 12', expected: [`${ltc}/article-12-and-the-law/`, '/glossary/#article-12'], kind: 'exact' },
  {
    query: 'sense-making',
    expected: [
      `${jfa}/sense-making-and-peer-aided-judgement/`,
      '/glossary/#sense-making',
      '/talks/sense-making-with-colleagues/',
    ],
    kind: 'exact',
  },
  {
    query: 'Working Together',
    expected: ['/resources/#working-together-2023', '/resources/#working-together-2013'],
    kind: 'exact',
  },
  { query: 'Victoria Climbié', expected: ['/resources/#laming-2003'], kind: 'exact' },
  {
    query: 'Munro review',
    expected: [
      '/resources/#munro-review-2011',
      '/resources/#munro-review-2010',
      '/resources/#munro-review-2011-childs-journey',
    ],
    kind: 'exact',
  },
  {
    query: 'Signs of Safety',
    expected: ['/glossary/#signs-of-safety', `${jfa}/from-description-to-analysis/`],
    kind: 'exact',
  },
  {
    query: 'Graded Care Profile',
    expected: ['/resources/#graded-care-profile-2', '/glossary/#graded-care-profile'],
    kind: 'exact',
  },
  { query: 'escalation', expected: [`${adm}/escalation-and-supervision/`, '/glossary/#escalation'], kind: 'exact' },
  {
    query: 'intuition and analysis',
    expected: ['/talks/intuition-and-analysis/', `${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'exact',
  },
  { query: 'Brier score', expected: ['/glossary/#brier-score', `${jfa}/confidence-and-calibration/`], kind: 'exact' },
  {
    query: 'was not brought',
    expected: ['/glossary/#was-not-brought', `${adm}/the-childs-daily-life/`],
    kind: 'exact',
  },
  {
    query: 'rule of optimism',
    expected: ['/glossary/#rule-of-optimism', '/resources/#dingwall-eekelaar-murray-2014'],
    kind: 'exact',
  },
  {
    query: 'diagnostic overshadowing',
    expected: [
      '/glossary/#diagnostic-overshadowing',
      `${jfa}/common-errors-of-reasoning/`,
      `${adm}/the-childs-daily-life/`,
    ],
    kind: 'exact',
    locked: true,
  },
  {
    query: 'start again syndrome',
    expected: ['/glossary/#start-again-syndrome', `${jfa}/common-errors-of-reasoning/`, '/resources/#brandon-2008'],
    kind: 'exact',
  },
  {
    query: 'Decision-Making Ecology',
    expected: ['/glossary/#decision-making-ecology', '/resources/#baumann-2011', `${adm}/escalation-and-supervision/`],
    kind: 'exact',
    locked: true,
  },
  {
    query: 'quasi-rationality',
    expected: ['/glossary/#quasi-rationality', `${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'exact',
  },
  {
    query: 'The Myth of Invisible Men',
    expected: ['/resources/#myth-of-invisible-men', `${adm}/when-the-household-changes/`],
    kind: 'exact',
    locked: true,
  },
  { query: 'It was hard to escape', expected: ['/resources/#csprp-it-was-hard-to-escape-2020'], kind: 'exact' },
  {
    query: 'methodical doubt',
    expected: ['/glossary/#methodical-doubt', `${jfa}/sense-making-and-peer-aided-judgement/`, '/resources/#helm-2017'],
    kind: 'exact',
    locked: true,
  },
  {
    query: 'Can I have a word',
    expected: [
      '/talks/sense-making-with-colleagues/',
      '/resources/#helm-2017',
      `${jfa}/sense-making-and-peer-aided-judgement/`,
    ],
    kind: 'exact',
  },
  {
    query: 'welfare checklist',
    expected: ['/glossary/#welfare-checklist', `${ltc}/article-12-and-the-law/`],
    kind: 'exact',
  },
  {
    query: 'Kahneman and Klein',
    expected: [
      '/resources/#kahneman-klein-2009',
      `${jfa}/intuition-and-analysis-in-practice/`,
      `${jfa}/confidence-and-calibration/`,
    ],
    kind: 'exact',
  },
  {
    query: 'General Comment No. 12',
    expected: ['/resources/#un-general-comment-12-2009', `${ltc}/article-12-and-the-law/`],
    kind: 'exact',
  },

  // Everyday words for professional terms, as a practitioner, parent or student would put them.
  {
    query: 'gut feeling',
    expected: ['/glossary/#intuition', '/talks/intuition-and-analysis/', `${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'everyday',
  },
  {
    query: 'county lines',
    expected: ['/glossary/#criminal-exploitation', '/resources/#csprp-it-was-hard-to-escape-2020'],
    kind: 'everyday',
  },
  {
    query: 'professional challenge',
    expected: ['/glossary/#escalation', `${adm}/escalation-and-supervision/`],
    kind: 'everyday',
  },
  {
    query: 'checking what parents tell you',
    expected: [
      `${adm}/when-the-household-changes/`,
      `${adm}/respectful-uncertainty-in-practice/`,
      '/glossary/#triangulation',
    ],
    kind: 'everyday',
  },
  {
    query: 'voice of the child',
    expected: [`${ltc}/seeing-and-hearing-the-child/`, '/courses/listening-to-children/'],
    kind: 'everyday',
  },
  {
    query: "child's wishes and feelings",
    expected: ['/glossary/#wishes-and-feelings', `${ltc}/article-12-and-the-law/`],
    kind: 'everyday',
  },
  { query: 'System 1 and System 2', expected: ['/glossary/#dual-process-theory'], kind: 'everyday' },
  { query: 'strategy meeting', expected: ['/glossary/#strategy-discussion'], kind: 'everyday' },
  {
    query: 'mental shortcut',
    expected: ['/glossary/#heuristic', `${jfa}/common-errors-of-reasoning/`],
    kind: 'everyday',
  },
  {
    query: 'overconfident',
    expected: ['/glossary/#overconfidence', `${jfa}/confidence-and-calibration/`],
    kind: 'everyday',
  },
  {
    query: 'serious case review',
    expected: [`${adm}/why-assessment-matters/`, '/resources/#brandon-2008'],
    kind: 'everyday',
  },
  {
    query: 'boyfriend moved in',
    expected: [`${adm}/when-the-household-changes/`, '/glossary/#dynamic-risk'],
    kind: 'everyday',
    locked: true,
  },
  {
    query: 'gut instinct',
    expected: ['/glossary/#intuition', '/talks/intuition-and-analysis/', `${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'everyday',
    locked: true,
  },
  {
    query: "children's voice",
    expected: [`${ltc}/lundys-model/`, `${ltc}/seeing-and-hearing-the-child/`, '/courses/listening-to-children/'],
    kind: 'everyday',
  },
  {
    query: 'kids not taken to the doctor',
    expected: ['/glossary/#was-not-brought', `${adm}/the-childs-daily-life/`],
    kind: 'everyday',
    locked: true,
  },
  {
    query: 'did not attend',
    expected: ['/glossary/#was-not-brought', `${adm}/the-childs-daily-life/`],
    kind: 'everyday',
  },
  {
    query: 'drug running',
    expected: ['/glossary/#criminal-exploitation', '/resources/#csprp-it-was-hard-to-escape-2020'],
    kind: 'everyday',
    locked: true,
  },
  {
    query: 'talking it over with a colleague',
    expected: [
      `${jfa}/sense-making-and-peer-aided-judgement/`,
      '/talks/sense-making-with-colleagues/',
      '/glossary/#peer-aided-judgement',
    ],
    kind: 'everyday',
  },
  { query: 'wiping the slate clean', expected: ['/glossary/#start-again-syndrome'], kind: 'everyday', locked: true },
  {
    query: 'knew it all along',
    expected: ['/glossary/#hindsight-bias', `${jfa}/common-errors-of-reasoning/`],
    kind: 'everyday',
  },
  {
    query: 'first impressions',
    expected: [`${jfa}/intuition-and-analysis-in-practice/`, '/glossary/#anchoring'],
    kind: 'everyday',
  },
  {
    query: 'checking up on parents',
    expected: ['/glossary/#triangulation', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'everyday',
    locked: true,
  },
  { query: 'hard to reach family', expected: [`${adm}/reluctant-and-sporadic-engagement/`], kind: 'everyday' },
  {
    query: 'neglect assessment tool',
    expected: ['/glossary/#graded-care-profile', '/resources/#graded-care-profile-2'],
    kind: 'everyday',
    locked: true,
  },
  {
    query: 'assessment triangle',
    expected: ['/glossary/#assessment-framework', `${adm}/a-structured-approach/`],
    kind: 'everyday',
    locked: true,
  },
  {
    query: 'blaming the disability',
    expected: [
      '/glossary/#diagnostic-overshadowing',
      `${adm}/the-childs-daily-life/`,
      `${jfa}/common-errors-of-reasoning/`,
    ],
    kind: 'everyday',
  },
  {
    query: 'tick box culture',
    expected: ['/resources/#munro-review-2011', `${adm}/escalation-and-supervision/`],
    kind: 'everyday',
  },
  {
    query: 'heavy caseload',
    expected: [`${adm}/escalation-and-supervision/`, '/resources/#kirkman-melrose-2014'],
    kind: 'everyday',
    locked: true,
  },
  {
    query: "going over my manager's head",
    expected: [`${adm}/escalation-and-supervision/`, '/glossary/#escalation'],
    kind: 'everyday',
    locked: true,
  },
  { query: 'case conference', expected: ['/glossary/#child-protection-conference'], kind: 'everyday' },
  {
    query: 'risk scoring',
    expected: ['/glossary/#actuarial-tool', `${jfa}/from-description-to-analysis/`],
    kind: 'everyday',
  },
  {
    query: 'one to one with my manager',
    expected: ['/glossary/#supervision', `${adm}/escalation-and-supervision/`],
    kind: 'everyday',
  },
  { query: 'non-engagement', expected: [`${adm}/reluctant-and-sporadic-engagement/`], kind: 'everyday' },

  // Paraphrases: the idea in other words than the page uses.
  { query: 'voice is not enough', expected: ['/resources/#lundy-2007', `${ltc}/lundys-model/`], kind: 'paraphrase' },
  { query: 'from description to analysis', expected: [`${jfa}/from-description-to-analysis/`], kind: 'paraphrase' },
  {
    query: 'errors of reasoning',
    expected: [`${jfa}/common-errors-of-reasoning/`, '/resources/#munro-1999'],
    kind: 'paraphrase',
  },
  {
    query: "not taking a parent's word for it",
    expected: [`${adm}/respectful-uncertainty-in-practice/`, '/glossary/#triangulation'],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'holding on to a first view too long',
    expected: [`${jfa}/common-errors-of-reasoning/`, '/resources/#munro-1996', '/glossary/#anchoring'],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'being polite but still checking',
    expected: ['/glossary/#respectful-uncertainty', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'paraphrase',
  },
  {
    query: 'confidence matching how often you are right',
    expected: ['/glossary/#calibration', `${jfa}/confidence-and-calibration/`],
    kind: 'paraphrase',
    locked: true,
  },
  { query: 'harm that builds up over time', expected: ['/glossary/#cumulative-harm'], kind: 'paraphrase' },
  {
    query: 'more than one explanation for what is happening',
    expected: ['/glossary/#competing-hypotheses', `${jfa}/from-description-to-analysis/`],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'what would change my mind',
    expected: [`${jfa}/from-description-to-analysis/`, `${jfa}/confidence-and-calibration/`],
    kind: 'paraphrase',
  },
  {
    query: 'children having a say in decisions about them',
    expected: ['/glossary/#article-12', `${ltc}/article-12-and-the-law/`, `${ltc}/lundys-model/`],
    kind: 'paraphrase',
  },
  {
    query: 'fast and slow thinking',
    expected: ['/glossary/#dual-process-theory', `${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'paraphrase',
  },
  {
    query: 'a recent bad case colouring my judgement',
    expected: ['/glossary/#availability-heuristic', `${jfa}/common-errors-of-reasoning/`],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'making sure decision makers hear the child',
    expected: [`${ltc}/lundys-model/`, '/glossary/#lundy-model'],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'telling the child what was decided and why',
    expected: [`${ltc}/lundys-model/`, `${ltc}/article-12-and-the-law/`],
    kind: 'paraphrase',
  },
  {
    query: 'assessing a case versus deciding to act',
    expected: [
      '/glossary/#decision-making-ecology',
      '/glossary/#threshold-for-action',
      `${adm}/escalation-and-supervision/`,
    ],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: 'lots of facts but no analysis',
    expected: [
      `${jfa}/from-description-to-analysis/`,
      '/resources/#barlow-fisher-jones-2012',
      '/resources/#dalzell-sawyer-2011',
    ],
    kind: 'paraphrase',
  },
  {
    query: 'risk goes up and down as circumstances change',
    expected: ['/glossary/#dynamic-risk', `${adm}/when-the-household-changes/`],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: "where a teenager's risk is heading",
    expected: ['/glossary/#risk-trajectory', `${adm}/the-childs-daily-life/`],
    kind: 'paraphrase',
  },
  {
    query: 'goals that say what will be different for the child',
    expected: [`${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'paraphrase',
    locked: true,
  },
  {
    query: "how much weight to give a child's views",
    expected: [`${ltc}/article-12-and-the-law/`, `${ltc}/lundys-model/`],
    kind: 'paraphrase',
  },
  {
    query: 'weighing danger against strengths',
    expected: ['/glossary/#signs-of-safety', `${jfa}/from-description-to-analysis/`],
    kind: 'paraphrase',
  },
  {
    query: 'course on judgement and bias',
    expected: ['/courses/judgement-in-family-assessments/'],
    kind: 'paraphrase',
  },

  // Questions, as a learner would type them.
  {
    query: 'what does the research say about new partners',
    expected: ['/resources/#myth-of-invisible-men'],
    kind: 'question',
  },
  {
    query: "what is the child's day like",
    expected: [`${adm}/the-childs-daily-life/`, '/glossary/#lived-experience'],
    kind: 'question',
  },
  { query: 'how sure should I be', expected: [`${jfa}/confidence-and-calibration/`], kind: 'question' },
  {
    query: 'how is the brier score calculated',
    expected: [`${jfa}/confidence-and-calibration/`, '/glossary/#brier-score'],
    kind: 'question',
    locked: true,
  },
  {
    query: 'what does disguised compliance mean',
    expected: ['/glossary/#disguised-compliance', `${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'question',
    locked: true,
  },
  {
    query: 'why do assessments go wrong',
    expected: ['/resources/#turney-2011', `${adm}/why-assessment-matters/`, `${jfa}/common-errors-of-reasoning/`],
    kind: 'question',
  },
  {
    query: 'when should I escalate a disagreement',
    expected: [`${adm}/escalation-and-supervision/`, '/glossary/#escalation'],
    kind: 'question',
    locked: true,
  },
  { query: 'what is a section 47 enquiry', expected: ['/glossary/#section-47-enquiry'], kind: 'question' },
  {
    query: 'how long does an assessment take',
    expected: [
      `${adm}/a-structured-approach/`,
      `${adm}/when-the-household-changes/`,
      '/resources/#working-together-2013',
    ],
    kind: 'question',
  },
  {
    query: 'when should a child be seen alone',
    expected: [`${ltc}/seeing-and-hearing-the-child/`],
    kind: 'question',
    locked: true,
  },
  {
    query: 'what is the difference between wishes and feelings',
    expected: [`${ltc}/article-12-and-the-law/`, '/glossary/#wishes-and-feelings'],
    kind: 'question',
  },
  {
    query: 'what are the three domains of assessment',
    expected: [
      '/glossary/#assessment-framework',
      `${adm}/a-structured-approach/`,
      '/resources/#assessment-framework-2000',
    ],
    kind: 'question',
  },
  {
    query: 'who counts as a child in need',
    expected: ['/glossary/#child-in-need', `${adm}/a-structured-approach/`],
    kind: 'question',
    locked: true,
  },
  {
    query: 'when can I trust my gut',
    expected: [
      `${jfa}/intuition-and-analysis-in-practice/`,
      '/talks/intuition-and-analysis/',
      '/resources/#kahneman-klein-2009',
    ],
    kind: 'question',
    locked: true,
  },
  {
    query: 'what did the Munro review recommend',
    expected: ['/resources/#munro-review-2011', `${adm}/escalation-and-supervision/`],
    kind: 'question',
  },
  { query: 'what is a rapid review', expected: ['/glossary/#rapid-review'], kind: 'question' },
  {
    query: 'how quickly must a serious incident be notified',
    expected: [
      '/glossary/#serious-incident-notification',
      '/resources/#children-act-2004',
      `${adm}/why-assessment-matters/`,
    ],
    kind: 'question',
    locked: true,
  },
  {
    query: 'does signs of safety work',
    expected: [
      '/resources/#wwcsc-signs-of-safety-2021',
      '/resources/#baginsky-2017',
      `${jfa}/from-description-to-analysis/`,
    ],
    kind: 'question',
  },
  {
    query: 'how do I get a teenager to talk to me',
    expected: [`${ltc}/seeing-and-hearing-the-child/`, `${ltc}/lundys-model/`],
    kind: 'question',
    locked: true,
  },
  {
    query: 'what should go in a chronology',
    expected: [
      `${adm}/when-the-household-changes/`,
      '/glossary/#chronology',
      '/resources/#care-inspectorate-chronologies-2017',
    ],
    kind: 'question',
  },
  {
    query: 'can GDPR stop me sharing information',
    expected: ['/glossary/#information-sharing', `${adm}/why-assessment-matters/`],
    kind: 'question',
    locked: true,
  },
  { query: 'what should I bring to supervision', expected: [`${adm}/escalation-and-supervision/`], kind: 'question' },
  {
    query: 'does due weight mean doing what the child wants',
    expected: [`${ltc}/article-12-and-the-law/`, `${ltc}/lundys-model/`],
    kind: 'question',
    locked: true,
  },
  {
    query: 'is feeling sure the same as being right',
    expected: [
      `${jfa}/confidence-and-calibration/`,
      '/resources/#kahneman-klein-2009',
      `${jfa}/intuition-and-analysis-in-practice/`,
    ],
    kind: 'question',
  },
  {
    query: 'how many serious incidents were notified in 2020',
    expected: [`${adm}/why-assessment-matters/`, '/resources/#csprp-annual-report-2020'],
    kind: 'question',
  },

  // Misspellings: plausible typos of real terms (doubled or dropped letters, transpositions, phonetic spellings).
  {
    query: 'triangluation',
    expected: ['/glossary/#triangulation', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'misspelling',
  },
  { query: 'respectfull uncertainty', expected: [`${adm}/respectful-uncertainty-in-practice/`], kind: 'misspelling' },
  {
    query: 'disgused compliance',
    expected: ['/glossary/#disguised-compliance', `${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'misspelling',
  },
  {
    query: 'calibraton',
    expected: [`${jfa}/confidence-and-calibration/`, '/glossary/#calibration'],
    kind: 'misspelling',
  },
  {
    query: 'chronolgy',
    expected: ['/glossary/#chronology', '/resources/#care-inspectorate-chronologies-2017'],
    kind: 'misspelling',
  },
  { query: 'intution', expected: ['/glossary/#intuition'], kind: 'misspelling' },
  {
    query: 'escalaton',
    expected: [`${adm}/escalation-and-supervision/`, '/glossary/#escalation'],
    kind: 'misspelling',
  },
  { query: 'heuristc', expected: ['/glossary/#heuristic'], kind: 'misspelling', locked: true },
  { query: 'hindsite bias', expected: ['/glossary/#hindsight-bias'], kind: 'misspelling', locked: true },
  {
    query: 'signs of saftey',
    expected: ['/glossary/#signs-of-safety', `${jfa}/from-description-to-analysis/`],
    kind: 'misspelling',
    locked: true,
  },
  {
    query: 'triangualtion',
    expected: ['/glossary/#triangulation', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'misspelling',
    locked: true,
  },
  {
    query: 'confermation bias',
    expected: ['/glossary/#confirmation-bias', `${jfa}/common-errors-of-reasoning/`],
    kind: 'misspelling',
  },
  {
    query: 'diagnostic overshaddowing',
    expected: ['/glossary/#diagnostic-overshadowing'],
    kind: 'misspelling',
    locked: true,
  },
  {
    query: 'professional curiousity',
    expected: ['/glossary/#professional-curiosity', `${adm}/respectful-uncertainty-in-practice/`],
    kind: 'misspelling',
  },
  { query: 'lundys modle', expected: [`${ltc}/lundys-model/`, '/glossary/#lundy-model'], kind: 'misspelling' },
  { query: 'anchorring', expected: ['/glossary/#anchoring'], kind: 'misspelling', locked: true },
  {
    query: 'breir score',
    expected: ['/glossary/#brier-score', `${jfa}/confidence-and-calibration/`],
    kind: 'misspelling',
  },
  {
    query: 'overconfidance',
    expected: ['/glossary/#overconfidence', `${jfa}/confidence-and-calibration/`],
    kind: 'misspelling',
    locked: true,
  },
  { query: 'cumulitive harm', expected: ['/glossary/#cumulative-harm'], kind: 'misspelling' },
  { query: 'criminal exploitaion', expected: ['/glossary/#criminal-exploitation'], kind: 'misspelling', locked: true },
  { query: 'climbie inquiry', expected: ['/resources/#laming-2003'], kind: 'misspelling' },
  { query: 'parenting capasity', expected: ['/glossary/#parenting-capacity'], kind: 'misspelling' },
  { query: 'representitiveness', expected: ['/glossary/#representativeness'], kind: 'misspelling', locked: true },
  { query: 'dual proccess theory', expected: ['/glossary/#dual-process-theory'], kind: 'misspelling' },
  { query: 'stratergy discussion', expected: ['/glossary/#strategy-discussion'], kind: 'misspelling', locked: true },
  { query: 'wishes and feelins', expected: ['/glossary/#wishes-and-feelings'], kind: 'misspelling' },
  {
    query: 'sence making',
    expected: ['/glossary/#sense-making', `${jfa}/sense-making-and-peer-aided-judgement/`],
    kind: 'misspelling',
  },
  {
    query: 'supervison',
    expected: ['/glossary/#supervision', `${adm}/escalation-and-supervision/`],
    kind: 'misspelling',
  },
  { query: 'quasi rationallity', expected: ['/glossary/#quasi-rationality'], kind: 'misspelling' },

  // Situations from practice, in several words.
  { query: 'new partner prison', expected: [`${adm}/when-the-household-changes/`], kind: 'situation' },
  {
    query: 'when a family will not engage',
    expected: [`${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'situation',
  },
  {
    query: 'adult released from prison joins household',
    expected: [`${adm}/when-the-household-changes/`, '/glossary/#dynamic-risk'],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'new boyfriend moved in with mum',
    expected: [`${adm}/when-the-household-changes/`, '/resources/#myth-of-invisible-men'],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'mother keeps cancelling visits',
    expected: [`${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'teenager going missing and coming home with new phone',
    expected: [
      '/glossary/#criminal-exploitation',
      `${ltc}/seeing-and-hearing-the-child/`,
      `${adm}/the-childs-daily-life/`,
      `${jfa}/confidence-and-calibration/`,
    ],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'bruises on disabled child put down to self-harm',
    expected: [
      `${jfa}/common-errors-of-reasoning/`,
      '/glossary/#diagnostic-overshadowing',
      `${adm}/the-childs-daily-life/`,
    ],
    kind: 'situation',
  },
  {
    query: "nine year old making his little sister's breakfast",
    expected: [
      `${adm}/a-structured-approach/`,
      `${adm}/why-assessment-matters/`,
      `${jfa}/sense-making-and-peer-aided-judgement/`,
    ],
    kind: 'situation',
  },
  {
    query: 'manager wants the case closed by friday',
    expected: [`${adm}/escalation-and-supervision/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'house spotless just before the conference',
    expected: [`${adm}/reluctant-and-sporadic-engagement/`, '/glossary/#disguised-compliance'],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'inhaler not collected and asthma clinic missed',
    expected: [`${adm}/escalation-and-supervision/`],
    kind: 'situation',
  },
  {
    query: 'mum says her partner just visits',
    expected: [`${adm}/when-the-household-changes/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: "child says please don't tell anyone",
    expected: [`${ltc}/article-12-and-the-law/`, `${ltc}/lundys-model/`],
    kind: 'situation',
  },
  {
    query: 'partner answers the questions for mum on a home visit',
    expected: [`${jfa}/intuition-and-analysis-in-practice/`],
    kind: 'situation',
  },
  {
    query: 'family moved area and old records not arrived',
    expected: [
      `${adm}/why-assessment-matters/`,
      `${adm}/a-structured-approach/`,
      `${jfa}/intuition-and-analysis-in-practice/`,
    ],
    kind: 'situation',
  },
  {
    query: 'health worker disagrees with closing the case',
    expected: [`${adm}/escalation-and-supervision/`],
    kind: 'situation',
  },
  {
    query: 'parent grew up in care and fears social workers',
    expected: [`${adm}/reluctant-and-sporadic-engagement/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: "autistic boy's distress blamed on his autism",
    expected: [
      `${adm}/the-childs-daily-life/`,
      '/glossary/#diagnostic-overshadowing',
      `${jfa}/common-errors-of-reasoning/`,
    ],
    kind: 'situation',
  },
  {
    query: 'mum drinks at weekends and daughter looks after brother',
    expected: [`${ltc}/lundys-model/`],
    kind: 'situation',
  },
  {
    query: "teenager says it's his own choice",
    expected: [
      `${ltc}/seeing-and-hearing-the-child/`,
      `${adm}/the-childs-daily-life/`,
      '/resources/#csprp-it-was-hard-to-escape-2020',
    ],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'mum on strong painkillers and daughter missing school',
    expected: [`${jfa}/from-description-to-analysis/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'colleague says she had a family just like this',
    expected: [`${jfa}/sense-making-and-peer-aided-judgement/`, '/glossary/#availability-heuristic'],
    kind: 'situation',
  },
  {
    query: "toddler losing weight and mum says he's a fussy eater",
    expected: [`${adm}/respectful-uncertainty-in-practice/`],
    kind: 'situation',
    locked: true,
  },
  {
    query: 'parent will not let me see the child alone',
    expected: [`${ltc}/seeing-and-hearing-the-child/`],
    kind: 'situation',
  },
  {
    query: 'family wants a fresh start after moving',
    expected: ['/glossary/#start-again-syndrome', `${adm}/why-assessment-matters/`],
    kind: 'situation',
  },
  {
    query: 'nursery says child hungry and collected late',
    expected: [`${adm}/when-the-household-changes/`],
    kind: 'situation',
  },
];
