// Seeded filler prose for the benchmark catalogue: English-shaped sentences built from a word list of
// child-protection assessment vocabulary. It reads as nonsense on purpose (it is never published),
// but its word lengths, vocabulary size and sentence shapes are close enough to the real modules
// that the build and the search index do the same amount of work per page.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same catalogue on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (list: string) => list.trim().split(/\s*\n\s*|\s*,\s*/);

const NOUNS = words(`
  assessment, child, family, parent, carer, practitioner, social worker, health visitor, referral, chronology,
  plan, threshold, risk, harm, neglect, evidence, hypothesis, judgement, supervision, conference, school,
  nursery, household, visit, concern, strength, need, outcome, decision, view, account, record, analysis,
  agency, partner, relative, grandparent, teacher, school nurse, midwife, interpreter, sibling, baby, toddler,
  teenager, routine, attendance, injury, feeling, wish, review, meeting, report, case, team, manager,
  timescale, pattern, change, history, safety, protection, wellbeing, development, health, education,
  parenting capacity, lived experience, daily life, bedroom, kitchen, breakfast, bedtime, weekend, holiday,
  doctor, appointment, letter, phone call, message, strategy discussion, core group, safety plan, network,
  neighbour, friend, youth worker, probation officer, police officer, housing officer, landlord, debt,
  tenancy, benefit, alcohol, drug use, mental health, domestic abuse, exploitation, absence, silence, question,
  answer, observation, drawing, conversation, worry, hope, fear, trust, confidence, uncertainty, bias,
  heuristic, calibration, intuition, rating, scale, range, expert, colleague, reflection, note, summary,
  framework, domain, factor, indicator, sign, signal, pathway, response, service, support, intervention,
  review point, contingency, escalation, disagreement, challenge, curiosity, triangulation, source, fact,
  opinion, inference, judgement call, timeline, episode, incident, period, month, week, morning, evening
`);

const VERBS = words(`
  shapes, tests, weighs, records, checks, changes, supports, challenges, describes, explains, informs,
  reveals, questions, revisits, reduces, raises, confirms, contradicts, follows, shows, suggests, reaches,
  affects, strengthens, weakens, hides, clarifies, anchors, frames, narrows, widens, prompts, tracks,
  connects, separates, outweighs, undermines, reassures, worries, protects, exposes, sustains, interrupts,
  complicates, documents, summarises, considers, overlooks, notices, hears, misses, balances, escalates
`);

const ADJECTIVES = words(`
  careful, early, recent, clear, cumulative, significant, protective, vulnerable, consistent, partial,
  reliable, changing, structured, professional, independent, multi-agency, daily, written, spoken, honest,
  respectful, uncertain, confident, cautious, urgent, routine, unexplained, repeated, missing, different,
  shared, separate, current, previous, likely, unlikely, younger, older, quiet, busy, tired, hungry, safe,
  unsafe, stable, unstable, detailed, brief, specific, general, formal, informal, thoughtful, hurried
`);

const PREPOSITIONS = words('with, about, from, for, within, across, after, before, during, through, against, between');
const DETERMINERS = words('the, a, each, every, this, that, their, our, another, any, one');
const CONNECTORS = words('and, but, because, so, while, although, when, unless, until, since');
const OPENERS = words('In practice, Over time, At first, Later, In supervision, On a visit, In the record, Often');

/** Phrases that become glossary terms and headings: the field's own vocabulary. */
export const DOMAIN_TERMS = words(`
  respectful uncertainty, professional curiosity, triangulation, rule of optimism, start again syndrome,
  disguised compliance, cumulative harm, significant harm, parenting capacity, lived experience,
  confirmation bias, anchoring, hindsight bias, availability heuristic, representativeness, overconfidence,
  calibration, cognitive continuum, quasi rationality, dual process theory, analytical reasoning, intuition,
  competing hypotheses, methodical doubt, threshold for action, strategy discussion, section 47 enquiry,
  child in need, child protection conference, chronology, information sharing, supervision, escalation,
  risk trajectory, dynamic risk, wishes and feelings, welfare checklist, was not brought, extra familial harm,
  criminal exploitation, developmental needs, family and environmental factors, graded care profile,
  structured professional judgement, actuarial tool, signs of safety, peer aided judgement, sense making,
  decision making ecology, diagnostic overshadowing, rapid review, serious incident notification
`);

/** Picks from a list with a skew towards its start, so a few words are common and many are rare, as in English. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() ** 1.6 * list.length)]!;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function nounPhrase(random: () => number): string {
  const adjective = random() < 0.45 ? `${pick(random, ADJECTIVES)} ` : '';
  return `${pick(random, DETERMINERS)} ${adjective}${pick(random, NOUNS)}`;
}

function clause(random: () => number): string {
  const tail = random() < 0.5 ? ` ${pick(random, PREPOSITIONS)} ${nounPhrase(random)}` : '';
  return `${nounPhrase(random)} ${pick(random, VERBS)} ${nounPhrase(random)}${tail}`;
}

/** One sentence of one to three clauses. */
export function sentence(random: () => number): string {
  const opener = random() < 0.15 ? `${pick(random, OPENERS)}, ` : '';
  let text = clause(random);
  const more = random() < 0.55 ? (random() < 0.3 ? 2 : 1) : 0;
  for (let i = 0; i < more; i++) text += `${random() < 0.3 ? ',' : ''} ${pick(random, CONNECTORS)} ${clause(random)}`;
  return `${capitalise(opener + text)}.`;
}

/** A paragraph of `count` sentences. */
export const paragraph = (random: () => number, count: number) =>
  Array.from({ length: count }, () => sentence(random)).join(' ');

/** A short title in sentence case, for headings, modules and talks. */
export function title(random: () => number): string {
  const shapes = [
    () => `${capitalise(pick(random, DOMAIN_TERMS))} and ${pick(random, NOUNS)}`,
    () =>
      `When ${pick(random, DETERMINERS)} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${pick(random, DETERMINERS)} ${pick(random, NOUNS)}`,
    () =>
      `${capitalise(pick(random, ADJECTIVES))} ${pick(random, NOUNS)} ${pick(random, PREPOSITIONS)} ${pick(random, NOUNS)}`,
    () => `${capitalise(pick(random, NOUNS))} in ${pick(random, DOMAIN_TERMS)}`,
  ];
  return shapes[Math.floor(random() * shapes.length)]!();
}

/** A short noun phrase for lists and table cells. */
export const phrase = (random: () => number) => capitalise(`${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`);
